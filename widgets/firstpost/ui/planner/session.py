"""The planner's editing session: the plan being edited, its saved state, autosave.

No widgets here (traitlets only), so the whole editing flow, conflicts and drafts
included, is tested without a browser. Views observe `changed` and `loaded`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from traitlets import HasTraits, Int, List, Unicode

from firstpost.core.plan import Plan, plan_from_dict, validate_plan
from firstpost.core.plan.problems import STAGES, Problem, stage_of
from firstpost.core.plan.records import (
    ConflictError,
    PlanNotFound,
    PlanRecord,
    describe_time,
)
from firstpost.core.plan.storage import NOTE_COLUMN
from firstpost.core.plan.validation import size_problem
from firstpost.core.store.faults import save_failed_message
from firstpost.ui.planner.autosave import APP, Autosave
from firstpost.ui.planner.paths import get_path, set_path

# Titles are shown in messages and buttons; a pasted page of text must not flood them.
SHOWN_TITLE_LIMIT = 80
_ITEM = re.compile(r"^\[(\d+)\](.*)$")


def empty_data() -> dict:
    return _data_of(Plan())


class PlannerSession(Autosave, HasTraits):
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
        # Text typed into a number field that is not a number, by field path. The plan
        # holds no value there, so what is saved never differs from what is on screen
        # unnoticed; the text itself is kept (and autosaved) so nothing typed is lost.
        self.unparsed: dict[str, str] = {}
        self.conflict: ConflictError | PlanNotFound | None = None
        self._init_autosave()
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
        return str(self.data.get("title") or "").strip() or "Untitled plan"

    @property
    def short_title(self) -> str:
        """The title for messages: a pasted page of text is cut to its first words."""
        return shorten(self.title)

    # ----- editing -------------------------------------------------------------------
    def set_field(self, path: str, value: Any) -> None:
        had_text = self.unparsed.pop(path, None) is not None
        if get_path(self.data, path) == value and not had_text:
            return
        set_path(self.data, path, value)
        self._edited()

    def keep_unparsed(self, path: str, text: str) -> None:
        """A value typed that cannot be read (e.g. "about ten" for a number): keep the text."""
        if self.unparsed.get(path) == text:
            return
        self.unparsed[path] = text
        set_path(self.data, path, None)
        self._edited()

    def change_list(self, path: str, mutate: Callable[[list], None]) -> None:
        before = list(get_path(self.data, path) or [])
        items = list(before)
        mutate(items)
        set_path(self.data, path, items)
        self._move_unparsed(path, before, items)
        self._edited()

    def _move_unparsed(self, path: str, before: list, after: list) -> None:
        """Keep unreadable typed text with its item when items before it are removed."""
        prefix = f"{path}["
        moved: dict[str, str] = {}
        for key, text in self.unparsed.items():
            match = _ITEM.match(key[len(path) :]) if key.startswith(prefix) else None
            if match is None:
                moved[key] = text
                continue
            old = int(match.group(1))
            if old >= len(before):
                continue  # text for an item that no longer exists
            new = next((i for i, item in enumerate(after) if item is before[old]), None)
            if new is not None:
                moved[f"{path}[{new}]{match.group(2)}"] = text
        self.unparsed = moved

    def _edited(self) -> None:
        self.dirty = True
        self.conflict = None
        self.revalidate()
        self.changed += 1
        self._autosave()

    def revalidate(self) -> None:
        plan, parse_problems = plan_from_dict(self.data)
        problems = parse_problems if plan is None else self._validate(plan)
        typed = [
            Problem(
                path,
                stage_of(path),
                "error",
                f"“{shorten(text, 40)}” is not a number.",
                "Type digits only, e.g. 12 or 12.5.",
            )
            for path, text in self.unparsed.items()
        ]
        # "has no baseline" would contradict the text on screen: say what is wrong with it.
        kept = typed + [p for p in problems if p.path not in self.unparsed]
        self.problems = sorted(kept, key=lambda p: STAGES.index(p.stage))

    # ----- loading -------------------------------------------------------------------
    def _show(
        self,
        data: dict,
        plan_id: str = "",
        revision: int = 0,
        dirty: bool = False,
        unparsed: dict[str, str] | None = None,
    ) -> None:
        self.data = data
        self.unparsed = dict(unparsed or {})
        self.plan_id = plan_id
        self.revision = revision
        self.dirty = dirty
        self.conflict = None
        self.revalidate()
        self.loaded += 1

    def new_plan(self, plan: Plan | None = None, message: str = "A new, empty plan.") -> None:
        self.flush_draft()  # the plan on screen so far stays safe in its own draft
        self.fresh_draft_key()
        self._show(_data_of(plan or Plan()), dirty=plan is not None)
        self.say(message)
        if plan is not None:
            self.flush_draft()

    def open(self, plan_id: str) -> None:
        self.flush_draft()
        record = self.repo.get(plan_id)
        self._show(_data_of(record.plan), record.plan_id, record.revision)
        waiting = self.repo.load_draft(self.owner, APP, plan_id)
        if waiting is None:
            self.say(f"Opened “{self.short_title}”.")
            return
        self.say(
            f"Opened “{self.short_title}” as last saved. You also have unsaved changes to it "
            f"from {describe_time(waiting.updated_at)} (UTC): to carry on with those, go to "
            "My plans and choose “Bring back”. If you change anything here first, they "
            "will be replaced.",
            "warning",
        )

    def resume_draft(self, key: str) -> None:
        self.flush_draft()  # first, so the work on screen is kept (and newest if it is this draft)
        draft = self.repo.load_draft(self.owner, APP, key)
        if draft is None:
            self.say("That unsaved work is no longer there.", "warning")
            return
        body = draft.body
        unparsed = body.get("unparsed")
        if not body.get("plan_id"):
            self.new_plan_key = key  # carry on in the same draft, not a second one
        self._show(
            dict(body.get("data") or {}),
            str(body.get("plan_id") or ""),
            int(body.get("revision") or 0),
            dirty=True,
            unparsed={str(k): str(v) for k, v in unparsed.items()}
            if isinstance(unparsed, dict)
            else None,
        )
        self.say(
            f"Brought back your unsaved changes to “{self.short_title}”. Save when you are ready.",
            "ok",
        )

    def discard_draft(self, key: str) -> None:
        self.repo.discard_draft(self.owner, APP, key)

    # ----- saving --------------------------------------------------------------------
    def save(self) -> bool:
        """Save the plan; never blocked by problems, refused only by someone else's save.

        Also refused if the plan on screen cannot be read back as a plan (a draft from
        an older kit, say): saving then would replace the plan with an empty one.
        """
        plan, unreadable = plan_from_dict(self.data)
        if plan is None:
            where = "; ".join(p.describe() for p in unreadable[:3])
            self.say(
                f"This plan was not saved: some fields cannot be read ({where}). "
                "Correct them, or download the plan as a file and tell your facilitator.",
                "error",
            )
            return False
        too_big = size_problem(plan)
        if too_big is not None:
            self.say(f"This plan was not saved. {too_big.message} {too_big.fix}", "error")
            return False
        try:
            if self.plan_id:
                record = self.repo.save(
                    self.plan_id, plan, expected_revision=self.revision, by=self.owner
                )
            else:
                record = self.repo.create(plan, owner=self.owner)
        except ConflictError as conflict:
            self._refused(conflict)
            return False
        except PlanNotFound as gone:
            self._refused(gone)
            return False
        except Exception as error:
            # A full disk or a read-only data folder: say so plainly, keep the page as it is.
            message = save_failed_message(error, f"“{self.short_title}”")
            if message is None:
                raise
            from firstpost.ui.errors import report

            report("saving a plan")
            self.say(message, "error")
            return False
        self._saved(record)
        errors = sum(1 for p in self.problems if p.severity == "error")
        note = f" {errors} thing(s) still to fix before sign-off." if errors else ""
        self.say(f"Saved “{self.short_title}”.{note}", "ok")
        return True

    def _refused(self, error: ConflictError | PlanNotFound) -> None:
        """Someone else saved (or deleted) the plan: say so and offer the ways out."""
        self.flush_draft()
        self.conflict = error
        if isinstance(error, ConflictError):
            self.say(
                f"{error.saved_by} saved this plan at {describe_time(error.saved_at)} (UTC), "
                "after you opened it, so your changes have not been saved and nothing of "
                "theirs was overwritten. Choose “Save my changes as a copy” to keep your "
                "version as a new plan, or “Reload their version” to see theirs (your "
                "unsaved changes are then discarded).",
                "error",
            )
        else:
            self.say(
                "This plan has been deleted since you opened it, so your changes have not "
                "been saved. Choose “Save my changes as a copy” to keep them as a new plan.",
                "error",
            )

    def _saved(self, record: PlanRecord) -> None:
        """The save landed: only now is the draft (the other copy of the work) let go."""
        old_key = self.draft_key
        self.plan_id = record.plan_id
        self.revision = record.revision
        self.dirty = False
        self._discard_draft(old_key)
        self._discard_draft()

    def save_as_copy(self) -> None:
        """After a conflict: keep this person's version as a new plan, lose nothing."""
        data = copy.deepcopy(self.data)
        data["title"] = f"{data.get('title') or 'Untitled plan'} (my copy)"
        old_key = self.draft_key
        plan, unreadable = plan_from_dict(data)
        if plan is None:
            where = "; ".join(p.describe() for p in unreadable[:3])
            self.say(f"The copy was not saved: some fields cannot be read ({where}).", "error")
            return
        record = self.repo.create(plan, owner=self.owner)
        self.repo.discard_draft(self.owner, APP, old_key)
        self._show(_data_of(record.plan), record.plan_id, record.revision)
        self.say(f"Saved your changes as a new plan, “{self.short_title}”.", "ok")

    def reload(self) -> None:
        """After a conflict: show the version someone else saved (your draft is discarded)."""
        self._discard_draft()
        self.open(self.plan_id)

    def save_version(self, note: str) -> int | None:
        if len(note) > NOTE_COLUMN:
            self.say(
                f"The note for this version is {len(note):,} characters; the most allowed is "
                f"{NOTE_COLUMN}. Shorten the note, then save the version again.",
                "error",
            )
            return None
        if not self.save():
            return None
        number = self.repo.save_version(self.plan_id, note=note, by=self.owner)
        self.say(f"Saved version {number} of “{self.short_title}”.", "ok")
        return number

    def restore_version(self, number: int) -> bool:
        try:
            record = self.repo.restore_version(
                self.plan_id, number, expected_revision=self.revision, by=self.owner
            )
        except (ConflictError, PlanNotFound) as error:
            self._refused(error)
            return False
        self._show(_data_of(record.plan), record.plan_id, record.revision)
        self.say(
            f"Restored version {number}. The plan as it was before is still in the history.", "ok"
        )
        return True

    def say(self, message: str, kind: str = "info") -> None:
        self.status_kind = kind
        self.status = message


def shorten(text: str, limit: int = SHOWN_TITLE_LIMIT) -> str:
    """`text` on one line and at most `limit` characters, ending "…" when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _data_of(plan: Plan) -> dict:
    """The plan as JSON-shaped data, the form the editor changes field by field."""
    return plan.model_dump(mode="json")
