"""The planner's editing session: the plan being edited, its saved state, autosave.

No widgets here (traitlets only), so the whole editing flow, conflicts and drafts
included, is tested without a browser. Views observe `changed` and `loaded`.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from traitlets import HasTraits, Int, List, Unicode

from firstpost.core.plan import Plan, plan_from_dict, validate_plan
from firstpost.core.plan.records import ConflictError, PlanRecord
from firstpost.ui.planner.paths import get_path, set_path

APP = "planner"
NEW_PLAN_KEY = "new"
DRAFT_THROTTLE_S = 0.5


def empty_data() -> dict:
    return _data_of(Plan())


class PlannerSession(HasTraits):
    plan_id = Unicode("")
    revision = Int(0)
    changed = Int(0)  # bumps on every edit
    loaded = Int(0)  # bumps when a different plan (or version) is put in front of the user
    status = Unicode("")
    status_kind = Unicode("info")  # info | ok | warning | error
    problems = List()

    def __init__(
        self,
        repository,
        owner: str,
        validate: Callable[[Plan], list] | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.repo = repository
        self.owner = owner
        self._validate = validate or (lambda plan: validate_plan(plan, today=today()))
        self.data: dict = empty_data()
        self.conflict: ConflictError | None = None
        self._last_draft_write = 0.0
        self._pending: threading.Timer | None = None
        self._lock = threading.Lock()
        self.dirty = False
        self.revalidate()

    # ----- reading -------------------------------------------------------------------
    def get(self, path: str) -> Any:
        return get_path(self.data, path)

    def plan(self) -> Plan:
        plan, _problems = plan_from_dict(self.data)
        return plan if plan is not None else Plan()

    @property
    def title(self) -> str:
        return str(self.data.get("title") or "Untitled plan")

    # ----- editing -------------------------------------------------------------------
    def set_field(self, path: str, value: Any) -> None:
        if get_path(self.data, path) == value:
            return
        set_path(self.data, path, value)
        self._edited()

    def change_list(self, path: str, mutate: Callable[[list], None]) -> None:
        items = list(get_path(self.data, path) or [])
        mutate(items)
        set_path(self.data, path, items)
        self._edited()

    def _edited(self) -> None:
        self.dirty = True
        self.conflict = None
        self.revalidate()
        self.changed += 1
        self._autosave()

    def revalidate(self) -> None:
        plan, parse_problems = plan_from_dict(self.data)
        self.problems = parse_problems if plan is None else self._validate(plan)

    # ----- autosave ------------------------------------------------------------------
    @property
    def draft_key(self) -> str:
        return self.plan_id or NEW_PLAN_KEY

    def _draft_body(self) -> dict:
        return {
            "plan_id": self.plan_id,
            "revision": self.revision,
            "data": copy.deepcopy(self.data),
        }

    def _autosave(self) -> None:
        """Keep every change as a draft; writes are throttled, the last one always lands."""
        now = time.monotonic()
        if now - self._last_draft_write >= DRAFT_THROTTLE_S:
            self.flush_draft()
            return
        if self._pending is None:
            delay = DRAFT_THROTTLE_S - (now - self._last_draft_write)
            self._pending = threading.Timer(delay, self.flush_draft)
            self._pending.daemon = True
            self._pending.start()

    def flush_draft(self) -> None:
        with self._lock:
            if self._pending is not None:
                self._pending.cancel()
                self._pending = None
            if not self.dirty:
                return
            self.repo.save_draft(self.owner, APP, self.draft_key, self._draft_body())
            self._last_draft_write = time.monotonic()

    def _discard_draft(self) -> None:
        with self._lock:
            if self._pending is not None:
                self._pending.cancel()
                self._pending = None
            self.repo.discard_draft(self.owner, APP, self.draft_key)

    def drafts(self) -> list:
        """Unsaved work this person left behind, newest first."""
        return self.repo.list_drafts(self.owner, APP)

    # ----- loading -------------------------------------------------------------------
    def _show(self, data: dict, plan_id: str = "", revision: int = 0, dirty: bool = False) -> None:
        self.data = data
        self.plan_id = plan_id
        self.revision = revision
        self.dirty = dirty
        self.conflict = None
        self.revalidate()
        self.loaded += 1

    def new_plan(self, plan: Plan | None = None, message: str = "A new, empty plan.") -> None:
        self._show(_data_of(plan or Plan()), dirty=plan is not None)
        self.say(message)
        if plan is not None:
            self.flush_draft()

    def open(self, plan_id: str) -> None:
        record = self.repo.get(plan_id)
        self._show(_data_of(record.plan), record.plan_id, record.revision)
        self.say(f"Opened “{self.title}”.")

    def resume_draft(self, key: str) -> None:
        draft = self.repo.load_draft(self.owner, APP, key)
        if draft is None:
            self.say("That unsaved work is no longer there.", "warning")
            return
        body = draft.body
        self._show(
            dict(body.get("data") or {}),
            str(body.get("plan_id") or ""),
            int(body.get("revision") or 0),
            dirty=True,
        )
        self.say(
            f"Brought back your unsaved changes to “{self.title}”. Save when you are ready.", "ok"
        )

    def discard_draft(self, key: str) -> None:
        self.repo.discard_draft(self.owner, APP, key)

    # ----- saving --------------------------------------------------------------------
    def save(self) -> bool:
        """Save the plan; never blocked by problems, refused only by someone else's save."""
        plan = self.plan()
        try:
            if self.plan_id:
                record = self.repo.save(
                    self.plan_id, plan, expected_revision=self.revision, by=self.owner
                )
            else:
                self._discard_draft()
                record = self.repo.create(plan, owner=self.owner)
        except ConflictError as conflict:
            self.conflict = conflict
            self.say(str(conflict), "error")
            return False
        self._saved(record)
        errors = sum(1 for p in self.problems if p.severity == "error")
        note = f" {errors} thing(s) still to fix before sign-off." if errors else ""
        self.say(f"Saved “{self.title}”.{note}", "ok")
        return True

    def _saved(self, record: PlanRecord) -> None:
        old_key = self.draft_key
        self.plan_id = record.plan_id
        self.revision = record.revision
        self.dirty = False
        self.repo.discard_draft(self.owner, APP, old_key)
        self.repo.discard_draft(self.owner, APP, self.draft_key)

    def save_as_copy(self) -> None:
        """After a conflict: keep this person's version as a new plan, lose nothing."""
        data = copy.deepcopy(self.data)
        data["title"] = f"{data.get('title') or 'Untitled plan'} (my copy)"
        old_key = self.draft_key
        plan, _ = plan_from_dict(data)
        record = self.repo.create(plan or Plan(), owner=self.owner)
        self.repo.discard_draft(self.owner, APP, old_key)
        self._show(_data_of(record.plan), record.plan_id, record.revision)
        self.say(f"Saved your changes as a new plan, “{self.title}”.", "ok")

    def reload(self) -> None:
        """After a conflict: show the version someone else saved (your draft is discarded)."""
        self._discard_draft()
        self.open(self.plan_id)

    def save_version(self, note: str) -> int | None:
        if not self.save():
            return None
        number = self.repo.save_version(self.plan_id, note=note, by=self.owner)
        self.say(f"Saved version {number} of “{self.title}”.", "ok")
        return number

    def restore_version(self, number: int) -> None:
        record = self.repo.restore_version(
            self.plan_id, number, expected_revision=self.revision, by=self.owner
        )
        self._show(_data_of(record.plan), record.plan_id, record.revision)
        self.say(
            f"Restored version {number}. The plan as it was before is still in the history.", "ok"
        )

    def say(self, message: str, kind: str = "info") -> None:
        self.status_kind = kind
        self.status = message


def _data_of(plan: Plan) -> dict:
    """The plan as JSON-shaped data, the form the editor changes field by field."""
    return plan.model_dump(mode="json")
