"""What the board shows and what it announces when the list changes."""

from __future__ import annotations

from dataclasses import replace

from firstpost.core.surgery.board import changes, merge_targets, repeats, summary, visible
from firstpost.core.surgery.records import Question


def q(number: int, **marks) -> Question:
    base = Question(
        question_id=f"q{number}",
        surgery_id="s",
        number=number,
        body=f"Question {number}",
        asked_at=f"2026-11-25T10:00:0{number}+00:00",
        status="new",
        starred=False,
        merged_into=None,
        updated_at="t0",
    )
    return replace(base, **marks)


def test_new_changed_and_gone_questions_are_told_apart():
    shown = {"q1": q(1), "q2": q(2)}
    fresh = [q(1), q(2, starred=True, updated_at="t1"), q(3)]
    change = changes(shown, fresh)
    assert [x.question_id for x in change.added] == ["q3"]
    assert [x.question_id for x in change.updated] == ["q2"]
    assert change.removed == ()
    assert change.announcement() == "1 new question."
    assert not changes({"q1": q(1)}, [q(1)]).any
    assert changes({"q1": q(1)}, []).removed == ("q1",)


def test_two_arrivals_are_announced_together():
    assert changes({}, [q(1), q(2)]).announcement() == "2 new questions."
    assert changes({"q1": q(1)}, [q(1, status="answered")]).announcement() == ""


def test_waiting_questions_come_first_starred_at_the_top():
    questions = [
        q(1, status="answered"),
        q(2),
        q(3, starred=True),
        q(4, merged_into="q2"),
        q(5),
    ]
    assert [x.number for x in visible(questions, "all")] == [3, 2, 5, 1, 4]
    assert [x.number for x in visible(questions, "waiting")] == [3, 2, 5]
    assert [x.number for x in visible(questions, "starred")] == [3]
    assert [x.number for x in visible(questions, "answered")] == [1]


def test_summary_counts_and_repeats():
    questions = [q(1, status="answered"), q(2), q(3, merged_into="q2"), q(4, merged_into="q2")]
    assert summary(questions) == "4 questions: 1 answered, 1 waiting, 2 merged with another."
    assert summary([q(1)]) == "1 question: 0 answered, 1 waiting."
    assert summary([]) == "No questions yet."
    assert repeats(questions)["q2"] == 2


def test_a_question_can_be_merged_only_into_others_that_are_not_merged():
    questions = [q(1), q(2, merged_into="q3"), q(3)]
    assert [x.number for x in merge_targets(questions, questions[0])] == [3]
