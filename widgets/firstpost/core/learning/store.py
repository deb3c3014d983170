"""Saving learners' progress and answers: one short transaction per action.

Every page load is a new kernel, so nothing is kept in memory between visits: the
course overview, the reader and the CPD record all read from here. Writes take
SQLite's write lock up front (BEGIN IMMEDIATE), so twenty learners in a room saving at
the same moment queue instead of failing. The SQL runs unchanged on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import IntegrityError

from firstpost.core.learning.codes import code_problem, learner_key_for_code
from firstpost.core.learning.records import (
    EpisodeProgress,
    Learner,
    LearnerRecords,
    LearnerSource,
    LearningInputError,
    SavedAnswer,
    answer_from_row,
    clean_name,
    learner_from_row,
    name_problem,
)

KEY_MAX = 200
EPISODE_MAX = 100
LEARNER_COLUMNS = "learner_key, display_name, source, created_at, updated_at, last_episode"
# A learner who lost their code can never reach their record again: keep none forever.
RETENTION = timedelta(days=365)
RETENTION_NOTE = "Records with no activity for 12 months are deleted, with everything in them."


def utc_now() -> datetime:
    return datetime.now(UTC)


class LearningStore:
    """Learners and their progress in one database. Holds no open connection."""

    def __init__(
        self,
        engine: Engine,
        *,
        clock: Callable[[], datetime] = utc_now,
        retention: timedelta | None = RETENTION,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self.retention = retention

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="seconds")

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        with self._engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn

    # -- learners -------------------------------------------------------------------

    def create_for_code(self, code: str, display_name: str) -> Learner:
        """A new learner reached through `code` (the caller made it with `new_code`)."""
        problem = code_problem(code) or name_problem(display_name)
        if problem:
            raise LearningInputError(problem)
        return self._insert(learner_key_for_code(code), clean_name(display_name), "link")

    def find_by_code(self, code: str) -> Learner | None:
        if code_problem(code):
            return None
        return self.get(learner_key_for_code(code))

    def for_hub_user(self, key: str, display_name: str) -> Learner:
        """The hub user's learner record, created on their first visit."""
        found = self.get(key)
        if found is not None:
            return found
        name = clean_name(display_name) or key
        try:
            return self._insert(key, name[:KEY_MAX], "hub")
        except IntegrityError:  # the same person opened two pages at once
            found = self.get(key)
            if found is None:
                raise
            return found

    def get(self, key: str) -> Learner | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(f"SELECT {LEARNER_COLUMNS} FROM learners WHERE learner_key = :key"),
                {"key": key},
            ).one_or_none()
        return None if row is None else learner_from_row(row)

    def rename(self, key: str, display_name: str) -> Learner:
        problem = name_problem(display_name)
        if problem:
            raise LearningInputError(problem)
        with self._writing() as conn:
            conn.execute(
                text(
                    "UPDATE learners SET display_name = :name, updated_at = :now"
                    " WHERE learner_key = :key"
                ),
                {"key": key, "name": clean_name(display_name), "now": self._now()},
            )
        found = self.get(key)
        if found is None:
            raise LearningInputError("That learner's records no longer exist.")
        return found

    def _insert(self, key: str, name: str, source: LearnerSource) -> Learner:
        if not key or len(key) > KEY_MAX:
            raise LearningInputError("A learner needs a key of 1 to 200 characters.")
        moment = self._clock().astimezone(UTC)
        now = moment.isoformat(timespec="seconds")
        with self._writing() as conn:
            if self.retention is not None:  # each new learner clears out the long unused
                self._delete_unused(conn, moment - self.retention)
            conn.execute(
                text(
                    "INSERT INTO learners (learner_key, display_name, source, last_episode,"
                    " created_at, updated_at) VALUES (:key, :name, :source, '', :now, :now)"
                ),
                {"key": key, "name": name, "source": source, "now": now},
            )
        return Learner(key, name, source, now, now, "")

    def delete(self, key: str) -> bool:
        """Delete a learner and everything kept about them; False if there was nothing."""
        with self._writing() as conn:
            for table in ("learner_answers", "learner_episodes"):
                conn.execute(text(f"DELETE FROM {table} WHERE learner_key = :key"), {"key": key})
            result = conn.execute(
                text("DELETE FROM learners WHERE learner_key = :key"), {"key": key}
            )
        return result.rowcount > 0

    def delete_inactive(self, unused_since: datetime) -> int:
        """Delete learners not seen since `unused_since`, with everything kept about them
        (done anyway, `retention` after last use, whenever a new learner starts)."""
        with self._writing() as conn:
            return self._delete_unused(conn, unused_since)

    @staticmethod
    def _delete_unused(conn: Connection, unused_since: datetime) -> int:
        cutoff = unused_since.astimezone(UTC).isoformat(timespec="seconds")
        old = "SELECT learner_key FROM learners WHERE updated_at < :cutoff"
        for table in ("learner_answers", "learner_episodes"):
            conn.execute(
                text(f"DELETE FROM {table} WHERE learner_key IN ({old})"), {"cutoff": cutoff}
            )
        result = conn.execute(
            text("DELETE FROM learners WHERE updated_at < :cutoff"), {"cutoff": cutoff}
        )
        return int(result.rowcount)

    # -- progress -------------------------------------------------------------------

    def open_episode(self, key: str, episode_id: str) -> EpisodeProgress:
        """Note that the learner opened an episode: its start date and where to resume."""
        _check_episode(episode_id)
        now = self._now()
        with self._writing() as conn:
            self._touch(conn, key, now, episode_id)
            conn.execute(
                text(
                    "INSERT INTO learner_episodes (learner_key, episode_id, started_at)"
                    " VALUES (:key, :episode, :now)"
                    " ON CONFLICT (learner_key, episode_id) DO NOTHING"
                ),
                {"key": key, "episode": episode_id, "now": now},
            )
            return self._progress(conn, key, episode_id)

    def set_done(self, key: str, episode_id: str, done: bool = True) -> EpisodeProgress:
        _check_episode(episode_id)
        now = self._now()
        with self._writing() as conn:
            self._touch(conn, key, now, episode_id)
            conn.execute(
                text(
                    "INSERT INTO learner_episodes (learner_key, episode_id, started_at,"
                    " completed_at) VALUES (:key, :episode, :now, :done)"
                    " ON CONFLICT (learner_key, episode_id)"
                    " DO UPDATE SET completed_at = :done"
                ),
                {"key": key, "episode": episode_id, "now": now, "done": now if done else None},
            )
            return self._progress(conn, key, episode_id)

    def save_answer(
        self, key: str, episode_id: str, question_key: str, chosen: Iterable[int], correct: bool
    ) -> SavedAnswer:
        """Keep the latest answer; `first_try_correct` is fixed by the first attempt."""
        _check_episode(episode_id)
        picked = tuple(sorted({int(i) for i in chosen}))
        if not picked or len(question_key) > 40:
            raise LearningInputError("An answer needs at least one option and a question key.")
        now = self._now()
        params = {
            "key": key,
            "episode": episode_id,
            "question": question_key,
            "chosen": ",".join(str(i) for i in picked),
            "correct": int(correct),
            "now": now,
        }
        with self._writing() as conn:
            self._touch(conn, key, now)
            conn.execute(
                text(
                    "INSERT INTO learner_answers (learner_key, episode_id, question_key, chosen,"
                    " correct, first_try_correct, attempts, answered_at) VALUES (:key,"
                    " :episode, :question, :chosen, :correct, :correct, 1, :now)"
                    " ON CONFLICT (learner_key, episode_id, question_key) DO UPDATE SET"
                    " chosen = :chosen, correct = :correct,"
                    " attempts = learner_answers.attempts + 1, answered_at = :now"
                ),
                params,
            )
            row = conn.execute(
                text(
                    "SELECT episode_id, question_key, chosen, correct, first_try_correct,"
                    " attempts, answered_at FROM learner_answers WHERE learner_key = :key"
                    " AND episode_id = :episode AND question_key = :question"
                ),
                params,
            ).one()
        return answer_from_row(row)

    def records(self, key: str) -> LearnerRecords | None:
        """Everything kept about the learner, or None if they have no record."""
        learner = self.get(key)
        if learner is None:
            return None
        with self._engine.connect() as conn:
            episodes = conn.execute(
                text(
                    "SELECT episode_id, started_at, completed_at FROM learner_episodes"
                    " WHERE learner_key = :key ORDER BY started_at, episode_id"
                ),
                {"key": key},
            ).all()
            answers = conn.execute(
                text(
                    "SELECT episode_id, question_key, chosen, correct, first_try_correct,"
                    " attempts, answered_at FROM learner_answers WHERE learner_key = :key"
                    " ORDER BY answered_at, episode_id, question_key"
                ),
                {"key": key},
            ).all()
        return LearnerRecords(
            learner,
            tuple(EpisodeProgress(*row) for row in episodes),
            tuple(answer_from_row(row) for row in answers),
        )

    # -- helpers --------------------------------------------------------------------

    def _touch(self, conn: Connection, key: str, now: str, episode_id: str | None = None) -> None:
        sql = "UPDATE learners SET updated_at = :now"
        if episode_id is not None:
            sql += ", last_episode = :episode"
        result = conn.execute(
            text(sql + " WHERE learner_key = :key"),
            {"key": key, "now": now, "episode": episode_id},
        )
        if result.rowcount == 0:
            raise LearningInputError(
                "Your records were deleted, so nothing more can be saved under them. "
                "Reload the page to start afresh."
            )

    @staticmethod
    def _progress(conn: Connection, key: str, episode_id: str) -> EpisodeProgress:
        row = conn.execute(
            text(
                "SELECT episode_id, started_at, completed_at FROM learner_episodes"
                " WHERE learner_key = :key AND episode_id = :episode"
            ),
            {"key": key, "episode": episode_id},
        ).one()
        return EpisodeProgress(*row)


def _check_episode(episode_id: str) -> None:
    if not episode_id or len(episode_id) > EPISODE_MAX:
        raise LearningInputError("An episode id has 1 to 100 characters.")
