"""Home links exactly the apps that exist."""

from firstpost.core.apps import APPS, SETTINGS, apps_for_setting, built_apps


def test_only_apps_with_a_notebook_are_built(tmp_path):
    (tmp_path / "planner.ipynb").write_text("{}")
    assert [app.key for app in built_apps(tmp_path)] == ["planner"]
    assert apps_for_setting("surgery", tmp_path) == []
    assert [a.key for a in apps_for_setting("workshop", tmp_path)] == ["planner"]


def test_every_app_serves_a_known_setting():
    keys = {setting.key for setting in SETTINGS}
    for app in APPS:
        assert app.settings and set(app.settings) <= keys, app.key
