"""Reasons carry their sources and the status of any number they quote."""

from __future__ import annotations

from types import SimpleNamespace

from firstpost.core.channels import Library, Reason
from firstpost.core.channels.reasons import quoted_numbers

SOURCES = {
    "survey": SimpleNamespace(
        publisher="Survey Co", published="2013-11", kind="primary", title="A survey", url=None
    ),
    "news": SimpleNamespace(
        publisher="News Co",
        published=None,
        kind="secondary",
        title="A report",
        url="https://news.example.org",
    ),
}
FIGURES = {
    "fig-94": SimpleNamespace(value="94%", status="reported", why="US only.", sources=("survey",)),
    "fig-half": SimpleNamespace(value="about half", status="verified", why=None, sources=("news",)),
}
LIB = Library(SOURCES, FIGURES)


def test_citations_say_who_when_and_if_second_hand():
    first, second = LIB.cite(["survey", "news"])
    assert first.label == "Survey Co, 2013" and not first.secondary
    assert second.label == "News Co, reported second-hand" and second.url.startswith("https://")


def test_unknown_source_is_shown_by_its_id_rather_than_failing():
    assert LIB.cite(["missing"])[0].label == "missing"


def test_a_figure_is_attached_only_when_quoted_and_backed_by_the_same_source():
    assert [f.figure_id for f in LIB.figures_in("Found 94% use it.", ["survey"])] == ["fig-94"]
    assert LIB.figures_in("Found 94% use it.", ["news"]) == ()
    assert LIB.figures_in("Found 194% use it.", ["survey"]) == ()
    assert [f.status for f in LIB.figures_in("Only about half were.", ["news"])] == ["verified"]


def test_plain_text_form_for_the_command_line():
    reason = Reason(
        "audience", "Reaches specialists.", LIB.cite(["survey"]), LIB.figures_in("94%", ["survey"])
    )
    assert reason.plain() == "Reaches specialists. (source: Survey Co, 2013) [94% is reported]"


def test_numbers_that_need_a_registered_figure_are_found():
    text = "In 2013, 94% of 400 recruiters; 22.2m users; 250,000 visitors; 2 hours."
    assert quoted_numbers(text) == ["94%", "22.2m", "250,000"]
