"""The CPD record: right numbers, the learner's own words escaped, Word and web page."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from firstpost.core.learning.completion import build_record, long_date
from firstpost.core.learning.record_docx import record_docx
from firstpost.core.learning.record_html import record_html
from firstpost.core.learning.records import (
    EpisodeProgress,
    Learner,
    LearnerRecords,
    SavedAnswer,
)
from firstpost.core.learning.scoring import episode_questions

MADE = datetime(2026, 12, 4, 10, 30, tzinfo=UTC)


def records(episodes, name="Sam <b>Patel</b>"):
    keys = [q.key for q in episode_questions(episodes[0])]
    learner = Learner(
        "link:x", name, "link", "2026-12-03T09:00:00+00:00", "2026-12-03T09:30:00+00:00"
    )
    return LearnerRecords(
        learner,
        (
            EpisodeProgress("first-steps", "2026-12-03T09:01:00+00:00", "2026-12-03T09:20:00+00:00"),
            EpisodeProgress("staying-safe", "2026-12-03T09:25:00+00:00", None),
        ),
        (
            SavedAnswer("first-steps", keys[0], (1,), True, False, 2, "2026-12-03T09:10:00+00:00"),
            SavedAnswer("first-steps", keys[1], (0,), False, False, 1, "2026-12-03T09:11:00+00:00"),
            SavedAnswer("first-steps", "qretired", (0,), True, True, 1, "2026-12-03T09:12:00+00:00"),
        ),
    )  # fmt: skip


def test_record_counts_done_episodes_minutes_and_scores(episodes):
    record = build_record("Test course", episodes, records(episodes), MADE)
    assert record.episodes_done == 1
    assert record.minutes_done == 15 and record.total_minutes == 27
    first, second = record.lines
    assert (first.status, long_date(first.completed)) == ("Done", "3 December 2026")
    assert first.score.describe() == "1 of 2 right"
    assert (second.status, second.score.describe()) == ("In progress", "Not tried yet")
    assert record.answers == ()
    assert record.retired_answers == 1


def test_answers_are_included_only_when_asked(episodes):
    record = build_record("Test course", episodes, records(episodes), MADE, include_answers=True)
    assert [(a.question_number, a.chosen, a.correct) for a in record.answers] == [
        (1, ("A second person",), True),
        (2, ("Two-step sign-in",), False),
    ]


def test_html_record_is_standalone_and_escapes_the_name(episodes):
    record = build_record("Test course", episodes, records(episodes), MADE, include_answers=True)
    page = record_html(record)
    assert page.startswith("<!DOCTYPE html>") and 'lang="en-GB"' in page
    assert "Sam &lt;b&gt;Patel&lt;/b&gt;" in page and "<b>Patel" not in page
    assert "1 of 2" in page and "15 minutes" in page and "4 December 2026" in page
    assert "Your quiz answers" in page and "A second person" in page
    assert "http" not in page and "<script" not in page


def test_word_record_holds_the_same_facts(episodes):
    from docx import Document

    record = build_record("Test course", episodes, records(episodes, "Sam Patel\x07"), MADE)
    doc = Document(io.BytesIO(record_docx(record)))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    assert "Record of completion" in text
    assert "Sam Patel" in cells and "1 of 2" in cells[3]
    assert "First steps" in cells and "Done" in cells and "3 December 2026" in cells
    assert doc.core_properties.author == "Sam Patel"
    assert "Your quiz answers" not in text


def test_both_records_say_how_many_were_right_first_time(episodes):
    from docx import Document

    keys = [q.key for q in episode_questions(episodes[0])]
    base = records(episodes)
    answers = (
        SavedAnswer("first-steps", keys[0], (1,), True, True, 1, "2026-12-03T09:10:00+00:00"),
        SavedAnswer("first-steps", keys[1], (1,), False, False, 3, "2026-12-03T09:11:00+00:00"),
    )
    saved = LearnerRecords(base.learner, base.episodes, answers)
    record = build_record("Test course", episodes, saved, MADE)
    assert record.lines[0].score.describe(first_try=True) == "1 of 2 right (1 right first time)"
    assert record.lines[0].score.describe() == "1 of 2 right"  # the overview stays short
    assert "1 of 2 right (1 right first time)" in record_html(record)
    doc = Document(io.BytesIO(record_docx(record)))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    assert "1 of 2 right (1 right first time)" in cells
    assert "right at the first try" in "\n".join(p.text for p in doc.paragraphs)
