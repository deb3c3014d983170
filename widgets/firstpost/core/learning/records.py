"""What the store hands back about a learner: frozen records, safe to share and cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

LearnerSource = Literal["hub", "link"]

NAME_MAX = 80


class LearningInputError(ValueError):
    """A value the store cannot keep (an empty name, say); the message says what to fix."""


@dataclass(frozen=True)
class Learner:
    key: str
    display_name: str
    source: LearnerSource
    created_at: str
    updated_at: str
    last_episode: str = ""


@dataclass(frozen=True)
class EpisodeProgress:
    episode_id: str
    started_at: str
    completed_at: str | None = None

    @property
    def done(self) -> bool:
        return self.completed_at is not None


@dataclass(frozen=True)
class SavedAnswer:
    episode_id: str
    question_key: str
    chosen: tuple[int, ...]
    correct: bool
    first_try_correct: bool
    attempts: int
    answered_at: str


@dataclass(frozen=True)
class LearnerRecords:
    """Everything kept about one learner: what "see my records" shows and export copies."""

    learner: Learner
    episodes: tuple[EpisodeProgress, ...] = ()
    answers: tuple[SavedAnswer, ...] = field(default=())

    def episode(self, episode_id: str) -> EpisodeProgress | None:
        return next((p for p in self.episodes if p.episode_id == episode_id), None)

    def answers_for(self, episode_id: str) -> dict[str, SavedAnswer]:
        return {a.question_key: a for a in self.answers if a.episode_id == episode_id}


def name_problem(name: str) -> str | None:
    """Why a typed name cannot be used, or None. Names are shown on the CPD record."""
    cleaned = " ".join(name.split())
    if not cleaned:
        return "Type your name first. It is shown on your record of completion."
    if len(cleaned) > NAME_MAX:
        return f"That name is longer than {NAME_MAX} characters. Please shorten it."
    if any(ord(ch) < 32 or ch in "\u2028\u2029" for ch in cleaned):
        return "That name contains characters that cannot be shown. Please retype it."
    return None


def clean_name(name: str) -> str:
    return " ".join(name.split())


def learner_from_row(row: Any) -> Learner:
    """A `learners` row (from the store's SELECT) as a record."""
    return Learner(
        key=row.learner_key,
        display_name=row.display_name,
        source=row.source,
        created_at=row.created_at,
        updated_at=row.updated_at,
        last_episode=row.last_episode or "",
    )


def answer_from_row(row: Any) -> SavedAnswer:
    """A `learner_answers` row as a record; `chosen` is stored as "0,2"."""
    chosen = tuple(int(part) for part in str(row.chosen).split(",") if part.strip().isdigit())
    return SavedAnswer(
        episode_id=row.episode_id,
        question_key=row.question_key,
        chosen=chosen,
        correct=bool(row.correct),
        first_try_correct=bool(row.first_try_correct),
        attempts=int(row.attempts),
        answered_at=row.answered_at,
    )
