"""Saving and loading case-study answers (table from migration v0004).

Each method is one user action and one transaction. SQLite's write lock is taken at
the start of a save, so twenty kernels in a workshop saving at once wait their turn
instead of failing with "database is locked".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, text

from firstpost.core.case_studies.answers import (
    MAX_NAME_CHARS,
    CaseAnswers,
    answer_problems,
    answers_from_json,
    answers_to_json,
)
from firstpost.core.identity import Identity

PERSON_KEY_CHARS = 300


@dataclass(frozen=True)
class SavedAnswers:
    person_key: str
    display_name: str
    answers: CaseAnswers
    updated_at: str


def person_key(identity: Identity | None, typed_name: str) -> tuple[str | None, str]:
    """Whose answers these are: (key, display name), or (None, "") if nobody is known yet.

    Under JupyterHub the hub user is the person. On a shared machine several people use
    one account, so the name they type tells them apart; it is filed under the account
    too, so two installs' "Sam" never meet.
    """
    if identity is not None and identity.source == "hub":
        return identity.key, identity.display_name
    name = " ".join(typed_name.split())
    if not name or len(name) > MAX_NAME_CHARS:
        return None, ""
    account = identity.key if identity is not None else "local:unknown"
    return f"{account}/name:{name.casefold()}", name


def _utc_now() -> datetime:
    return datetime.now(UTC)


class AnswerStore:
    """Case-study answers in one database. Holds no open connection."""

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self._engine = engine
        self._clock = clock

    def save(self, key: str, display_name: str, answers: CaseAnswers) -> SavedAnswers | list[str]:
        """Keep the answers (replacing earlier ones for this case); problems if refused."""
        problems = answer_problems(answers)
        if len(key) > PERSON_KEY_CHARS or not key.strip():
            problems.append("Your name is too long to save under; shorten it.")
        if problems:
            return problems
        now = self._clock().astimezone(UTC).isoformat(timespec="seconds")
        params = {
            "key": key,
            "case": answers.case_id,
            "name": display_name[:MAX_NAME_CHARS],
            "body": answers_to_json(answers),
            "now": now,
        }
        with self._engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                conn.execute(
                    text(
                        "INSERT INTO case_study_answers"
                        " (person_key, case_id, display_name, body, updated_at)"
                        " VALUES (:key, :case, :name, :body, :now)"
                        " ON CONFLICT (person_key, case_id) DO UPDATE SET"
                        " display_name = excluded.display_name, body = excluded.body,"
                        " updated_at = excluded.updated_at"
                    ),
                    params,
                )
        return SavedAnswers(key, params["name"], answers, now)

    def load(self, key: str, case_id: str) -> SavedAnswers | None:
        """The saved answers, or None if there are none or they can no longer be read."""
        with self._engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT display_name, body, updated_at FROM case_study_answers"
                    " WHERE person_key = :key AND case_id = :case"
                ),
                {"key": key, "case": case_id},
            ).one_or_none()
        if row is None:
            return None
        answers = answers_from_json(row.body)
        if answers is None:
            return None
        return SavedAnswers(key, row.display_name, answers, row.updated_at)

    def cases_answered(self, key: str) -> list[tuple[str, str]]:
        """(case id, saved at) for every case this person has saved, newest first."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT case_id, updated_at FROM case_study_answers WHERE person_key = :key"
                    " ORDER BY updated_at DESC, case_id"
                ),
                {"key": key},
            ).all()
        return [(row.case_id, row.updated_at) for row in rows]

    def delete(self, key: str, case_id: str) -> bool:
        """Forget one case's answers; False if there were none."""
        with self._engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                result = conn.execute(
                    text(
                        "DELETE FROM case_study_answers WHERE person_key = :key AND case_id = :case"
                    ),
                    {"key": key, "case": case_id},
                )
                return result.rowcount == 1
