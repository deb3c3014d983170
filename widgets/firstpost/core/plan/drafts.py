"""Autosaved drafts: unsaved work kept per person, app and key.

A kernel can die (a closed laptop lid, a restarted server) at any moment in a
workshop. The apps save what is on screen here every few seconds, and offer it back
when the person returns. Drafts are free-form JSON because each app keeps its own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import text

from firstpost.core.plan.records import Draft, PlanInputError
from firstpost.core.plan.storage import (
    APP_COLUMN,
    DRAFT_KEY_COLUMN,
    MAX_DRAFT_BYTES,
    StoreBase,
    check_person,
)


class DraftStore(StoreBase):
    def save(self, owner: str, app: str, key: str, body: Mapping[str, object]) -> Draft:
        check_person(owner, "draft's owner")
        if not app or len(app) > APP_COLUMN or not key or len(key) > DRAFT_KEY_COLUMN:
            raise PlanInputError(
                f"A draft needs an app name (up to {APP_COLUMN} characters) and a key "
                f"(up to {DRAFT_KEY_COLUMN})."
            )
        data = json.dumps(dict(body), ensure_ascii=False, sort_keys=True, default=str)
        if len(data.encode("utf-8")) > MAX_DRAFT_BYTES:
            raise PlanInputError("This draft is over 2 MB, too big to autosave. Shorten the text.")
        now = self._now()
        with self._writing() as conn:
            conn.execute(
                text(
                    "INSERT INTO drafts (owner, app, draft_key, body, updated_at)"
                    " VALUES (:owner, :app, :key, :body, :now)"
                    " ON CONFLICT (owner, app, draft_key)"
                    " DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at"
                ),
                {"owner": owner, "app": app, "key": key, "body": data, "now": now},
            )
        return Draft(owner, app, key, json.loads(data), now)

    def load(self, owner: str, app: str, key: str) -> Draft | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT body, updated_at FROM drafts"
                    " WHERE owner = :owner AND app = :app AND draft_key = :key"
                ),
                {"owner": owner, "app": app, "key": key},
            ).one_or_none()
        if row is None:
            return None
        return Draft(owner, app, key, json.loads(row.body), row.updated_at)

    def list_for(self, owner: str, app: str) -> list[Draft]:
        """Someone's drafts for one app, newest first, to offer "carry on where you left off"."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT draft_key, body, updated_at FROM drafts"
                    " WHERE owner = :owner AND app = :app ORDER BY updated_at DESC, draft_key"
                ),
                {"owner": owner, "app": app},
            ).all()
        return [
            Draft(owner, app, row.draft_key, json.loads(row.body), row.updated_at) for row in rows
        ]

    def discard(self, owner: str, app: str, key: str) -> bool:
        with self._writing() as conn:
            result = conn.execute(
                text("DELETE FROM drafts WHERE owner = :owner AND app = :app AND draft_key = :key"),
                {"owner": owner, "app": app, "key": key},
            )
            return result.rowcount == 1
