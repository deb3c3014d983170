"""The engine, clock and transaction helper shared by the surgery, FAQ and log stores.

Every page is its own kernel process, so twenty phones sending questions are twenty
processes writing to one database. Each write is one short transaction that takes
SQLite's write lock up front (BEGIN IMMEDIATE): writers queue behind the busy timeout
instead of failing with "database is locked". PostgreSQL needs nothing special.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine

from firstpost.core.surgery.records import SurgeryError

PERSON_MAX = 200


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_hex_id() -> str:
    return uuid.uuid4().hex


def check_person(value: str) -> str:
    if not value.strip() or len(value) > PERSON_MAX:
        raise SurgeryError("The facilitator's name is missing or too long.")
    return value


def like_pattern(word: str) -> str:
    """A LIKE pattern matching `word` anywhere, with LIKE's own wildcards taken literally."""
    escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class StoreCore:
    """Holds no open connection: safe to keep for the life of a kernel."""

    def __init__(
        self,
        engine: Engine,
        *,
        clock: Callable[[], datetime] = utc_now,
        new_id: Callable[[], str] = new_hex_id,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._new_id = new_id

    @property
    def engine(self) -> Engine:
        return self._engine

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="microseconds")

    def _today(self) -> str:
        return self._clock().astimezone(UTC).date().isoformat()

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        with self._engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn
