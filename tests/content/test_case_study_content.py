"""The kit's case studies: enough of them, honest about their figures, and teaching controls."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from firstpost.core.case_studies.badges import case_figures
from firstpost.core.content import CONTROLS, Content, clear_content_cache, load_content

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
REQUIRED_IDS = {"mcdstories", "chrysler-tweet", "dominos-video"}  # the planner's risk register


@pytest.fixture(scope="module")
def content() -> Content:
    clear_content_cache()
    return load_content(LESSONS)


def cases(content: Content):
    return content.case_studies


def test_enough_cases_of_each_kind(content):
    ids = {case.id for case in cases(content)}
    assert len(ids) >= 8
    assert ids >= REQUIRED_IDS
    assert sum(case.kind == "positive" for case in cases(content)) >= 5
    assert {c.kind for c in cases(content) if c.id in REQUIRED_IDS} == {"cautionary"}


def test_case_files_have_no_problems(content):
    mine = [p for p in content.problems if p.file.startswith("case_studies/")]
    assert mine == [], "\n".join(p.located("lessons") for p in mine)


def test_cautionary_cases_have_at_least_two_decision_points(content):
    for case in cases(content):
        if case.kind == "cautionary":
            assert len(case.decision_points) >= 2, case.id
        assert case.decision_points, f"{case.id} has no decision for the group"
        for point in case.decision_points:
            assert point.after_stage <= len(case.timeline), case.id
            assert all(len(option.feedback.split()) >= 5 for option in point.options), case.id


def test_every_figure_has_sources_and_a_status_with_a_reason(content):
    for case in cases(content):
        figures = case_figures(case, content)
        assert len(figures) == len(case.figures), f"{case.id} names a figure that does not exist"
        for figure in figures:
            assert figure.sources and all(s in content.sources for s in figure.sources), figure.id
            assert figure.status in {"verified", "reported", "disputed"}
            if figure.status != "verified":
                assert figure.why and len(figure.why.split()) >= 6, figure.id


def test_article_figures_are_shown_as_disputed_in_their_cases(content):
    for case_id, value in (("mcdstories", "3%"), ("dominos-video", "10%")):
        figures = case_figures(content.case_study(case_id), content)
        figure = next(f for f in figures if f.value == value)
        assert figure.status == "disputed" and figure.why


def test_every_control_is_from_the_closed_list(content):
    for case in cases(content):
        assert case.lessons
        for lesson in case.lessons:
            assert lesson.controls and set(lesson.controls) <= set(CONTROLS), case.id


def test_sources_and_channels_resolve(content):
    channel_ids = {channel.id for channel in content.channels}
    for case in cases(content):
        assert set(case.sources) <= set(content.sources), case.id
        assert set(case.channels) <= channel_ids, case.id


PERCENT = re.compile(r"[−-]?\d[\d,.]*%")


def test_every_percentage_in_the_text_is_a_recorded_figure(content):
    """A number in a story must travel with its status: no percentage outside `figures`."""
    for case in cases(content):
        values = " ".join(f.value for f in case_figures(case, content))
        text = " ".join(
            [
                case.what_happened,
                case.response_time or "",
                *case.consequences,
                *(e.event for e in case.timeline),
            ]
        )
        for found in PERCENT.findall(text):
            assert found.lstrip("−-") in values, f"{case.id}: {found} is not one of its figures"


def test_cautionary_cases_say_how_long_the_response_took(content):
    """The issue asks for "how long until the response": in a sentence and on the timeline."""
    for case in cases(content):
        if case.kind != "cautionary":
            continue
        assert case.response_time and len(case.response_time.split()) >= 8, case.id
        # at least one event after the start says how long it was, worked out or stated
        assert any(e.elapsed or e.at[:10] != case.timeline[0].at[:10] for e in case.timeline[1:])
    mcd = content.case_study("mcdstories")
    assert [e.elapsed for e in mcd.timeline[1:3]] == ["within an hour", "under 2 hours"]


def test_timelines_are_in_order(content):
    for case in cases(content):
        times = [event.at for event in case.timeline]
        assert times == sorted(times), case.id
