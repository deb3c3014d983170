"""What the load run checks in the database afterwards (benchmarks/reliability/load.py).

A SQLite trigger copies every write to the plans table into an audit table (test
instrumentation only, never in the kit), so the database itself shows whether any save
a page saw confirmed is missing, was written with other content, or silently replaced a
version its writer never saw.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

CONFLICT_WORDS = "saved this plan at"
AUDIT = [
    "CREATE TABLE IF NOT EXISTS plan_audit (plan_id TEXT, revision INTEGER, title TEXT, body TEXT)",
    "CREATE TRIGGER IF NOT EXISTS plan_audit_insert AFTER INSERT ON plans BEGIN INSERT INTO"
    " plan_audit VALUES (new.plan_id, new.revision, new.title, new.body); END",
    "CREATE TRIGGER IF NOT EXISTS plan_audit_update AFTER UPDATE OF body ON plans BEGIN INSERT"
    " INTO plan_audit VALUES (new.plan_id, new.revision, new.title, new.body); END",
]


def server_engine(data_dir: Path):
    """The server's own database (migrated), as the kernels see it."""
    from firstpost.core.settings import DATABASE_FILE, Settings
    from firstpost.core.store import open_store

    data = Path(data_dir)
    return open_store(Settings(data, f"sqlite:///{data / DATABASE_FILE}", database_from_env=False))


def install_audit(data_dir: Path) -> None:
    from sqlalchemy import text

    with server_engine(data_dir).begin() as conn:
        for statement in AUDIT:
            conn.execute(text(statement))


def check_plans(data_dir: Path, logs: dict[str, list[dict]], reloads: int) -> dict:
    """What the database says about every save the pages made."""
    from sqlalchemy import text

    events = [e for log in logs.values() for e in log]
    confirmed = {e["token"]: e for e in events if e["outcome"] == "saved"}
    refused = [e for e in events if e["outcome"] == "conflict"]
    tokens = {e["token"] for e in events}
    with server_engine(data_dir).connect() as conn:
        audit = conn.execute(
            text("SELECT plan_id, revision, title, body FROM plan_audit ORDER BY rowid")
        ).all()
        current = dict(conn.execute(text("SELECT plan_id, title FROM plans")).all())
    ours = {row.plan_id for row in audit if row.title in tokens}
    history: dict[str, list] = {}
    for row in audit:
        if row.plan_id in ours:
            history.setdefault(row.plan_id, []).append(row)
    written: dict[str, list] = {}
    wrong_content, gaps, overwritten = [], [], []
    for plan_id, rows in history.items():
        if [r.revision for r in rows] != list(range(1, len(rows) + 1)):
            gaps.append(plan_id)
        for before, row in zip([None, *rows], rows, strict=False):
            written.setdefault(row.title, []).append(row)
            body = json.loads(row.body)
            if body.get("title") != row.title or body.get("team") != row.title:
                wrong_content.append(row.title)
            writer = confirmed.get(row.title)
            if before is not None and writer is not None and writer["base"] != before.title:
                overwritten.append({"save": row.title, "replaced": before.title})
    missing = [t for t in confirmed if len(written.get(t, [])) != 1]
    unconfirmed = [t for t in written if t in tokens and t not in confirmed]
    refused_but_written = [e["token"] for e in refused if e["token"] in written]
    final_wrong = [p for p, rows in history.items() if current.get(p) != rows[-1].title]
    return {
        "plans": len(history),
        "saves_confirmed": len(confirmed),
        "conflicts_shown": len(refused),
        "conflicts_in_words": sum(CONFLICT_WORDS in e["words"] for e in refused),
        "conflicts_text_kept": sum(e["kept"] for e in refused),
        "saves_without_answer": sum(e["outcome"] == "no answer" for e in events),
        "lost_updates": len(missing) + len(overwritten),
        "missing_confirmed_saves": missing,
        "silently_overwritten": overwritten,
        "written_with_other_content": wrong_content,
        "revision_gaps": gaps,
        "written_but_not_confirmed": unconfirmed,
        "refused_but_written": refused_but_written,
        "final_row_not_last_write": final_wrong,
        "save_seconds": summarise([e["seconds"] for e in events]),
        "pages_reloaded_after_stalling": reloads,
    }


def summarise(values: list[float]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)
    return {
        "median": round(statistics.median(ordered), 2),
        "p95": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2),
        "max": round(ordered[-1], 2),
    }
