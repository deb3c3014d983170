"""A workshop of plans in a plan store (SQLite; the store itself is tested on both)."""

from __future__ import annotations

from pathlib import Path

import pytest

from firstpost.core.plan import Plan, plan_from_json
from firstpost.core.plan.repository import PlanRepository

EXAMPLE = (
    Path(__file__).resolve().parents[3] / "lessons" / "examples" / "council-social-workers.json"
)


@pytest.fixture
def example() -> Plan:
    plan, problems = plan_from_json(EXAMPLE.read_bytes())
    assert problems == [] and plan is not None
    return plan


@pytest.fixture
def plans(tmp_path: Path) -> PlanRepository:
    from firstpost.core.settings import Settings
    from firstpost.core.store import open_store

    url = f"sqlite:///{tmp_path / 'workshop.sqlite3'}"
    return PlanRepository(open_store(Settings(tmp_path, url, True)))


@pytest.fixture
def workshop(plans: PlanRepository, example: Plan) -> dict[str, str]:
    """Three plans in workshop NOV26 (one nearly empty), one elsewhere, one archived."""
    ids = {
        "full": plans.create(
            example.model_copy(update={"workshop_code": "NOV26"}), "local:amara"
        ).plan_id,
        "empty": plans.create(Plan(title="Porters", workshop_code="NOV26"), "local:bo").plan_id,
        "second": plans.create(
            example.model_copy(update={"title": "Adult care pilot", "workshop_code": "NOV26"}),
            "local:cy",
        ).plan_id,
        "other": plans.create(Plan(title="Elsewhere", workshop_code="DEC26"), "local:di").plan_id,
        "archived": plans.create(Plan(title="Old", workshop_code="NOV26"), "local:ed").plan_id,
    }
    plans.archive(ids["archived"])
    return ids
