"""Hostile page addresses: every query-string parameter an app reads, given garbage.

Links get mangled in emails, chat apps and by curious participants. Whatever the
address holds (markup, a path, a very long or invisible value, broken encoding), the
app opens, says plainly that the link did not work, offers a way back, and shows
nothing of the value as markup.
"""

from __future__ import annotations

from urllib.parse import urlencode

import ipywidgets as widgets
import pytest

from firstpost.core.identity import Identity
from firstpost.core.store import open_store
from tests.support.widgets import walk

FACILITATOR = Identity("local:fran", "fran", "local")
HOSTILE = {
    "script": "<script>window.__pwned=1</script>",
    "image": '<img src=x onerror="window.__pwned=1">',
    "traversal": "../../../etc/passwd",
    "long": "x" * 5000,
    "invisible": "\u202e\u200b\u200d",
    "sql": "' OR 1=1 --",
}
MALFORMED = ["{p}=%zz%00", "{p}", "&&&==", "{p}=1&{p}=2&{p}=%ff%fe", "{p}=" + "%" * 300, "?" * 50]


def build(app: str, query: str):
    from firstpost.core.plan.repository import PlanRepository

    engine = open_store()
    if app == "review":
        from firstpost.core.review.store import ReviewStore
        from firstpost.ui.review import ReviewApp

        return ReviewApp(
            repository=PlanRepository(engine),
            reviews=ReviewStore(engine),
            identity=FACILITATOR,
            query_string=query,
        )
    if app == "surgery":
        from firstpost.ui.surgery import SurgeryApp

        return SurgeryApp(engine=engine, identity=FACILITATOR, query_string=query, live=False)
    if app == "workshop":
        from firstpost.ui.workshop import WorkshopApp

        return WorkshopApp(
            repository=PlanRepository(engine), identity=FACILITATOR, query_string=query
        )
    if app == "lessons":
        from firstpost.ui.lessons import LessonsApp

        return LessonsApp(query=query, identity=FACILITATOR)
    from firstpost.ui.case_studies import CaseStudiesApp

    return CaseStudiesApp(query=query)


# app, parameter, what the page says when the value names nothing the kit has
PARAMETERS = [
    ("review", "plan", "That plan could not be found."),
    ("surgery", "join", "A join code has 5 letters and numbers"),
    ("workshop", "code", "No plans have the workshop code"),
    ("lessons", "episode", "The link asked for a lesson this course does not have"),
    ("case_studies", "case", "The link asked for a case study this kit does not have"),
]


def page(app) -> str:
    return " ".join(w.value for w in walk(app) if isinstance(w, widgets.HTML))


def assert_opened_safely(app) -> str:
    text = page(app)
    assert "could not open" not in text and "Traceback" not in text
    assert "<script" not in text and "<img src=x" not in text
    assert "x" * 200 not in text  # a long value is never echoed whole
    return text


@pytest.mark.parametrize(("app", "parameter", "says"), PARAMETERS, ids=[p[0] for p in PARAMETERS])
def test_unknown_or_malformed_values_get_a_plain_message_and_a_way_back(app, parameter, says):
    # One test per app, every value in turn: opening the store once keeps it quick.
    for name, value in HOSTILE.items():
        text = assert_opened_safely(build(app, urlencode({parameter: value})))
        if name == "invisible" and app == "workshop":
            continue  # invisible characters are dropped from codes: as if none was given
        assert says in text, name
        assert 'href="' in text, name  # Home, or back to the page without the bad value
    for raw in MALFORMED:
        assert_opened_safely(build(app, raw.format(p=parameter)))


@pytest.mark.parametrize("value", ["facilitator<script>", "FACILITATOR" * 500, "../facilitator"])
def test_case_study_mode_is_facilitator_only_when_it_says_exactly_that(value):
    text = assert_opened_safely(build("case_studies", urlencode({"mode": value})))
    assert "Facilitator mode" not in text
    assert "Facilitator mode" in page(build("case_studies", "mode=facilitator"))


def test_a_query_string_can_be_the_size_a_server_allows(monkeypatch):
    # Tornado accepts request lines up to 64 KB; the apps cope with one that long.
    query = urlencode({"plan": "p" * 30_000, "code": "c" * 30_000})
    for app, _parameter, _says in PARAMETERS:
        assert_opened_safely(build(app, query))
