"""The worked example plan, and plan and review stores on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from firstpost.core.plan import Plan, plan_from_json
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.review.store import ReviewStore

EXAMPLE = (
    Path(__file__).resolve().parents[3] / "lessons" / "examples" / "council-social-workers.json"
)


@pytest.fixture
def example() -> Plan:
    plan, problems = plan_from_json(EXAMPLE.read_bytes())
    assert problems == [] and plan is not None
    return plan


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    from firstpost.core.settings import Settings
    from firstpost.core.store import open_store

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'review.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_database_url")
    yield open_store(Settings(data_dir=tmp_path, database_url=url, database_from_env=True))


@pytest.fixture
def plans(engine: Engine) -> PlanRepository:
    return PlanRepository(engine)


@pytest.fixture
def reviews(engine: Engine) -> ReviewStore:
    return ReviewStore(engine)
