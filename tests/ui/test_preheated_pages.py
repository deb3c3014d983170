"""Preheated pages (issue #9) show what is current when the visitor arrives.

A pooled kernel runs its app's notebook before anyone asks for the page. The kit
builds the app again when the visitor's browser connects (firstpost.ui.arrival), so
a plan saved after the pool filled is listed, and the page address (?episode=) is
honoured, although neither existed when the notebook ran.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import expect

from firstpost.core.identity import current_identity
from firstpost.core.plan.model import Plan
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.settings import DATABASE_FILE, Settings
from firstpost.core.store import open_store
from tests.support.pages import error_texts, wait_for_app
from tests.support.server import start_server

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

from harness.procs import cpu_seconds, kernel_children  # noqa: E402

# Home, the planner (pool of 2), the lessons and a slow stand-in: five pooled kernels,
# not the whole kit's.
NOTEBOOKS = ("index.ipynb", "planner.ipynb", "lessons.ipynb")
POOLED = 5

# In the channels app's place: an app whose build for its visitor takes 6 seconds, longer
# than the browser's 4-second wait for the widgets (a machine too busy to keep up).
SLOW_REBUILD = """
import time
import ipywidgets as widgets
from firstpost.ui import arrival
from firstpost.ui.shell import AppShell


class SlowToRebuild(AppShell):
    app_title = "Slow to rebuild"

    def build(self):
        if arrival._state["arrived"]:
            time.sleep(6)
        return [widgets.Button(description="Ready to use", button_style="primary")]


SlowToRebuild()
"""


def wait_for_pools(pid: int, timeout: float = 120.0) -> None:
    """Until every pool is full and its kernels have finished running their notebooks."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kernels = kernel_children(pid)
        if len(kernels) >= POOLED:
            pids = [pid, *kernels]
            before = sum(cpu_seconds(p) for p in pids)
            time.sleep(1.0)
            if sum(cpu_seconds(p) for p in pids) - before < 0.05:
                return
        else:
            time.sleep(0.5)
    pytest.fail(f"the pools did not fill within {timeout} s")


@pytest.fixture(scope="module")
def pooled_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pooled")
    notebooks = folder / "notebooks"
    notebooks.mkdir()
    for name in NOTEBOOKS:
        shutil.copy(REPO / "notebooks" / name, notebooks / name)
    nbformat.write(
        nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(SLOW_REBUILD)]),
        notebooks / "channels.ipynb",
    )
    server = start_server(
        folder / "data",
        folder / "server.log",
        {"FIRSTPOST_NOTEBOOKS_DIR": str(notebooks), "FIRSTPOST_PREHEAT": "all"},
    )
    try:
        wait_for_pools(server.process.pid)
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def chromium(browser):
    """The session's Chromium (tests/ui/conftest.py): one sync Playwright per process."""
    return browser


def open_page(chromium, url: str):
    context = chromium.new_context()
    context.set_default_timeout(60_000)
    page = context.new_page()
    page.goto(url, wait_until="commit")
    wait_for_app(page)
    return page


@pytest.mark.browser
def test_a_plan_saved_after_the_pool_filled_is_listed(pooled_server, chromium):
    data = Path(pooled_server.data_dir)
    settings = Settings(data, f"sqlite:///{data / DATABASE_FILE}", database_from_env=False)
    # Saved now: the pooled planner kernels ran their notebook before this plan existed.
    PlanRepository(open_store(settings)).create(
        Plan(title="Saved after the pool filled"), current_identity().key
    )

    page = open_page(chromium, pooled_server.app_url("planner.ipynb"))
    expect(page.get_by_role("button", name="Open Saved after the pool filled")).to_be_visible()
    assert error_texts(page) == []
    assert "Using pre-heated kernel" in pooled_server.log()
    page.context.close()


@pytest.mark.browser
def test_a_pooled_page_follows_its_address(pooled_server, chromium):
    page = open_page(chromium, pooled_server.app_url("lessons.ipynb", "episode=staying-safe"))
    expect(page.get_by_role("heading", name="Episode 5: Staying safe", exact=False)).to_be_visible()
    assert error_texts(page) == []
    assert "for lessons.ipynb" in pooled_server.log()
    page.context.close()


@pytest.mark.browser
def test_a_page_whose_rebuild_outlasts_the_browsers_wait_still_opens(pooled_server, chromium):
    started = time.monotonic()
    page = open_page(chromium, pooled_server.app_url("channels.ipynb"))
    expect(page.get_by_role("button", name="Ready to use")).to_be_enabled(timeout=30_000)
    assert time.monotonic() - started > 6  # the slow build really ran for this visitor
    page.get_by_role("button", name="Ready to use").click()
    assert error_texts(page) == []
    assert "for channels.ipynb" in pooled_server.log()
    page.context.close()
