"""Surgery stores on SQLite and the suite's real PostgreSQL, with a clock that ticks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from firstpost.core.surgery.faq import FaqStore
from firstpost.core.surgery.logs import LogStore
from firstpost.core.surgery.store import SurgeryStore


class Ticking:
    """A clock that moves one second per reading, so times are distinct and known."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    from firstpost.core.settings import Settings
    from firstpost.core.store import open_store

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'surgery.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_database_url")
    yield open_store(Settings(data_dir=tmp_path, database_url=url, database_from_env=True))


@pytest.fixture
def clock() -> Ticking:
    return Ticking()


@pytest.fixture
def surgeries(engine: Engine, clock: Ticking) -> SurgeryStore:
    return SurgeryStore(engine, clock=clock)


@pytest.fixture
def faq(engine: Engine, clock: Ticking) -> FaqStore:
    return FaqStore(engine, clock=clock)


@pytest.fixture
def logs(engine: Engine, clock: Ticking) -> LogStore:
    return LogStore(engine, clock=clock)
