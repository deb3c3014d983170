"""What the surgery stores hand back, the checks on what people type, and the refusals.

Records are frozen dataclasses: a board keeps the questions it last drew and compares
them with a fresh read to see what changed. Checks return messages rather than raise,
so the page can show every problem next to the field and keep what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

SurgeryStatus = Literal["open", "closed"]
QuestionStatus = Literal["new", "answered"]

QUESTION_MAX = 1000
TOPIC_MAX = 300
FAQ_TEXT_MAX = 4000
OUTCOMES_MAX = 4000
MAX_QUESTIONS_PER_SURGERY = 500
MAX_ATTENDANCE = 10_000


@dataclass(frozen=True)
class Surgery:
    surgery_id: str
    join_code: str
    held_on: date
    topic: str
    status: SurgeryStatus
    created_by: str
    created_at: str
    closed_at: str | None

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def label(self) -> str:
        """How a surgery is named in lists: "25 November 2026: Domino's video"."""
        when = f"{self.held_on.day} {self.held_on:%B %Y}"
        return f"{when}: {self.topic}" if self.topic.strip() else when


@dataclass(frozen=True)
class Question:
    """An anonymous question: the words and the times, never who sent it."""

    question_id: str
    surgery_id: str
    number: int  # 1 for the first question of the surgery, in the order they arrived
    body: str
    asked_at: str
    status: QuestionStatus
    starred: bool
    merged_into: str | None
    updated_at: str

    @property
    def answered(self) -> bool:
        return self.status == "answered"

    @property
    def merged(self) -> bool:
        return self.merged_into is not None


@dataclass(frozen=True)
class FaqEntry:
    faq_id: str
    question: str
    answer: str
    topic: str
    surgery_id: str | None
    source_question_id: str | None
    created_by: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class SurgeryLog:
    surgery_id: str
    held_on: date
    attendance: int
    topics: tuple[str, ...]
    questions_asked: int
    questions_answered: int
    outcomes: str
    saved_by: str
    saved_at: str


@dataclass(frozen=True)
class FieldProblem:
    """A mistake in one field of a form: the field's name as the form shows it, and what to do."""

    field: str
    message: str


class SurgeryError(Exception):
    """A surgery action that cannot go ahead; the message is for the person at the keyboard."""


class SurgeryNotFound(SurgeryError, LookupError):
    pass


class SurgeryClosed(SurgeryError):
    pass


def question_problem(text: str) -> str | None:
    cleaned = text.strip()
    if not cleaned:
        return "Type your question first."
    if len(cleaned) > QUESTION_MAX:
        return (
            f"Your question is {len(cleaned):,} characters long. Keep it under {QUESTION_MAX:,} "
            "characters: the facilitator reads it out in the room."
        )
    return None


def topic_problem(text: str) -> str | None:
    if len(text.strip()) > TOPIC_MAX:
        return f"Keep the topic under {TOPIC_MAX} characters."
    return None


def faq_problems(question: str, answer: str, topic: str) -> list[FieldProblem]:
    problems = []
    if not question.strip():
        problems.append(FieldProblem("Question", "Write the question as staff would ask it."))
    if not answer.strip():
        problems.append(FieldProblem("Answer", "Write the answer given in the surgery."))
    for name, value in (("Question", question), ("Answer", answer)):
        if len(value) > FAQ_TEXT_MAX:
            problems.append(FieldProblem(name, f"Keep it under {FAQ_TEXT_MAX:,} characters."))
    problem = topic_problem(topic)
    if problem:
        problems.append(FieldProblem("Topic", problem))
    return problems


def parse_attendance(text: str) -> tuple[int | None, str | None]:
    """The attendance typed in a log form, or why it cannot be used."""
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return None, "Type how many people came (0 if nobody did)."
    if not cleaned.lstrip("-").isdigit():
        return None, "Type the number of people as a whole number, such as 12."
    value = int(cleaned)
    if value < 0:
        return None, "The number of people cannot be negative."
    if value > MAX_ATTENDANCE:
        return None, f"That is more than {MAX_ATTENDANCE:,} people: check the number."
    return value, None


def split_topics(text: str) -> tuple[str, ...]:
    """Topics typed one a line (or separated by semicolons), blanks and repeats dropped."""
    seen: dict[str, str] = {}
    for part in text.replace(";", "\n").splitlines():
        topic = " ".join(part.split())
        if topic and topic.casefold() not in seen:
            seen[topic.casefold()] = topic[:TOPIC_MAX]
    return tuple(seen.values())


def log_problems(attendance: str, topics: str, outcomes: str) -> list[FieldProblem]:
    problems = []
    _value, problem = parse_attendance(attendance)
    if problem:
        problems.append(FieldProblem("Attendance", problem))
    if not split_topics(topics):
        problems.append(FieldProblem("Topics", "Add at least one topic covered."))
    if len(outcomes) > OUTCOMES_MAX:
        problems.append(FieldProblem("Outcomes", f"Keep it under {OUTCOMES_MAX:,} characters."))
    return problems
