"""The FAQ keeps answers across months and finds them by any words staff type."""

from __future__ import annotations

from datetime import date

import pytest

from firstpost.core.surgery.faq import search_words
from firstpost.core.surgery.records import SurgeryError, SurgeryNotFound, faq_problems


def add(faq, question, answer, topic=""):
    return faq.add(question, answer, topic, "local:fran")


def test_entries_are_found_by_every_word_in_any_field(faq):
    profile = add(faq, "Can I look at a candidate's Facebook?", "Only after an offer.", "Screening")
    add(faq, "Who approves our posts?", "A second person, always.", "Approvals")
    assert faq.search("facebook offer") == [profile]
    assert faq.search("SCREENING") == [profile]
    assert faq.search("facebook approves") == []
    assert len(faq.search("")) == 2


def test_entries_with_the_words_in_the_question_come_first(faq):
    in_answer = add(faq, "What about hashtags?", "Never invite stories, as #McDStories showed.")
    in_question = add(faq, "Was #McDStories a paid hashtag?", "Yes, promoted for under two hours.")
    assert faq.search("mcdstories") == [in_question, in_answer]


def test_like_wildcards_typed_by_staff_are_taken_literally(faq):
    add(faq, "Is 100% reach possible?", "No.")
    add(faq, "Is 1000 reach possible?", "Maybe.")
    assert [e.question for e in faq.search("100%")] == ["Is 100% reach possible?"]
    assert faq.search("a_b") == []


def test_search_words_ignore_punctuation_repeats_and_single_letters():
    assert search_words("Facebook, facebook? a  checks!") == ["facebook", "checks"]
    assert len(search_words(" ".join(f"w{i}" for i in range(20)))) == 8


def test_an_entry_made_from_a_question_remembers_where_it_came_from(faq, surgeries):
    surgery = surgeries.open_surgery(date(2026, 11, 25), "Screening", "local:fran")
    question = surgeries.ask(surgery.surgery_id, "Facebook checks?")
    entry = faq.add(
        "Facebook checks?",
        "Only after an offer.",
        "Screening",
        "local:fran",
        surgery_id=surgery.surgery_id,
        source_question_id=question.question_id,
    )
    assert faq.from_question(question.question_id) == entry
    assert faq.from_question("other") is None


def test_entries_can_be_corrected_and_removed(faq):
    entry = add(faq, "Q?", "Old answer")
    changed = faq.update(entry.faq_id, "Q?", "New answer", "Topic")
    assert changed.answer == "New answer" and changed.updated_at > entry.updated_at
    assert faq.delete(entry.faq_id) is True
    assert faq.delete(entry.faq_id) is False
    assert faq.count() == 0
    with pytest.raises(SurgeryNotFound):
        faq.update(entry.faq_id, "Q?", "A", "")


def test_incomplete_entries_are_refused_with_every_reason(faq):
    problems = faq_problems(" ", "", "x" * 301)
    assert [p.field for p in problems] == ["Question", "Answer", "Topic"]
    with pytest.raises(SurgeryError, match="Answer: Write the answer"):
        add(faq, "A question", "   ")
    assert faq.count() == 0
