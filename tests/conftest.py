"""Suite-wide safety: no test ever touches a real user's data folder or database."""

from __future__ import annotations

import pytest

# Shared fixtures: the real PostgreSQL server, and `engine` (each store test on both databases).
pytest_plugins = ["tests.postgres", "tests.support.stores"]


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path_factory, monkeypatch):
    from firstpost.core.store import reset_engines

    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("FIRSTPOST_DATA_DIR", str(folder))
    monkeypatch.delenv("FIRSTPOST_DATABASE_URL", raising=False)
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    reset_engines()
    yield folder
    reset_engines()
