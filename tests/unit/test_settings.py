"""Where data lives is predictable and can be moved."""

from pathlib import Path

from firstpost.core.settings import load_settings, redact_url


def test_data_dir_and_embedded_database_follow_the_environment(tmp_path):
    settings = load_settings({"FIRSTPOST_DATA_DIR": str(tmp_path)})
    assert settings.data_dir == tmp_path.resolve()
    assert settings.database_url == f"sqlite:///{tmp_path.resolve() / 'firstpost.sqlite3'}"
    assert settings.uses_embedded_database
    assert not settings.database_from_env


def test_default_data_dir_is_the_users_data_folder():
    settings = load_settings({})
    assert settings.data_dir.name == "firstpost"
    assert str(Path.home()) in str(settings.data_dir)


def test_database_url_overrides_the_embedded_database(tmp_path):
    url = "postgresql+psycopg://kit:pw@db.internal/firstpost"
    settings = load_settings({"FIRSTPOST_DATA_DIR": str(tmp_path), "FIRSTPOST_DATABASE_URL": url})
    assert settings.database_url == url
    assert settings.database_from_env
    assert not settings.uses_embedded_database


def test_passwords_never_printed():
    assert "pw" not in redact_url("postgresql+psycopg://kit:pw@db/firstpost")
    assert redact_url("not a url at all ::") == "<unreadable database URL>"
