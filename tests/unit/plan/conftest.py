"""Fixtures for the plan tests: the worked example, and a store on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from firstpost.core.plan import Plan, plan_from_json
from firstpost.core.plan.repository import PlanRepository
from tests.support.stores import StepClock

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
