"""What the facilitator's board shows, and what changed since it last looked.

The board re-reads the questions every second. Comparing the fresh list with the one
on screen tells it which cards to add and which to redraw, so a facilitator moving
through the buttons with the keyboard does not lose their place when a question
arrives, and a screen reader hears "1 new question" rather than the whole list again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from firstpost.core.surgery.records import Question

BoardFilter = Literal["waiting", "starred", "answered", "all"]
FILTER_LABELS: dict[BoardFilter, str] = {
    "all": "All questions",
    "waiting": "Waiting for an answer",
    "starred": "Starred",
    "answered": "Answered",
}


@dataclass(frozen=True)
class BoardChange:
    added: tuple[Question, ...]
    updated: tuple[Question, ...]
    removed: tuple[str, ...]

    @property
    def any(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def announcement(self) -> str:
        """A short line for the page's status region, or "" when nothing new arrived."""
        count = len(self.added)
        if not count:
            return ""
        return "1 new question." if count == 1 else f"{count} new questions."


def changes(shown: Mapping[str, Question], fresh: Iterable[Question]) -> BoardChange:
    """Questions new since `shown` (by id), those whose marks changed, and those gone."""
    fresh = list(fresh)
    added = tuple(q for q in fresh if q.question_id not in shown)
    updated = tuple(q for q in fresh if q.question_id in shown and shown[q.question_id] != q)
    fresh_ids = {q.question_id for q in fresh}
    removed = tuple(qid for qid in shown if qid not in fresh_ids)
    return BoardChange(added, updated, removed)


def repeats(questions: Iterable[Question]) -> Counter[str]:
    """How many other questions were merged into each question."""
    return Counter(q.merged_into for q in questions if q.merged_into)


def visible(questions: Iterable[Question], board_filter: BoardFilter) -> list[Question]:
    """The questions a filter shows, in the order to work through them: waiting ones
    first (starred at the top), then answered ones, then repeats merged into others;
    in the order they arrived within each group."""
    questions = list(questions)
    if board_filter == "waiting":
        chosen = [q for q in questions if not q.answered and not q.merged]
    elif board_filter == "starred":
        chosen = [q for q in questions if q.starred and not q.merged]
    elif board_filter == "answered":
        chosen = [q for q in questions if q.answered]
    else:
        chosen = questions
    return sorted(chosen, key=lambda q: (q.merged, q.answered, not q.starred, q.number))


def summary(questions: Iterable[Question]) -> str:
    questions = list(questions)
    if not questions:
        return "No questions yet."
    answered = sum(1 for q in questions if q.answered)
    merged = sum(1 for q in questions if q.merged)
    waiting = sum(1 for q in questions if not q.answered and not q.merged)
    noun = "question" if len(questions) == 1 else "questions"
    parts = [f"{answered} answered", f"{waiting} waiting"]
    if merged:
        parts.append(f"{merged} merged with another")
    return f"{len(questions)} {noun}: " + ", ".join(parts) + "."


def merge_targets(questions: Iterable[Question], question: Question) -> list[Question]:
    """Questions `question` can be merged into: others of its surgery that are not merged."""
    return [q for q in questions if q.question_id != question.question_id and not q.merged]
