"""Surgery logs: checked as typed, question counts from the board, one log per surgery."""

from __future__ import annotations

from datetime import date

import pytest

from firstpost.core.surgery.logs import LogInputError, question_counts
from firstpost.core.surgery.records import log_problems, parse_attendance, split_topics


@pytest.mark.parametrize(
    ("typed", "value", "says"),
    [
        ("12", 12, None),
        (" 1,200 ", 1200, None),
        ("0", 0, None),
        ("", None, "Type how many"),
        ("twelve", None, "whole number"),
        ("12.5", None, "whole number"),
        ("-3", None, "negative"),
        ("20000", None, "check the number"),
    ],
)
def test_attendance_is_read_as_typed_or_explained(typed, value, says):
    got, problem = parse_attendance(typed)
    assert got == value
    assert (problem is None) if says is None else (says in problem)


def test_topics_are_one_a_line_or_split_by_semicolons_without_repeats():
    assert split_topics("Domino's video\n\n  screening ;Screening; Approvals ") == (
        "Domino's video",
        "screening",
        "Approvals",
    )


def test_every_problem_in_the_form_is_reported_at_once():
    problems = log_problems("lots", "  ", "x" * 4001)
    assert [p.field for p in problems] == ["Attendance", "Topics", "Outcomes"]


def test_saving_takes_the_question_counts_from_the_board(surgeries, logs):
    surgery = surgeries.open_surgery(date(2026, 11, 25), "Screening", "local:fran")
    first = surgeries.ask(surgery.surgery_id, "one")
    repeat = surgeries.ask(surgery.surgery_id, "one again")
    surgeries.ask(surgery.surgery_id, "two")
    surgeries.merge(repeat.question_id, first.question_id)
    surgeries.mark_answered(first.question_id)
    log = logs.save(
        surgery.surgery_id, "14", "Screening\nHolding statements", "A checklist", "local:fran"
    )
    assert (log.questions_asked, log.questions_answered) == (3, 2)
    assert log.attendance == 14 and log.topics == ("Screening", "Holding statements")
    assert logs.get(surgery.surgery_id) == log


def test_saving_again_corrects_the_log_rather_than_adding_one(surgeries, logs):
    surgery = surgeries.open_surgery(date(2026, 11, 25), "", "local:fran")
    logs.save(surgery.surgery_id, "10", "A", "", "local:fran")
    logs.save(surgery.surgery_id, "11", "B", "Better", "local:fran")
    (only,) = logs.between()
    assert (only.attendance, only.topics, only.outcomes) == (11, ("B",), "Better")


def test_a_wrong_form_is_refused_and_nothing_is_saved(surgeries, logs):
    surgery = surgeries.open_surgery(date(2026, 11, 25), "", "local:fran")
    with pytest.raises(LogInputError) as refused:
        logs.save(surgery.surgery_id, "-1", "", "", "local:fran")
    assert [p.field for p in refused.value.problems] == ["Attendance", "Topics"]
    assert logs.get(surgery.surgery_id) is None


def test_logs_are_listed_by_date_between_two_days(surgeries, logs):
    for day in (date(2026, 9, 30), date(2026, 10, 28), date(2026, 11, 25)):
        surgery = surgeries.open_surgery(day, "", "local:fran")
        logs.save(surgery.surgery_id, "5", "Topic", "", "local:fran")
    found = logs.between(date(2026, 10, 1), date(2026, 11, 25))
    assert [log.held_on for log in found] == [date(2026, 10, 28), date(2026, 11, 25)]
    assert logs.delete(found[0].surgery_id) and len(logs.between()) == 2


def test_question_counts_with_no_questions():
    assert question_counts([]) == (0, 0)
