"""Fixtures for the plan tests: the worked example, and a store on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

# The PostgreSQL fixtures; imported here until tests/conftest.py registers the plugin.
from firstpost.core.plan import Plan, plan_from_json
from firstpost.core.plan.repository import PlanRepository

EXAMPLE = (
    Path(__file__).resolve().parents[3] / "lessons" / "examples" / "council-social-workers.json"
)
TODAY = datetime(2026, 11, 25).date()


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture
def example() -> Plan:
    plan, problems = plan_from_json(EXAMPLE.read_bytes())
    assert problems == []
    assert plan is not None
    return plan


class StepClock:
    """A clock that moves one second per reading, so timestamps are distinct and known."""

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
        url = f"sqlite:///{tmp_path / 'plans.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_database_url")
    yield open_store(Settings(data_dir=tmp_path, database_url=url, database_from_env=True))


@pytest.fixture
def repo(engine: Engine) -> PlanRepository:
    return PlanRepository(engine, clock=StepClock())


def edited(plan: Plan, path: str, value: object) -> Plan:
    """The plan with one field changed, addressed like a Problem path ("risks[0].impact")."""
    data = plan.model_dump(mode="json")
    parts = path.replace("]", "").replace("[", ".").split(".")
    target = data
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    if last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return Plan.model_validate(data)


@pytest.fixture
def edit():
    return edited
