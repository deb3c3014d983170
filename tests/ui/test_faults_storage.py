"""A data folder that cannot be written: the planner says so plainly and keeps the text.

No browser here: the planner's session and app are driven directly, against real
SQLite refusals (a read-only connection; a read-only mounted folder when root).
The browser test of a full disk is in test_faults_server.py.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from firstpost.core.plan.repository import PlanRepository
from firstpost.core.settings import Settings
from firstpost.core.store import StoreError, open_store, reset_engines
from firstpost.core.store.engine import make_engine
from firstpost.core.store.faults import FULL, READ_ONLY, storage_fault
from firstpost.ui.planner.session import PlannerSession


def _store(folder: Path) -> Path:
    db = folder / "firstpost.sqlite3"
    open_store(Settings(folder, f"sqlite:///{db}", database_from_env=False))
    reset_engines()
    return db


def test_a_save_refused_by_a_read_only_database_is_explained_and_the_text_kept(tmp_path):
    db = _store(tmp_path)
    engine = make_engine(f"sqlite:///file:{db}?mode=ro&uri=true")
    try:
        session = PlannerSession(PlanRepository(engine), "local:tester")
        session.set_field("title", "Read-only pilot")
        session.flush_draft()
        assert session.status_kind == "error"
        assert "could not be saved" in session.status and "read-only" in session.status

        assert session.save() is False
        assert session.status_kind == "error"
        assert session.status.startswith("“Read-only pilot” could not be saved:")
        assert "cannot be written to (it is read-only)" in session.status
        assert "Everything you typed is still on this page" in session.status
        assert "Traceback" not in session.status
        assert session.get("title") == "Read-only pilot" and session.dirty
    finally:
        engine.dispose()


def test_storage_faults_are_told_apart_from_other_errors(tmp_path):
    import sqlite3

    db = _store(tmp_path)
    readonly = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as refused:
        readonly.execute("CREATE TABLE t (x)")
    readonly.close()
    assert storage_fault(refused.value) == READ_ONLY
    assert storage_fault(OSError(28, "No space left on device")) == FULL
    assert storage_fault(ValueError("a bug")) is None
    assert storage_fault(RuntimeError("wrapped")) is None


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder holding a kit database, then remounted read-only (needs root)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a read-only filesystem needs root")
    folder = tmp_path / "ro"
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], check=True)
    try:
        _store(folder)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        reset_engines()
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_an_app_that_cannot_open_its_store_shows_a_plain_message(read_only_folder, monkeypatch):
    from firstpost.ui.planner.app import PlannerApp
    from tests.support.widgets import page_text

    monkeypatch.setenv("FIRSTPOST_DATA_DIR", str(read_only_folder))
    monkeypatch.delenv("FIRSTPOST_DATABASE_URL", raising=False)
    reset_engines()
    with pytest.raises(StoreError) as refused:
        open_store()
    assert "First Post cannot open its database" in str(refused.value)
    assert str(read_only_folder) in str(refused.value)

    app = PlannerApp(owner="local:tester")
    text = page_text(app)
    assert "Plan a pilot" in text and "could not open" in text
    assert "Traceback" not in text and "sqlite" not in text.lower()
