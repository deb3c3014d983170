"""A private PostgreSQL server for the test session (a pytest plugin module).

Workshops run the kit on PostgreSQL, so store tests must run against the real
thing, not only SQLite. This starts a throw-away cluster on a free local port, owned
by the `postgres` system account when the tests run as root (initdb refuses root),
and stops it at the end of the session.

Missing PostgreSQL binaries FAIL the tests that need them, with the command to
install them: a skipped database test in CI looks like a pass and proves nothing.

Fixtures:
    postgres_server        session-wide server (host, port, helpers)
    postgres_url           URL of the session's `firstpost` database
    postgres_database_url  URL of a fresh, empty database for one test, dropped after

Register with `pytest_plugins = ["tests.postgres"]` in tests/conftest.py.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

BIN_ENV = "FIRSTPOST_TEST_PG_BIN"  # a folder holding initdb and pg_ctl, to override the search
SERVICE_USER = "postgres"
INSTALL_HINT = (
    "Install PostgreSQL's server programs (Debian/Ubuntu: apt-get install -y postgresql), "
    f"or set {BIN_ENV} to the folder holding initdb and pg_ctl."
)


def find_bin_dir() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian keeps one per major version)."""
    override = os.environ.get(BIN_ENV, "").strip()
    if override:
        return Path(override) if (Path(override) / "initdb").is_file() else None

    def version(folder: str) -> tuple[int, ...]:
        found = re.search(r"postgresql/([\d.]+)/bin", folder)
        return tuple(int(part) for part in found.group(1).split(".")) if found else (0,)

    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True):
        if Path(folder, "initdb").is_file() and Path(folder, "pg_ctl").is_file():
            return Path(folder)
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """One cluster in a temporary folder; `start()` then `stop()` (safe to call twice)."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="firstpost-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sock"
        self.log = self.root / "server.log"
        self.port = 0
        self.running = False

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        argv = [str(self.bin_dir / command[0]), *command[1:]]
        if os.geteuid() == 0:
            argv = ["su", SERVICE_USER, "-s", "/bin/sh", "-c", shlex.join(argv)]
        return subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)

    def _fail(self, what: str, result: subprocess.CompletedProcess[str]) -> None:
        log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
        pytest.fail(
            f"PostgreSQL test server: {what} failed (exit {result.returncode}).\n"
            f"{result.stdout}{result.stderr}\n{log}",
            pytrace=False,
        )

    def start(self) -> None:
        self.sockets.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, SERVICE_USER, SERVICE_USER)
            shutil.chown(self.sockets, SERVICE_USER, SERVICE_USER)
        result = self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        if result.returncode != 0:
            self._fail("initdb", result)
        for _attempt in range(3):  # another process may take the free port first
            self.port = _free_port()
            options = (
                f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            result = self._run(
                "pg_ctl",
                "-D",
                str(self.data),
                "-l",
                str(self.log),
                "-o",
                options,
                "-w",
                "-t",
                "30",
                "start",
            )
            if result.returncode == 0:
                self.running = True
                break
        else:
            self._fail("pg_ctl start", result)
        self.create_database("firstpost")

    def stop(self) -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
            self.running = False
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "firstpost") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)

    def create_database(self, name: str) -> str:
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# One server per process, even if the fixtures are registered twice (as a plugin and
# imported into a conftest): a second cluster would only slow the run down.
_shared: PostgresServer | None = None
_users = 0


def _acquire() -> PostgresServer:
    global _shared, _users
    if _shared is None:
        bin_dir = find_bin_dir()
        if bin_dir is None:
            pytest.fail(f"PostgreSQL's initdb was not found. {INSTALL_HINT}", pytrace=False)
        if os.geteuid() == 0:
            try:
                import pwd

                pwd.getpwnam(SERVICE_USER)
            except KeyError:
                pytest.fail(
                    f"Tests run as root but there is no '{SERVICE_USER}' account for "
                    f"initdb to run as. {INSTALL_HINT}",
                    pytrace=False,
                )
        server = PostgresServer(bin_dir)
        atexit.register(server.stop)  # if the session dies before its finaliser runs
        try:
            server.start()
        except BaseException:
            server.stop()
            raise
        _shared = server
    _users += 1
    return _shared


def _release() -> None:
    global _shared, _users
    _users -= 1
    if _users == 0 and _shared is not None:
        _shared.stop()
        _shared = None


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = _acquire()
    try:
        yield server
    finally:
        _release()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    return postgres_server.url("firstpost")


@pytest.fixture
def postgres_database_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new empty database for one test; engines are released before it is dropped."""
    from firstpost.core.store import reset_engines

    name = f"test_{uuid.uuid4().hex[:16]}"
    url = postgres_server.create_database(name)
    try:
        yield url
    finally:
        reset_engines()
        with contextlib.suppress(Exception):
            postgres_server.drop_database(name)
