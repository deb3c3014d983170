"""Pictures of each app for the README (`make screenshots` keeps them in docs/screenshots)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from firstpost.core.apps import HOME, built_apps
from tests.support.pages import wait_for_app

APPS = [HOME, *built_apps()]


@pytest.mark.parametrize("app", APPS, ids=lambda app: app.key)
def test_screenshot_of_each_app(app, page, kit_server, tmp_path):
    folder = Path(os.environ.get("FIRSTPOST_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.goto(kit_server.app_url(app.notebook), wait_until="commit")
    wait_for_app(page)
    target = folder / f"{app.key}.png"
    page.screenshot(path=str(target), full_page=True)
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000
