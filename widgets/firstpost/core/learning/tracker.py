"""One learner's way through the course, for one page: what the lessons app talks to.

A learner may start as a guest (a deep link from another app opens an episode at once);
a guest's progress is kept in memory and written to the store the moment they give
their name or code, so nothing they did before signing in is lost. After that, every
action is written straight through: the page (kernel) can vanish at any time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from firstpost.core.content.episodes import Episode
from firstpost.core.learning.codes import code_problem, display_code, new_code
from firstpost.core.learning.records import (
    EpisodeProgress,
    Learner,
    LearnerRecords,
    SavedAnswer,
    name_problem,
)
from firstpost.core.learning.scoring import (
    AnswerCheck,
    KeyedQuestion,
    QuizScore,
    check_answer,
    clean_choice,
    episode_questions,
    score,
)
from firstpost.core.learning.store import LearningStore

UNKNOWN_CODE = (
    "We could not find any progress saved under that code. It may have been mistyped, or "
    "the records may have been deleted. Check the code, or start afresh with your name."
)


class CourseTracker:
    def __init__(
        self,
        episodes: Sequence[Episode],
        store: LearningStore,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.episodes = tuple(episodes)
        self.store = store
        self._clock = clock
        self._by_id = {episode.id: episode for episode in self.episodes}
        self._questions = {episode.id: episode_questions(episode) for episode in self.episodes}
        self.learner: Learner | None = None
        self.code: str | None = None  # only for learners who came with, or were given, a code
        self._progress: dict[str, EpisodeProgress] = {}
        self._answers: dict[tuple[str, str], SavedAnswer] = {}

    # -- who is learning -------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self.learner is not None

    def start_with_name(self, name: str) -> str | None:
        """Create a learner with a fresh personal code; a problem message, or None."""
        problem = name_problem(name)
        if problem:
            return problem
        code = new_code()
        self.learner = self.store.create_for_code(code, name)
        self.code = code
        self._keep_guest_work()
        return None

    def resume_with_code(self, code: str) -> str | None:
        """Pick up the progress saved under a personal code; a problem message, or None."""
        problem = code_problem(code)
        if problem:
            return problem
        learner = self.store.find_by_code(code)
        if learner is None:
            return UNKNOWN_CODE
        self.learner = learner
        self.code = display_code(code)
        self._keep_guest_work()
        return None

    def use_hub_user(self, key: str, display_name: str) -> None:
        self.learner = self.store.for_hub_user(key, display_name)
        self.code = None
        self._keep_guest_work()

    def rename(self, name: str) -> str | None:
        problem = name_problem(name)
        if problem or self.learner is None:
            return problem or "Sign in first."
        self.learner = self.store.rename(self.learner.key, name)
        return None

    def delete_records(self) -> bool:
        """Delete everything kept about the learner; they become a guest again."""
        deleted = self.learner is not None and self.store.delete(self.learner.key)
        self.learner = None
        self.code = None
        self._progress.clear()
        self._answers.clear()
        return bool(deleted)

    def _keep_guest_work(self) -> None:
        assert self.learner is not None
        guest_progress = list(self._progress.values())
        guest_answers = list(self._answers.values())
        key = self.learner.key
        for progress in guest_progress:
            self.store.open_episode(key, progress.episode_id)
            if progress.done:
                self.store.set_done(key, progress.episode_id)
        for answer in guest_answers:
            if answer.attempts > 1 and answer.first_try_correct != answer.correct:
                self.store.save_answer(
                    key, answer.episode_id, answer.question_key, answer.chosen,
                    answer.first_try_correct,
                )  # fmt: skip
            self.store.save_answer(
                key, answer.episode_id, answer.question_key, answer.chosen, answer.correct
            )
        self._reload()

    def _reload(self) -> None:
        assert self.learner is not None
        records = self.store.records(self.learner.key)
        if records is None:
            self.learner = None
            return
        self.learner = records.learner
        self._progress = {p.episode_id: p for p in records.episodes}
        self._answers = {(a.episode_id, a.question_key): a for a in records.answers}

    # -- the course ------------------------------------------------------------------

    def episode(self, episode_id: str) -> Episode:
        return self._by_id[episode_id]

    def questions(self, episode_id: str) -> tuple[KeyedQuestion, ...]:
        return self._questions[episode_id]

    def neighbours(self, episode_id: str) -> tuple[Episode | None, Episode | None]:
        ids = [episode.id for episode in self.episodes]
        at = ids.index(episode_id)
        before = self.episodes[at - 1] if at > 0 else None
        after = self.episodes[at + 1] if at + 1 < len(ids) else None
        return before, after

    # -- progress --------------------------------------------------------------------

    def progress(self, episode_id: str) -> EpisodeProgress | None:
        return self._progress.get(episode_id)

    def saved_answer(self, episode_id: str, question_key: str) -> SavedAnswer | None:
        return self._answers.get((episode_id, question_key))

    def score(self, episode_id: str) -> QuizScore:
        answers = {k: a for (e, k), a in self._answers.items() if e == episode_id}
        return score(self._questions[episode_id], answers)

    def done_count(self) -> int:
        return sum(1 for e in self.episodes if (p := self._progress.get(e.id)) and p.done)

    def resume_episode(self) -> Episode | None:
        """Where to carry on: the last episode opened if unfinished, else the next not done."""
        if not self._progress:
            return None
        last = self.learner.last_episode if self.learner else ""
        if last in self._by_id and not self._is_done(last):
            return self._by_id[last]
        return next((e for e in self.episodes if not self._is_done(e.id)), None)

    def _is_done(self, episode_id: str) -> bool:
        progress = self._progress.get(episode_id)
        return progress is not None and progress.done

    def open_episode(self, episode_id: str) -> None:
        if self.learner is not None:
            self._progress[episode_id] = self.store.open_episode(self.learner.key, episode_id)
            self.learner = replace(self.learner, last_episode=episode_id)
        elif episode_id not in self._progress:
            self._progress[episode_id] = EpisodeProgress(episode_id, self._now())

    def mark_done(self, episode_id: str, done: bool = True) -> EpisodeProgress:
        if self.learner is not None:
            progress = self.store.set_done(self.learner.key, episode_id, done)
        else:
            started = self._progress.get(episode_id)
            progress = EpisodeProgress(
                episode_id,
                started.started_at if started else self._now(),
                self._now() if done else None,
            )
        self._progress[episode_id] = progress
        return progress

    def check(self, episode_id: str, question: KeyedQuestion, chosen: Iterable[int]) -> AnswerCheck:
        """Check an answer and keep it (unless nothing usable was chosen)."""
        picked = clean_choice(question.question, chosen)
        result = check_answer(question.question, picked)
        if result.outcome == "empty":
            return result
        if self.learner is not None:
            saved = self.store.save_answer(
                self.learner.key, episode_id, question.key, picked, result.correct
            )
        else:
            earlier = self._answers.get((episode_id, question.key))
            saved = SavedAnswer(
                episode_id,
                question.key,
                picked,
                result.correct,
                earlier.first_try_correct if earlier else result.correct,
                (earlier.attempts if earlier else 0) + 1,
                self._now(),
            )
        self._answers[(episode_id, question.key)] = saved
        return result

    def records(self) -> LearnerRecords | None:
        if self.learner is None:
            return None
        return self.store.records(self.learner.key)

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="seconds")
