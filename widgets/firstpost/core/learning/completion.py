"""The record of completion: what a learner did, for their CPD file or their manager.

Built from the stored records and the course as it is now, so titles and timings are
current. Answers to questions that have since been reworded are counted, not shown:
their option numbers would no longer point at the right words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from firstpost.core.content.episodes import Episode
from firstpost.core.learning.records import LearnerRecords
from firstpost.core.learning.scoring import QuizScore, episode_questions, score

QUIZ_NOTE = (
    "Quiz results show the latest answer to each question, and how many were right at the "
    "first try. Learners may try a question again after reading the feedback, as the "
    "course is meant to teach."
)


@dataclass(frozen=True)
class EpisodeLine:
    number: int
    episode_id: str
    title: str
    minutes: int
    started: date | None
    completed: date | None
    score: QuizScore

    @property
    def status(self) -> str:
        if self.completed is not None:
            return "Done"
        return "In progress" if self.started is not None else "Not started"


@dataclass(frozen=True)
class AnswerLine:
    episode_title: str
    question_number: int
    prompt: str
    chosen: tuple[str, ...]
    correct: bool
    attempts: int


@dataclass(frozen=True)
class CompletionRecord:
    course_title: str
    learner_name: str
    generated_at: datetime
    lines: tuple[EpisodeLine, ...]
    answers: tuple[AnswerLine, ...] = ()
    include_answers: bool = False
    retired_answers: int = 0

    @property
    def episodes_done(self) -> int:
        return sum(1 for line in self.lines if line.completed is not None)

    @property
    def minutes_done(self) -> int:
        return sum(line.minutes for line in self.lines if line.completed is not None)

    @property
    def total_minutes(self) -> int:
        return sum(line.minutes for line in self.lines)


def episode_minutes(episode: Episode) -> int:
    return episode.meta.teaching_minutes + episode.meta.exercises_minutes


def to_date(stamp: str | None) -> date | None:
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp).date()
    except ValueError:
        return None


def long_date(day: date | None) -> str:
    """A date the way people write it in the UK: 3 December 2026."""
    return "" if day is None else f"{day.day} {day:%B %Y}"


def build_record(
    course_title: str,
    episodes: Sequence[Episode],
    records: LearnerRecords,
    generated_at: datetime,
    include_answers: bool = False,
) -> CompletionRecord:
    lines = []
    answer_lines = []
    matched = 0
    for number, episode in enumerate(episodes, start=1):
        questions = episode_questions(episode)
        saved = records.answers_for(episode.id)
        progress = records.episode(episode.id)
        lines.append(
            EpisodeLine(
                number=number,
                episode_id=episode.id,
                title=episode.title,
                minutes=episode_minutes(episode),
                started=to_date(progress.started_at) if progress else None,
                completed=to_date(progress.completed_at) if progress else None,
                score=score(questions, saved),
            )
        )
        for item in questions:
            answer = saved.get(item.key)
            if answer is None:
                continue
            matched += 1
            options = item.question.options
            answer_lines.append(
                AnswerLine(
                    episode_title=episode.title,
                    question_number=item.number,
                    prompt=item.question.prompt,
                    chosen=tuple(options[i].text for i in answer.chosen if i < len(options)),
                    correct=answer.correct,
                    attempts=answer.attempts,
                )
            )
    return CompletionRecord(
        course_title=course_title,
        learner_name=records.learner.display_name,
        generated_at=generated_at,
        lines=tuple(lines),
        answers=tuple(answer_lines) if include_answers else (),
        include_answers=include_answers,
        retired_answers=len(records.answers) - matched,
    )
