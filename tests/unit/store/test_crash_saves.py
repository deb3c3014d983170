"""`kill -9` in the middle of saving: the database opens cleanly and nothing committed is lost.

A workshop server can be killed at any moment (a laptop lid, an out-of-memory killer,
someone pulling the plug). A separate process saves a plan and a version in a loop
and reports each commit on its stdout only after the commit returned; it is killed
with SIGKILL at a random moment, mid-transaction more often than not. Then the store
is opened afresh and every reported version must be there and readable, on SQLite
and on the real PostgreSQL.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from sqlalchemy import text

from firstpost.core.plan.model import Plan
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.store.engine import make_engine
from firstpost.core.store.migrations import upgrade

WRITER = """
import sys
from firstpost.core.plan.model import Plan
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.settings import Settings
from firstpost.core.store import open_store
from pathlib import Path

url = sys.argv[1]
repo = PlanRepository(open_store(Settings(Path("."), url, database_from_env=True)))
record = repo.create(Plan(title="crash 0"), owner="local:writer")
revision = record.revision
n = 0
while True:
    n += 1
    record = repo.save(record.plan_id, Plan(title=f"crash {n}", team="x" * 2000), revision,
                       by="local:writer")
    revision = record.revision
    number = repo.save_version(record.plan_id, note=f"note {n}", by="local:writer")
    print(record.plan_id, revision, number, n, flush=True)
"""


def kill_mid_save(url: str, seed: int) -> list[tuple[str, int, int, int]]:
    """Run the writer, SIGKILL it at a random moment, return the commits it reported."""
    rng = random.Random(seed)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, url], stdout=subprocess.PIPE, text=True
    )
    try:
        first = writer.stdout.readline()
        assert first, "the writer process reported no commit"
        time.sleep(rng.uniform(0.2, 1.2))  # a random moment, not a line boundary
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    reported = [first, *writer.stdout.read().splitlines()]
    commits = []
    for line in reported:
        parts = line.split()
        if len(parts) == 4:  # a line cut short by the kill was never a completed report
            commits.append((parts[0], int(parts[1]), int(parts[2]), int(parts[3])))
    return commits


def test_every_reported_save_survives_kill_9(engine):
    url = engine.url.render_as_string(hide_password=False)
    seed = random.randrange(1_000_000)
    commits = kill_mid_save(url, seed)
    assert len(commits) >= 1, f"seed {seed}: nothing was committed before the kill"

    fresh = make_engine(url)  # a new connection pool: what a restarted server opens
    try:
        if fresh.dialect.name == "sqlite":
            with fresh.connect() as conn:
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        upgrade(fresh)  # the start-up path: migrations find a consistent schema
        repo = PlanRepository(fresh)
        plan_id = commits[0][0]
        current = repo.get(plan_id)
        last_revision = commits[-1][1]
        # The kill may land after a commit and before its report: never less than reported.
        assert current.revision >= last_revision, f"seed {seed}"
        assert current.plan.title.startswith("crash ")
        for _plan_id, _revision, number, n in commits:
            version = repo.get_version(plan_id, number)
            assert version.plan.title == f"crash {n}", f"seed {seed}: version {number}"
            assert version.info.note == f"note {n}"
        numbers = [v.number for v in repo.list_versions(plan_id)]
        assert numbers == sorted(set(numbers), reverse=True)  # no duplicate, no gap in order
        # And the store still takes writes after the crash.
        record = repo.save(plan_id, Plan(title="after the crash"), current.revision, by="local:x")
        assert repo.get(plan_id).plan.title == "after the crash" == record.plan.title
    finally:
        fresh.dispose()
