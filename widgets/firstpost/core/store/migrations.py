"""Versioned schema migrations, so upgrading the kit never loses saved work.

Each module in `versions/` is named `vNNNN_what.py` and has `upgrade(conn)`. They run
in order, each in the same transaction as the row that records it, under a lock, so
two kernels starting together cannot both apply a step. Never edit a released step:
add a new one.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from datetime import UTC, datetime
from types import ModuleType

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from firstpost.core.settings import redact_url
from firstpost.core.store.engine import StoreError

VERSION_TABLE = "firstpost_schema"
_PG_LOCK_KEY = 0x46505354  # "FPST": any constant shared by all kit processes


@dataclass(frozen=True)
class Step:
    version: int
    name: str
    module: ModuleType


def steps() -> list[Step]:
    from firstpost.core.store import versions

    found = []
    for info in pkgutil.iter_modules(versions.__path__):
        if not info.name.startswith("v"):
            continue
        number, _, name = info.name[1:].partition("_")
        module = importlib.import_module(f"{versions.__name__}.{info.name}")
        found.append(Step(int(number), name, module))
    found.sort(key=lambda step: step.version)
    numbers = [step.version for step in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration versions must run 1..N without gaps, found {numbers}")
    return found


def head_version() -> int:
    return len(steps())


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table(VERSION_TABLE):
        return 0
    value = conn.execute(text(f"SELECT MAX(version) FROM {VERSION_TABLE}")).scalar()
    return int(value or 0)


def schema_version(engine: Engine) -> int:
    with engine.connect() as conn:
        return current_version(conn)


def upgrade(engine: Engine, target: int | None = None) -> int:
    """Apply every step above the database's version (up to `target`); return the version."""
    all_steps = steps()
    target = len(all_steps) if target is None else target
    try:
        with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
            conn.execute(
                text(
                    f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} ("
                    "version INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                    "applied_at VARCHAR(40) NOT NULL)"
                )
            )
            version = current_version(conn)
            if version > len(all_steps):
                raise StoreError(
                    f"The database at {redact_url(str(engine.url))} was written by a newer "
                    f"First Post (schema {version}; this one knows {len(all_steps)}). "
                    "Upgrade the kit: pip install --upgrade firstpost."
                )
            for step in all_steps[version:target]:
                step.module.upgrade(conn)
                conn.execute(
                    text(
                        f"INSERT INTO {VERSION_TABLE} (version, name, applied_at) VALUES (:v, :n, :t)"
                    ),
                    {"v": step.version, "n": step.name, "t": datetime.now(UTC).isoformat()},
                )
                version = step.version
            return version
    except StoreError:
        raise
    except OperationalError as error:
        raise StoreError(_explain(engine, error)) from error
    except SQLAlchemyError as error:
        raise StoreError(
            f"The database at {redact_url(str(engine.url))} could not be prepared: {error.orig or error}."
        ) from error


def _explain(engine: Engine, error: OperationalError) -> str:
    message = str(error.orig or error)
    where = redact_url(str(engine.url))
    lowered = message.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return (
            f"The database {where} is read-only. Give yourself write access to the data "
            "folder, or choose another with --data-dir."
        )
    if "disk" in lowered and "full" in lowered:
        return f"The disk holding {where} is full. Free some space, then try again."
    if "unable to open" in lowered:
        return (
            f"The database {where} cannot be opened. Check the data folder exists and is writable."
        )
    if "connection" in lowered or "could not connect" in lowered:
        return (
            f"Cannot reach the database server at {where}. Check it is running and that "
            "FIRSTPOST_DATABASE_URL is right."
        )
    return f"The database {where} could not be used: {message}."
