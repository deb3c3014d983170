"""Opening surgeries, asking questions and the facilitator's marks, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from firstpost.core.surgery import records
from firstpost.core.surgery.records import SurgeryClosed, SurgeryError, SurgeryNotFound
from firstpost.core.surgery.store import SurgeryStore

DAY = date(2026, 11, 25)


@pytest.fixture
def surgery(surgeries: SurgeryStore):
    return surgeries.open_surgery(DAY, "  The Domino's   video ", "local:fran")


def test_a_new_surgery_is_open_with_a_code_that_finds_it(surgeries, surgery):
    assert surgery.is_open
    assert surgery.topic == "The Domino's video"
    assert surgery.held_on == DAY
    assert surgeries.find_by_code(surgery.join_code.lower()) == surgery
    assert surgeries.find_by_code("ZZZZZ") is None
    assert surgeries.find_by_code("not a code at all") is None
    assert surgery.label == "25 November 2026: The Domino's video"


def test_questions_are_numbered_in_order_and_kept_as_sent(surgeries, surgery):
    first = surgeries.ask(surgery.surgery_id, "  Can I check a candidate's Facebook?  ")
    second = surgeries.ask(surgery.surgery_id, "What if someone posts a complaint?")
    assert (first.number, second.number) == (1, 2)
    listed = surgeries.questions(surgery.surgery_id)
    assert [q.body for q in listed] == [
        "Can I check a candidate's Facebook?",
        "What if someone posts a complaint?",
    ]
    assert listed[0] == first
    assert not listed[0].answered and not listed[0].starred and not listed[0].merged


def test_each_surgery_numbers_its_own_questions(surgeries, surgery):
    other = surgeries.open_surgery(DAY, "", "local:fran")
    surgeries.ask(surgery.surgery_id, "One")
    assert surgeries.ask(other.surgery_id, "Two").number == 1
    assert other.join_code != surgery.join_code


@pytest.mark.parametrize(("text", "says"), [("   ", "Type your question"), ("x" * 1001, "1,001")])
def test_empty_or_very_long_questions_are_refused_in_words(surgeries, surgery, text, says):
    with pytest.raises(SurgeryError, match=says):
        surgeries.ask(surgery.surgery_id, text)
    assert surgeries.questions(surgery.surgery_id) == []


def test_a_closed_surgery_takes_no_questions_until_reopened(surgeries, surgery):
    closed = surgeries.set_open(surgery.surgery_id, False)
    assert not closed.is_open and closed.closed_at
    with pytest.raises(SurgeryClosed, match="has finished"):
        surgeries.ask(surgery.surgery_id, "Too late?")
    surgeries.set_open(surgery.surgery_id, True)
    assert surgeries.ask(surgery.surgery_id, "Not too late").number == 1


def test_the_board_has_a_limit_so_a_flood_cannot_swamp_it(surgeries, surgery, monkeypatch):
    monkeypatch.setattr("firstpost.core.surgery.store.MAX_QUESTIONS_PER_SURGERY", 2)
    surgeries.ask(surgery.surgery_id, "one")
    surgeries.ask(surgery.surgery_id, "two")
    with pytest.raises(SurgeryError, match="ask the facilitator directly"):
        surgeries.ask(surgery.surgery_id, "three")
    assert records.MAX_QUESTIONS_PER_SURGERY == 500


def test_star_and_answer_can_be_undone(surgeries, surgery):
    question = surgeries.ask(surgery.surgery_id, "Q")
    surgeries.star(question.question_id)
    surgeries.mark_answered(question.question_id)
    (marked,) = surgeries.questions(surgery.surgery_id)
    assert marked.starred and marked.answered and marked.updated_at > question.updated_at
    surgeries.star(question.question_id, False)
    surgeries.mark_answered(question.question_id, False)
    (back,) = surgeries.questions(surgery.surgery_id)
    assert not back.starred and not back.answered


def test_merging_files_repeats_under_one_question(surgeries, surgery):
    a, b, c = (surgeries.ask(surgery.surgery_id, text).question_id for text in "abc")
    surgeries.merge(b, a)
    surgeries.merge(a, c)  # a, with b under it, goes under c: nothing points at a merged one
    by_id = {q.question_id: q for q in surgeries.questions(surgery.surgery_id)}
    assert by_id[a].merged_into == c and by_id[b].merged_into == c
    assert by_id[c].merged_into is None
    surgeries.unmerge(b)
    assert surgeries.questions(surgery.surgery_id)[1].merged_into is None


def test_merges_that_make_no_sense_are_refused(surgeries, surgery):
    a, b = (surgeries.ask(surgery.surgery_id, t).question_id for t in "ab")
    with pytest.raises(SurgeryError, match="itself"):
        surgeries.merge(a, a)
    surgeries.merge(b, a)
    with pytest.raises(SurgeryError, match="already merged"):
        surgeries.merge(a, b)
    other = surgeries.open_surgery(DAY, "", "local:fran")
    elsewhere = surgeries.ask(other.surgery_id, "x").question_id
    with pytest.raises(SurgeryError, match="within one surgery"):
        surgeries.merge(elsewhere, a)


def test_missing_things_are_reported_not_crashed_on(surgeries):
    with pytest.raises(SurgeryNotFound):
        surgeries.get("nope")
    with pytest.raises(SurgeryNotFound):
        surgeries.ask("nope", "hello")
    with pytest.raises(SurgeryNotFound):
        surgeries.star("nope")


def test_open_surgeries_are_listed_first(surgeries, surgery):
    later = surgeries.open_surgery(date(2026, 12, 16), "Chrysler", "local:fran")
    surgeries.set_open(later.surgery_id, False)
    assert [s.surgery_id for s in surgeries.list_surgeries()] == [
        surgery.surgery_id,
        later.surgery_id,
    ]


def test_a_taken_join_code_is_drawn_again(surgeries, monkeypatch):
    codes = iter(["AAAAA", "AAAAA", "BBBBB"])
    monkeypatch.setattr("firstpost.core.surgery.store.new_join_code", lambda: next(codes))
    first = surgeries.open_surgery(DAY, "", "local:fran")
    second = surgeries.open_surgery(DAY, "", "local:fran")
    assert (first.join_code, second.join_code) == ("AAAAA", "BBBBB")


def test_topics_that_are_too_long_are_refused(surgeries):
    with pytest.raises(SurgeryError, match="300"):
        surgeries.open_surgery(DAY, "x" * 301, "local:fran")
