"""Pilot plans: current state, saved versions and autosaved drafts.

`revision` supports optimistic concurrency: a save names the revision it started
from and fails if someone else saved since, so nothing is silently overwritten.
Plan bodies are JSON text, validated by the plan model before every write, so the
model can grow without a schema step per field.
"""

from sqlalchemy import Connection, text


def upgrade(conn: Connection) -> None:
    conn.execute(
        text(
            "CREATE TABLE plans ("
            " plan_id VARCHAR(40) PRIMARY KEY,"
            " owner VARCHAR(200) NOT NULL,"
            " title VARCHAR(300) NOT NULL,"
            " workshop_code VARCHAR(40) NOT NULL DEFAULT '',"
            " status VARCHAR(20) NOT NULL DEFAULT 'active',"
            " revision INTEGER NOT NULL DEFAULT 1,"
            " body TEXT NOT NULL,"
            " created_at VARCHAR(40) NOT NULL,"
            " updated_at VARCHAR(40) NOT NULL,"
            " updated_by VARCHAR(200) NOT NULL)"
        )
    )
    conn.execute(text("CREATE INDEX plans_owner ON plans (owner, status, updated_at)"))
    conn.execute(text("CREATE INDEX plans_workshop ON plans (workshop_code)"))
    conn.execute(
        text(
            "CREATE TABLE plan_versions ("
            " plan_id VARCHAR(40) NOT NULL REFERENCES plans (plan_id) ON DELETE CASCADE,"
            " number INTEGER NOT NULL,"
            " note VARCHAR(500) NOT NULL DEFAULT '',"
            " saved_by VARCHAR(200) NOT NULL,"
            " saved_at VARCHAR(40) NOT NULL,"
            " body TEXT NOT NULL,"
            " PRIMARY KEY (plan_id, number))"
        )
    )
    conn.execute(
        text(
            "CREATE TABLE drafts ("
            " owner VARCHAR(200) NOT NULL,"
            " app VARCHAR(40) NOT NULL,"
            " draft_key VARCHAR(80) NOT NULL,"
            " body TEXT NOT NULL,"
            " updated_at VARCHAR(40) NOT NULL,"
            " PRIMARY KEY (owner, app, draft_key))"
        )
    )
