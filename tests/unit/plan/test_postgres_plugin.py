"""The PostgreSQL test server fails loudly, never skips, when it cannot run."""

from __future__ import annotations

import pytest

import tests.postgres as plugin


def test_missing_binaries_fail_the_fixture_with_the_install_command(tmp_path, monkeypatch):
    monkeypatch.setenv(plugin.BIN_ENV, str(tmp_path))  # a folder without initdb
    monkeypatch.setattr(plugin, "_shared", None)
    monkeypatch.setattr(plugin, "_users", 0)
    assert plugin.find_bin_dir() is None
    with pytest.raises(pytest.fail.Exception, match="apt-get install -y postgresql"):
        plugin._acquire()


def test_the_newest_installed_version_is_found_without_hard_coding(monkeypatch):
    monkeypatch.delenv(plugin.BIN_ENV, raising=False)
    found = plugin.find_bin_dir()
    assert found is not None and (found / "initdb").is_file()


@pytest.mark.postgres
def test_each_test_gets_its_own_empty_database(postgres_database_url, postgres_url):
    from sqlalchemy import create_engine, text

    assert postgres_database_url != postgres_url
    engine = create_engine(postgres_database_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT current_database()")).scalar().startswith("test_")
        tables = conn.execute(
            text("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")
        ).scalar()
    engine.dispose()
    assert tables == 0
