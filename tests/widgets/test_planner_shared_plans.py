"""The planner on a shared hub database: a workshop's plans are shared, nothing else."""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from firstpost.core.plan import Plan
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.store import open_store
from firstpost.ui.planner import PlannerApp
from tests.support.widgets import button, find, page_text, walk


@pytest.fixture
def repo():
    return PlanRepository(open_store())


def descriptions(app) -> set[str]:
    return {w.description for w in walk(app) if isinstance(w, widgets.Button)}


def test_a_workshop_plan_is_listed_as_shared_and_can_be_opened_and_saved(repo):
    bens = repo.create(Plan(title="Ben porters", workshop_code="ROOM1"), "hub:ben")
    repo.create(Plan(title="Ben private"), "hub:ben")
    ana = PlannerApp(repository=repo, owner="hub:ana")
    assert "Shared in your workshops" not in page_text(ana)
    assert "Ben porters" not in page_text(ana)

    repo.create(Plan(title="Ana nurses", workshop_code="room1"), "hub:ana")
    ana = PlannerApp(repository=repo, owner="hub:ana")
    text = page_text(ana)
    assert "Shared in your workshops" in text and "by ben" in text
    assert "Ben private" not in text
    # Ana may open, change and copy Ben's plan, but not archive or delete it.
    assert {"Open Ben porters", "Duplicate Ben porters"} <= descriptions(ana)
    assert not {"Archive Ben porters", "Delete Ben porters"} & descriptions(ana)
    button(ana, "Open Ben porters").click()
    find(ana, widgets.Text, "Team").value = "Estates"
    button(ana, "Save plan").click()
    saved = repo.get(bens.plan_id)
    assert (saved.plan.team, saved.owner, saved.updated_by) == ("Estates", "hub:ben", "hub:ana")
