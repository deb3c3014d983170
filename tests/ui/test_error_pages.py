"""When an app fails, participants read an apology in plain words, never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support.pages import serious_axe_violations
from tests.support.server import start_server

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def broken_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("broken")
    notebooks = folder / "notebooks"
    notebooks.mkdir()
    shutil.copy(ROOT / "notebooks" / "index.ipynb", notebooks / "index.ipynb")
    nb = json.loads((ROOT / "notebooks" / "index.ipynb").read_text())
    nb["cells"][-1]["source"] = "secret_value = 'hunter2'\n1 / 0"
    nb["metadata"]["title"] = "First Post - Broken"
    (notebooks / "broken.ipynb").write_text(json.dumps(nb))
    server = start_server(
        folder / "data",
        folder / "server.log",
        extra_env={"FIRSTPOST_NOTEBOOKS_DIR": str(notebooks)},
    )
    yield server
    server.stop()


def test_a_failing_app_shows_a_friendly_message(browser, broken_server):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(broken_server.app_url("broken.ipynb"), wait_until="commit")
        page.wait_for_selector("#rendered_cells", state="visible", timeout=90_000)
        expect(page.get_by_text("Sorry, this app could not open")).to_be_visible()
        content = page.content()
        for leak in ("Traceback", "ZeroDivisionError", "hunter2", "1 / 0", "executing cell"):
            assert leak not in content
        assert serious_axe_violations(page) == []
    finally:
        page.goto("about:blank")
        context.close()
    # the details are kept for whoever looks after the server
    assert "ZeroDivisionError" in broken_server.log()
