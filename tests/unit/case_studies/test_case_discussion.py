"""Questions for the group and the facilitator's notes, built from each case."""

from __future__ import annotations

import pytest
from case_fixtures import make_case

from firstpost.core.case_studies.discussion import (
    case_control_ids,
    discussion_prompts,
    facilitator_notes,
)
from firstpost.core.case_studies.modes import facilitator_mode


def test_prompts_follow_the_kind_and_name_the_controls(case):
    prompts = discussion_prompts(case)
    assert prompts[0].startswith("Could this happen to us?")
    assert prompts[-1].endswith(
        "no open hashtag campaigns; published house rules for comments; a named senior spokesperson?"
    )
    positive = discussion_prompts(make_case(kind="positive"))
    assert positive[0].startswith("What would we need")


def test_a_disputed_figure_gets_its_own_question(content):
    prompts = discussion_prompts(content.case_study("mcdstories"), content)
    assert any("3%" in p and "disputed" in p for p in prompts)
    police = discussion_prompts(content.case_study("police-scotland-facebook-chat"), content)
    assert not any("disputed" in p for p in police)


def test_control_ids_once_in_order(case):
    assert case_control_ids(case) == ("no-open-hashtags", "house-rules", "named-spokesperson")


def test_facilitator_notes_give_timing_every_option_and_figure_warnings(content):
    case = content.case_study("dominos-video")
    notes = facilitator_notes(case, content)
    assert notes.minutes == 2 * 3 + 5 * 2 + 10
    assert notes.timing.startswith("Allow about 26 minutes: 3 events")
    prompt, options = notes.decisions[0]
    assert prompt == case.decision_points[0].prompt
    assert len(options) == 3 and options[0].startswith("A. Wait.")
    assert "Feedback: Domino's stayed quiet" in options[0]
    assert any(w.startswith("10% (disputed): No source") for w in notes.figure_warnings)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("mode=facilitator", True),
        ("?mode=Facilitator", True),
        ("a=1&mode=facilitator", True),
        ("mode=learner", False),
        ("", False),
        ("modefacilitator", False),
    ],
)
def test_facilitator_mode_from_the_address(query, expected):
    assert facilitator_mode(query) is expected


def test_facilitator_mode_from_voilas_environment():
    assert facilitator_mode(environ={"QUERY_STRING": "mode=facilitator"})
    assert not facilitator_mode(environ={})
