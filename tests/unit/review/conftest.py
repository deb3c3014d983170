"""The worked example plan, and plan and review stores on SQLite and PostgreSQL."""

from __future__ import annotations

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


@pytest.fixture
def plans(engine: Engine) -> PlanRepository:
    return PlanRepository(engine)


@pytest.fixture
def reviews(engine: Engine) -> ReviewStore:
    return ReviewStore(engine)
