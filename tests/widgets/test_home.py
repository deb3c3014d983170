"""Home, built without a browser or kernel: what a participant would read."""

from __future__ import annotations

import ipywidgets as widgets

from firstpost.core import apps
from firstpost.ui import home
from firstpost.ui.home import HomeApp
from firstpost.ui.shell import AppShell


def _html(app: widgets.Widget) -> str:
    return "".join(child.value for child in app.children if isinstance(child, widgets.HTML))


def test_home_explains_the_kit_and_links_only_built_apps(tmp_path, monkeypatch):
    (tmp_path / "planner.ipynb").write_text("{}")
    monkeypatch.setattr(apps, "notebooks_dir", lambda: tmp_path)
    page = _html(HomeApp())
    assert "<h1>First Post</h1>" in page
    assert 'href="planner.ipynb"' in page
    assert "Pilot-planning workshop" in page
    # settings with no built app are left out rather than shown empty
    assert "Monthly social media surgery" not in page
    for app in apps.APPS:
        if app.key != "planner":
            assert f'href="{app.notebook}"' not in page


def test_home_groups_each_app_under_every_setting_it_serves(tmp_path, monkeypatch):
    for name in ("planner.ipynb", "post_checker.ipynb"):
        (tmp_path / name).write_text("{}")
    monkeypatch.setattr(apps, "notebooks_dir", lambda: tmp_path)
    page = home.home_html()
    surgery = page.split("Monthly social media surgery")[1].split("</li></ul></li>")[0]
    assert "post_checker.ipynb" in surgery and "planner.ipynb" not in surgery
    assert page.count('href="planner.ipynb"') == 2  # workshop and self-paced


def test_a_failing_app_shows_words_not_a_traceback(caplog):
    class Broken(AppShell):
        app_title = "Broken app"

        def build(self):
            raise RuntimeError("database exploded")

    app = Broken()
    page = _html(app)
    assert "could not open" in page
    assert "database exploded" not in page
    assert 'href="index.ipynb"' in page
    assert "database exploded" in caplog.text
