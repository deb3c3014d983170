"""Engines per database URL, tuned for many kernels sharing one SQLite file.

Every app page is its own kernel process, so in a workshop twenty processes may
write to the same file. WAL journalling lets readers carry on while one writes, and
the busy timeout makes a writer wait its turn instead of failing.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from firstpost.core.settings import Settings, load_settings, redact_url

BUSY_TIMEOUT_MS = 15_000

_engines: dict[str, Engine] = {}
_lock = threading.Lock()


class StoreError(Exception):
    """The database cannot be used; the message says why and what to do."""


def _sqlite_engine(url: str) -> Engine:
    parsed = make_url(url)
    is_uri = parsed.query.get("uri") == "true"  # "file:...?mode=ro": an existing file
    if parsed.database and parsed.database != ":memory:" and not is_uri:
        folder = Path(parsed.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"The data folder {folder} cannot be created ({error.strerror}). "
                "Choose another with --data-dir or FIRSTPOST_DATA_DIR."
            ) from error
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions start (the
        # documented recipe), so BEGIN IMMEDIATE can be asked for where needed.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def make_engine(url: str) -> Engine:
    """A new engine for `url`; prefer `open_store`, which caches and migrates."""
    try:
        backend = make_url(url).get_backend_name()
    except Exception as error:
        raise StoreError(
            f"The database URL {redact_url(url)} is not valid: {error}. "
            "Use e.g. postgresql+psycopg://user:password@host/dbname."
        ) from error
    if backend == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2)


def open_store(settings: Settings | None = None) -> Engine:
    """The engine for the configured database, schema brought up to date once per process."""
    from firstpost.core.store.migrations import upgrade

    settings = settings or load_settings()
    url = settings.database_url
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = make_engine(url)
            try:
                upgrade(engine)
            except Exception as error:
                engine.dispose()
                raise _unusable(error, settings) from error
            _engines[url] = engine
    return engine


def _unusable(error: Exception, settings: Settings) -> Exception:
    """A full disk or read-only folder at start-up, in words; other errors unchanged."""
    from firstpost.core.store.faults import FAULT_MESSAGES, storage_fault

    kind = storage_fault(error)
    if kind is None:
        return error
    where = (
        f"the data folder {settings.data_dir}"
        if settings.uses_embedded_database
        else f"the database {redact_url(settings.database_url)}"
    )
    return StoreError(
        f"First Post cannot open its database: {FAULT_MESSAGES[kind]} ({where}). "
        "Free some space or make the folder writable, or choose another folder with "
        "--data-dir or FIRSTPOST_DATA_DIR."
    )


def reset_engines() -> None:
    """Forget cached engines (tests that switch databases, and after a fork)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
