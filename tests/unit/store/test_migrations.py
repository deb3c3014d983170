"""Upgrading the kit never loses saved work, and old kits refuse newer databases."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import text

from firstpost.core.settings import load_settings
from firstpost.core.store import StoreError, open_store
from firstpost.core.store.engine import make_engine
from firstpost.core.store.migrations import head_version, schema_version, steps, upgrade


def test_new_database_is_created_at_the_latest_schema(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert upgrade(engine) == head_version() == len(steps())
    assert schema_version(engine) == head_version()


def test_upgrade_from_first_schema_keeps_existing_people(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = make_engine(url)
    assert upgrade(old, target=1) == 1
    with old.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO people VALUES ('local:ana', 'Ana', 'local', '2025-01-01', '2025-01-02')"
            )
        )
    old.dispose()

    engine = make_engine(url)
    assert upgrade(engine) == head_version()
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT person_key, display_name FROM people")).all()
        plans = conn.execute(text("SELECT COUNT(*) FROM plans")).scalar()
    assert rows == [("local:ana", "Ana")]
    assert plans == 0


def test_upgrading_twice_changes_nothing(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'twice.sqlite3'}")
    upgrade(engine)
    upgrade(engine)
    with engine.connect() as conn:
        versions = conn.execute(text("SELECT version FROM firstpost_schema")).scalars().all()
    assert versions == list(range(1, head_version() + 1))


def test_a_database_from_a_newer_kit_is_refused_with_advice(tmp_path):
    path = tmp_path / "newer.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO firstpost_schema VALUES (:v, 'future', '2030-01-01')"),
            {"v": head_version() + 1},
        )
    with pytest.raises(StoreError, match="newer First Post"):
        upgrade(engine)


def test_kernels_starting_together_apply_each_step_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'race.sqlite3'}"
    errors: list[BaseException] = []

    def start() -> None:
        try:
            upgrade(make_engine(url))
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=start) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    rows = (
        sqlite3.connect(tmp_path / "race.sqlite3")
        .execute("SELECT version FROM firstpost_schema ORDER BY version")
        .fetchall()
    )
    assert [r[0] for r in rows] == list(range(1, head_version() + 1))


def test_read_only_data_folder_gives_a_plain_message(tmp_path, monkeypatch):
    import os

    if os.geteuid() == 0:
        # root ignores file permissions; simulate with a path under a regular file instead
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("x")
        monkeypatch.setenv("FIRSTPOST_DATA_DIR", str(blocker / "data"))
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
        monkeypatch.setenv("FIRSTPOST_DATA_DIR", str(folder / "data"))
    with pytest.raises(StoreError) as caught:
        open_store(load_settings())
    assert "--data-dir" in str(caught.value)


def test_unreachable_server_is_explained(monkeypatch):
    monkeypatch.setenv(
        "FIRSTPOST_DATABASE_URL", "postgresql+psycopg://nobody:secret@127.0.0.1:9/none"
    )
    with pytest.raises(StoreError) as caught:
        open_store(load_settings())
    message = str(caught.value)
    assert "Cannot reach the database server" in message
    assert "secret" not in message
