"""A pooled page is rebuilt for its visitor (firstpost.ui.arrival), tested without a browser.

With FIRSTPOST_PREHEAT=all a kernel runs its app before anyone asks; when the visitor's
browser connects the app is built again with their query string and the data as it is
then. The browser journeys are in tests/ui/test_preheated_pages.py.
"""

from __future__ import annotations

import pytest

from firstpost.core.identity import current_identity
from firstpost.core.plan.model import Plan
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.store import open_store


@pytest.fixture
def pooled_kernel(monkeypatch):
    """This process as a pooled kernel: preheated, no browser yet, the request on call."""
    import firstpost.ui.arrival as arrival

    monkeypatch.setenv("VOILA_PREHEAT", "True")
    monkeypatch.setenv("FIRSTPOST_PREHEAT", "all")
    monkeypatch.delenv("QUERY_STRING", raising=False)
    monkeypatch.setattr(arrival, "_state", {"arrived": False, "installed": True})
    monkeypatch.setattr(arrival, "_waiting", [])
    monkeypatch.setattr(arrival, "_browser_connected", lambda: False)
    requests: dict[str, str] = {}

    def read_request() -> None:
        monkeypatch.setenv("QUERY_STRING", requests.get("query", ""))

    monkeypatch.setattr(arrival, "_read_request", read_request)
    return arrival, requests


def test_the_app_is_rebuilt_for_its_visitor_without_a_browser(pooled_kernel):
    from firstpost.ui.lessons import LessonsApp
    from firstpost.ui.planner import PlannerApp
    from tests.support.widgets import page_text

    arrival, requests = pooled_kernel
    planner = PlannerApp()
    lessons = LessonsApp()
    before = set(planner.children)
    assert "Episode 5: Staying safe" not in page_text(lessons)
    repo = PlanRepository(open_store())
    repo.create(Plan(title="Saved while the page waited"), current_identity().key)
    requests["query"] = "episode=staying-safe"

    arrival.arrive()

    assert "Saved while the page waited" in page_text(planner)
    assert "Episode 5: Staying safe" in page_text(lessons)
    # The build made in advance is closed (nothing left watching it), the new one open.
    assert all(widget.comm is None for widget in before)
    assert all(widget.comm is not None for widget in planner.children)


def test_an_ordinary_kernel_builds_once(monkeypatch):
    import firstpost.ui.arrival as arrival

    monkeypatch.delenv("VOILA_PREHEAT", raising=False)
    monkeypatch.setattr(arrival, "_waiting", [])
    assert arrival.when_visitor_arrives(lambda: None) is False
    assert arrival._waiting == []
