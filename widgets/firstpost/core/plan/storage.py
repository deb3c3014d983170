"""The plumbing shared by the plan store and the drafts store.

Kept apart from `repository` so each module stays small enough to read in one go;
nothing here is meant to be called from outside the store.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, Row, text

from firstpost.core.plan.model import Plan
from firstpost.core.plan.records import (
    ConflictError,
    PlanInputError,
    PlanNotFound,
    PlanRecord,
    PlanStoreError,
)

# Column sizes from migration v0002. The title and workshop columns are summaries
# for listing; the whole plan, however long its title, is kept in the body.
TITLE_COLUMN = 300
WORKSHOP_COLUMN = 40
PERSON_COLUMN = 200
NOTE_COLUMN = 500
APP_COLUMN = 40
DRAFT_KEY_COLUMN = 80
MAX_DRAFT_BYTES = 2 * 1024 * 1024

SUMMARY_COLUMNS = (
    "plan_id, owner, title, workshop_code, status, revision, created_at, updated_at, updated_by"
)


def utc_now() -> datetime:
    return datetime.now(UTC)


def check_person(value: str, what: str) -> str:
    if not value.strip():
        raise PlanInputError(f"The {what} is empty. Give a name.")
    if len(value) > PERSON_COLUMN:
        raise PlanInputError(f"The {what} is longer than {PERSON_COLUMN} characters.")
    return value


def load_body(plan_id: str, body: str) -> Plan:
    try:
        return Plan.model_validate_json(body)
    except ValidationError as error:
        raise PlanStoreError(
            f"The saved plan {plan_id} cannot be read ({error.error_count()} problems). "
            "It may have been changed outside First Post; restore it from a backup or a "
            "saved version."
        ) from error


class StoreBase:
    """An engine, a clock and the transaction helpers every store action uses."""

    def __init__(
        self,
        engine: Engine,
        *,
        clock: Callable[[], datetime] = utc_now,
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._new_id = new_id

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="microseconds")

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction, taking SQLite's write lock at the start.

        A deferred SQLite transaction that reads and then writes can fail with
        "database is locked" when another kernel writes in between; asking for the
        lock up front makes it wait its turn instead.
        """
        with self._engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn

    def _row(self, conn: Connection, plan_id: str, *, lock: bool = False) -> Row:
        sql = f"SELECT {SUMMARY_COLUMNS}, body FROM plans WHERE plan_id = :id"
        if lock and conn.dialect.name == "postgresql":
            sql += " FOR UPDATE"
        row = conn.execute(text(sql), {"id": plan_id}).one_or_none()
        if row is None:
            raise PlanNotFound(plan_id)
        return row

    @staticmethod
    def _record(row: Row) -> PlanRecord:
        return PlanRecord(
            plan_id=row.plan_id,
            owner=row.owner,
            status=row.status,
            revision=row.revision,
            created_at=row.created_at,
            updated_at=row.updated_at,
            updated_by=row.updated_by,
            plan=load_body(row.plan_id, row.body),
        )

    @staticmethod
    def _columns(plan: Plan) -> dict[str, str]:
        from firstpost.core.plan.validation import size_problem

        too_big = size_problem(plan)  # the app says so first; this guards every other caller
        if too_big is not None:
            raise PlanInputError(f"{too_big.message} Nothing was saved.")
        return {
            "title": plan.title[:TITLE_COLUMN],
            "workshop": plan.workshop_code[:WORKSHOP_COLUMN],
            "body": plan.model_dump_json(),
        }

    def _insert(self, conn: Connection, plan: Plan, owner: str, by: str) -> str:
        plan_id = self._new_id()
        now = self._now()
        conn.execute(
            text(
                "INSERT INTO plans (plan_id, owner, title, workshop_code, status, revision,"
                " body, created_at, updated_at, updated_by) VALUES (:id, :owner, :title,"
                " :workshop, 'active', 1, :body, :now, :now, :by)"
            ),
            {"id": plan_id, "owner": owner, "now": now, "by": by, **self._columns(plan)},
        )
        return plan_id

    def _update(
        self, conn: Connection, plan_id: str, plan: Plan, expected_revision: int, by: str
    ) -> None:
        result = conn.execute(
            text(
                "UPDATE plans SET title = :title, workshop_code = :workshop, body = :body,"
                " revision = revision + 1, updated_at = :now, updated_by = :by"
                " WHERE plan_id = :id AND revision = :expected"
            ),
            {
                "id": plan_id,
                "expected": expected_revision,
                "now": self._now(),
                "by": by,
                **self._columns(plan),
            },
        )
        if result.rowcount == 1:
            return
        current = self._row(conn, plan_id)
        raise ConflictError(
            plan_id, expected_revision, current.revision, current.updated_by, current.updated_at
        )

    def _add_version(self, conn: Connection, plan_id: str, body: str, note: str, by: str) -> int:
        number = conn.execute(
            text("SELECT COALESCE(MAX(number), 0) + 1 FROM plan_versions WHERE plan_id = :id"),
            {"id": plan_id},
        ).scalar_one()
        conn.execute(
            text(
                "INSERT INTO plan_versions (plan_id, number, note, saved_by, saved_at, body)"
                " VALUES (:id, :number, :note, :by, :now, :body)"
            ),
            {
                "id": plan_id,
                "number": number,
                "note": note,
                "by": by,
                "now": self._now(),
                "body": body,
            },
        )
        return int(number)
