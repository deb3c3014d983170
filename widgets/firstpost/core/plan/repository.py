"""Saving and loading plans and their saved versions.

Each method is one user action and one transaction, so a crash never leaves half a
save behind. Saves use optimistic concurrency: the caller says which revision it
started from, and if anyone saved since, the save is refused with a ConflictError
naming who and when. Two facilitators editing one plan never silently overwrite
each other's work.

The listing reads only the summary columns, never the plan bodies, so a workshop
server with thousands of plans still lists them instantly.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import text

from firstpost.core.plan.drafts import DraftStore
from firstpost.core.plan.model import Plan
from firstpost.core.plan.records import (
    ConflictError,
    Draft,
    PlanInputError,
    PlanNotFound,
    PlanRecord,
    PlanSummary,
    PlanVersion,
    RestoreReport,
    VersionInfo,
)
from firstpost.core.plan.storage import (
    NOTE_COLUMN,
    SUMMARY_COLUMNS,
    StoreBase,
    check_person,
    load_body,
)

# Who sees which plans when a whole organisation shares one database (issue #10): a
# person sees and edits their own plans, and every plan whose workshop code (ignoring
# capitals and spaces) is the code of one of their own active plans. Typing a code in
# a plan's first step is how someone joins a workshop; archiving or deleting that plan
# leaves it. Plans without a code are seen by their owner only.
VISIBLE_TO_SQL = (
    "(owner = :viewer OR (TRIM(workshop_code) <> '' AND UPPER(TRIM(workshop_code)) IN"
    " (SELECT UPPER(TRIM(mine.workshop_code)) FROM plans mine WHERE mine.owner = :viewer"
    " AND mine.status = 'active' AND TRIM(mine.workshop_code) <> '')))"
)


class PlanRepository(StoreBase):
    """The plans in one database. Create one per kernel; it holds no open connection.

    Typical use: `repo = PlanRepository(open_store())`, then `record = repo.get(id)`,
    and later `repo.save(id, new_plan, record.revision, by=user)`.
    """

    # -- plans ------------------------------------------------------------------

    def create(self, plan: Plan, owner: str) -> PlanRecord:
        """A new plan at revision 1, owned (and first saved) by `owner`."""
        check_person(owner, "owner")
        with self._writing() as conn:
            plan_id = self._insert(conn, plan, owner, owner)
            return self._record(self._row(conn, plan_id))

    def save(self, plan_id: str, plan: Plan, expected_revision: int, by: str) -> PlanRecord:
        """Replace the plan if nobody saved since `expected_revision`, else ConflictError."""
        check_person(by, "name of the person saving")
        with self._writing() as conn:
            self._update(conn, plan_id, plan, expected_revision, by)
            return self._record(self._row(conn, plan_id))

    def get(self, plan_id: str) -> PlanRecord:
        with self._engine.connect() as conn:
            return self._record(self._row(conn, plan_id))

    def list_plans(
        self,
        owner: str | None = None,
        workshop_code: str | None = None,
        search: str | None = None,
        include_archived: bool = False,
        visible_to: str | None = None,
    ) -> list[PlanSummary]:
        """Summaries, most recently changed first.

        `search` matches part of the title, the owner or the workshop code, ignoring case.
        `visible_to` keeps the plans that person may see and edit: their own, and those
        sharing a workshop code with one of their own active plans (see VISIBLE_TO_SQL).
        """
        where, params = [], {}
        if owner is not None:
            where.append("owner = :owner")
            params["owner"] = owner
        if visible_to is not None:
            where.append(VISIBLE_TO_SQL)
            params["viewer"] = visible_to
        if workshop_code is not None:
            # Teams type the code on the screen as they see fit: "nov26" is "NOV26".
            where.append("UPPER(workshop_code) = UPPER(:workshop)")
            params["workshop"] = workshop_code
        if not include_archived:
            where.append("status = 'active'")
        if search and search.strip():
            escaped = search.strip().lower().replace("\\", "\\\\")
            escaped = escaped.replace("%", "\\%").replace("_", "\\_")
            where.append(
                "(LOWER(title) LIKE :pattern ESCAPE '\\' OR LOWER(owner) LIKE :pattern ESCAPE '\\'"
                " OR LOWER(workshop_code) LIKE :pattern ESCAPE '\\')"
            )
            params["pattern"] = f"%{escaped}%"
        sql = f"SELECT {SUMMARY_COLUMNS} FROM plans"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY updated_at DESC, plan_id"
        with self._engine.connect() as conn:
            rows = conn.execute(text(sql), params).all()
        return [PlanSummary(*row) for row in rows]

    def resolve_id(self, prefix: str) -> str:
        """The full id for the start of one, so people need type only the first few characters."""
        cleaned = prefix.strip().lower()
        if not cleaned or not all(ch in "0123456789abcdef" for ch in cleaned):
            raise PlanNotFound(
                prefix, f"{prefix!r} is not a plan id (ids are letters a–f and digits)."
            )
        with self._engine.connect() as conn:
            ids = (
                conn.execute(
                    text(
                        "SELECT plan_id FROM plans WHERE plan_id LIKE :p ORDER BY plan_id LIMIT 2"
                    ),
                    {"p": f"{cleaned}%"},
                )
                .scalars()
                .all()
            )
        if not ids:
            raise PlanNotFound(prefix)
        if len(ids) > 1:
            raise PlanNotFound(
                prefix, f"More than one plan id starts with {prefix!r}; type more of it."
            )
        return ids[0]

    def duplicate(self, plan_id: str, by: str) -> PlanRecord:
        """A copy owned by `by`, titled "Copy of …"; versions are not copied."""
        check_person(by, "owner of the copy")
        with self._writing() as conn:
            original = self._record(self._row(conn, plan_id)).plan
            title = f"Copy of {original.title}" if original.title.strip() else ""
            new_id = self._insert(conn, original.model_copy(update={"title": title}), by, by)
            return self._record(self._row(conn, new_id))

    def _set_status(self, plan_id: str, status: str) -> None:
        with self._writing() as conn:
            result = conn.execute(
                text("UPDATE plans SET status = :status WHERE plan_id = :id"),
                {"status": status, "id": plan_id},
            )
            if result.rowcount != 1:
                raise PlanNotFound(plan_id)

    def archive(self, plan_id: str) -> None:
        """Hide from the usual lists without losing anything; undo with `unarchive`."""
        self._set_status(plan_id, "archived")

    def unarchive(self, plan_id: str) -> None:
        self._set_status(plan_id, "active")

    def delete(self, plan_id: str) -> None:
        """Remove the plan and its saved versions for good."""
        with self._writing() as conn:
            conn.execute(text("DELETE FROM plan_versions WHERE plan_id = :id"), {"id": plan_id})
            result = conn.execute(text("DELETE FROM plans WHERE plan_id = :id"), {"id": plan_id})
            if result.rowcount != 1:
                raise PlanNotFound(plan_id)

    # -- versions ---------------------------------------------------------------

    def save_version(self, plan_id: str, note: str, by: str) -> int:
        """Keep the plan as it is now under the next version number, with a note."""
        if len(note) > NOTE_COLUMN:
            raise PlanInputError(
                f"The version note is {len(note)} characters; keep it under {NOTE_COLUMN}."
            )
        check_person(by, "name of the person saving")
        with self._writing() as conn:
            row = self._row(conn, plan_id, lock=True)
            return self._add_version(conn, plan_id, row.body, note, by)

    def list_versions(self, plan_id: str) -> list[VersionInfo]:
        """Saved versions, newest first."""
        with self._engine.connect() as conn:
            self._row(conn, plan_id)
            rows = conn.execute(
                text(
                    "SELECT plan_id, number, note, saved_by, saved_at FROM plan_versions"
                    " WHERE plan_id = :id ORDER BY number DESC"
                ),
                {"id": plan_id},
            ).all()
        return [VersionInfo(*row) for row in rows]

    def get_version(self, plan_id: str, number: int) -> PlanVersion:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT plan_id, number, note, saved_by, saved_at, body FROM plan_versions"
                    " WHERE plan_id = :id AND number = :number"
                ),
                {"id": plan_id, "number": number},
            ).one_or_none()
        if row is None:
            raise PlanNotFound(plan_id, f"Plan {plan_id} has no saved version {number}.")
        return PlanVersion(VersionInfo(*row[:5]), load_body(plan_id, row.body))

    def restore_version(
        self, plan_id: str, number: int, expected_revision: int, by: str
    ) -> PlanRecord:
        """Make version `number` the current plan, first keeping the current one as a version.

        So a restore can itself be undone. Refused with ConflictError, like a save,
        if someone saved since `expected_revision`.
        """
        old = self.get_version(plan_id, number)
        check_person(by, "name of the person restoring")
        with self._writing() as conn:
            current = self._row(conn, plan_id, lock=True)
            if current.revision != expected_revision:
                raise ConflictError(
                    plan_id,
                    expected_revision,
                    current.revision,
                    current.updated_by,
                    current.updated_at,
                )
            self._add_version(conn, plan_id, current.body, f"Before restoring version {number}", by)
            self._update(conn, plan_id, old.plan, expected_revision, by)
            return self._record(self._row(conn, plan_id))

    # -- drafts -----------------------------------------------------------------

    @property
    def drafts(self) -> DraftStore:
        return DraftStore(self._engine, clock=self._clock)

    def save_draft(self, owner: str, app: str, key: str, body: Mapping[str, object]) -> Draft:
        """Keep unsaved work (autosave); one draft per owner, app and key."""
        return self.drafts.save(owner, app, key, body)

    def load_draft(self, owner: str, app: str, key: str) -> Draft | None:
        return self.drafts.load(owner, app, key)

    def list_drafts(self, owner: str, app: str) -> list[Draft]:
        """Someone's drafts for one app, most recent first."""
        return self.drafts.list_for(owner, app)

    def discard_draft(self, owner: str, app: str, key: str) -> bool:
        """Forget a draft; False if there was none."""
        return self.drafts.discard(owner, app, key)

    # -- backup -----------------------------------------------------------------

    def backup(self, path: Path) -> int:
        """Write every plan (archived too) and its versions to one JSON file; returns the count."""
        from firstpost.core.plan.backup import write_backup

        with self._engine.connect() as conn:
            return write_backup(conn, Path(path), self._now())

    def restore(self, path: Path, *, replace: bool = False) -> RestoreReport:
        """Bring back plans from a backup, checking the whole file before writing anything.

        Plans already in the database are left alone unless `replace` is True.
        Raises BackupError listing every problem if the file cannot be used.
        """
        from firstpost.core.plan.backup import apply_backup, read_backup

        records = read_backup(Path(path))
        with self._writing() as conn:
            return apply_backup(conn, records, replace=replace)
