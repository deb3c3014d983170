"""The story in steps: a group must decide before the next part is revealed."""

from __future__ import annotations

from case_fixtures import make_case

from firstpost.core.case_studies.staging import (
    Step,
    Walkthrough,
    feedback_for,
    option_letter,
    story_steps,
)


def test_decisions_come_before_the_event_they_precede(case):
    assert story_steps(case) == (
        Step("decision", 0),
        Step("event", 0),
        Step("event", 1),
        Step("decision", 1),
        Step("event", 2),
        Step("outcome"),
    )


def test_decision_after_the_last_event_comes_before_the_outcome():
    case = make_case(
        decision_points=[
            {
                "after_stage": 3,
                "prompt": "Looking back?",
                "options": [{"text": "a", "feedback": "x"}, {"text": "b", "feedback": "y"}],
            }
        ]
    )
    assert story_steps(case)[-2:] == (Step("decision", 0), Step("outcome"))


def test_two_decisions_at_one_stage_keep_their_written_order():
    point = {
        "prompt": "?",
        "options": [{"text": "a", "feedback": "x"}, {"text": "b", "feedback": "y"}],
    }
    case = make_case(
        decision_points=[
            {**point, "after_stage": 1, "prompt": "First"},
            {**point, "after_stage": 1},
        ]
    )
    assert story_steps(case)[:4] == (
        Step("event", 0),
        Step("decision", 0),
        Step("decision", 1),
        Step("event", 1),
    )


def test_cannot_reveal_until_the_group_has_chosen(case):
    walk = Walkthrough.start(case)
    assert walk.waiting_for_choice and not walk.can_advance
    assert walk.advance() == walk
    walk = walk.choose(0, 1, case)
    assert walk.can_advance
    walk = walk.advance()
    assert walk.current == Step("event", 0)
    assert walk.events_shown == 1


def test_walking_to_the_end(case):
    walk = Walkthrough.start(case).choose(0, 0, case)
    for _ in range(3):
        walk = walk.advance()
    assert walk.current == Step("decision", 1)
    assert walk.events_shown == 2
    assert walk.advance() == walk  # waiting again
    walk = walk.choose(1, 2, case).advance().advance()
    assert walk.finished and walk.next_step is None
    assert walk.progress_text() == "Step 6 of 6"
    assert walk.advance() == walk


def test_choices_for_options_that_do_not_exist_are_ignored(case):
    walk = Walkthrough.start(case)
    assert walk.choose(0, 5, case) == walk
    assert walk.choose(9, 0, case) == walk
    assert walk.choose(-1, 0, case) == walk


def test_skip_restart_and_saved_positions(case):
    walk = Walkthrough.start(case).choose(0, 1, case).skip_to_end()
    assert walk.finished and walk.events_shown == 3
    again = walk.restart()
    assert again.position == 0 and dict(again.choices) == {0: 1}
    assert walk.at(99).finished
    assert walk.at(-3).position == 0


def test_walkthrough_is_immutable(case):
    walk = Walkthrough.start(case)
    walk.choose(0, 0, case)
    assert walk.choices == {}


def test_feedback_names_the_choice_and_explains_it(case):
    text = feedback_for(case.decision_points[1], 2)
    assert text == "You chose C: Never Worst."
    assert [option_letter(i) for i in range(3)] == ["A", "B", "C"]


def test_every_real_case_can_be_walked_through(content):
    for case in content.case_studies:
        walk = Walkthrough.start(case)
        while not walk.finished:
            if walk.waiting_for_choice:
                walk = walk.choose(walk.current.index, 0, case)
            walk = walk.advance()
        assert walk.events_shown == len(case.timeline)
        assert len(walk.choices) == len(case.decision_points)
