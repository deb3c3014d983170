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
    waiting = set(planner.children)
    # Until the browser has connected, the page is one line: the app is on its way.
    assert f"Opening {planner.app_title}…" in page_text(planner)
    assert "Save plan" not in page_text(planner)
    assert "Episode 5: Staying safe" not in page_text(lessons)
    repo = PlanRepository(open_store())
    repo.create(Plan(title="Saved while the page waited"), current_identity().key)
    requests["query"] = "episode=staying-safe"

    arrival.arrive()

    assert "Saved while the page waited" in page_text(planner)
    assert "Episode 5: Staying safe" in page_text(lessons)
    # The "Opening…" line is closed, the visitor's build open.
    assert all(widget.comm is None for widget in waiting)
    assert all(widget.comm is not None for widget in planner.children)
    # What the visitor's app later does to itself reaches the page (the surgery swaps
    # its whole page when a member of staff joins a session).
    import ipywidgets as widgets

    replacement = widgets.HTML("A new page")
    planner._visitor_app.children = (replacement,)
    assert planner.children == (replacement,)


def test_an_ordinary_kernel_builds_once(monkeypatch):
    import firstpost.ui.arrival as arrival

    monkeypatch.delenv("VOILA_PREHEAT", raising=False)
    monkeypatch.setattr(arrival, "_waiting", [])
    assert arrival.when_visitor_arrives(lambda: None) is False
    assert arrival._waiting == []


class _ControlComm:
    """The browser's end of the widget control channel, as the kernel sees it."""

    def __init__(self) -> None:
        self.sent: list[dict] = []
        self.handler = None

    def on_msg(self, handler) -> None:  # type: ignore[no-untyped-def]
        self.handler = handler

    def send(self, data, buffers=None) -> None:  # type: ignore[no-untyped-def]
        self.sent.append(data)


def test_the_browser_gets_its_answer_before_a_slow_rebuild(pooled_kernel, monkeypatch):
    """The browser waits 4 s for the widgets, then the page never draws: answer first."""
    from ipywidgets import Widget

    from firstpost.ui.planner import PlannerApp
    from tests.support.widgets import page_text

    arrival, _ = pooled_kernel
    monkeypatch.setattr(Widget, "_control_comm", None)
    planner = PlannerApp()
    order: list[str] = []
    arrival._waiting.append(lambda: order.append("rebuilt"))
    comm = _ControlComm()

    arrival._control_opened(comm, {"metadata": {"version": "1.0.0"}})
    assert order == []  # nothing rebuilt on the comm's opening alone
    comm.handler({"content": {"data": {"method": "request_states"}}})

    answer = comm.sent[0]
    assert answer["method"] == "update_states"
    shown = " ".join(str(state["state"].get("value", "")) for state in answer["states"].values())
    assert f"Opening {planner.app_title}…" in shown
    assert order[-1] == "rebuilt"  # after the answer, not before
    assert "My plans" in page_text(planner) and "Opening" not in page_text(planner)
