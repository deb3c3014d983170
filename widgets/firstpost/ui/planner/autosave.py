"""Autosave for the planner: every change is kept as a draft, so nothing typed is lost.

A kernel can die (a closed laptop lid, a restarted server) at any moment in a
workshop. The session writes what is on screen to the drafts table as it changes,
at most twice a second, and the start page offers the draft back next time.
"""

from __future__ import annotations

import copy
import threading
import time
import uuid

from firstpost.core.plan.records import PlanInputError

APP = "planner"
NEW_PLAN_PREFIX = "new-"
DRAFT_THROTTLE_S = 0.5


class Autosave:
    """Mixed into PlannerSession, which provides repo, owner, plan_id, data and say()."""

    def _init_autosave(self) -> None:
        self._last_draft_write = 0.0
        self._pending: threading.Timer | None = None
        self._lock = threading.Lock()
        self.fresh_draft_key()

    def fresh_draft_key(self) -> None:
        """Each plan not yet saved gets its own draft, so starting a second blank plan
        never overwrites unsaved work on the first."""
        self.new_plan_key = f"{NEW_PLAN_PREFIX}{uuid.uuid4().hex[:12]}"

    @property
    def draft_key(self) -> str:
        return self.plan_id or self.new_plan_key

    def _draft_body(self) -> dict:
        return {
            "plan_id": self.plan_id,
            "revision": self.revision,
            "data": copy.deepcopy(self.data),
            "unparsed": dict(self.unparsed),
        }

    def _autosave(self) -> None:
        """Keep every change as a draft; writes are throttled, the last one always lands."""
        now = time.monotonic()
        if now - self._last_draft_write >= DRAFT_THROTTLE_S:
            self.flush_draft()
            return
        if self._pending is None:
            delay = DRAFT_THROTTLE_S - (now - self._last_draft_write)
            # Not a daemon: when the kernel shuts down (the tab closed) Python waits the
            # fraction of a second for the last change to reach the database.
            self._pending = threading.Timer(delay, self.flush_draft)
            self._pending.start()

    def flush_draft(self) -> None:
        """Write the draft now. Never raises: a failed autosave must not lose typed text."""
        with self._lock:
            if self._pending is not None:
                self._pending.cancel()
                self._pending = None
            if not self.dirty:
                return
            try:
                self.repo.save_draft(self.owner, APP, self.draft_key, self._draft_body())
            except PlanInputError as error:
                self.say(
                    f"{error} What you typed is still on the page; use “Save plan” to keep it.",
                    "warning",
                )
                return
            except Exception as error:
                from firstpost.core.store.faults import save_failed_message
                from firstpost.ui.errors import report

                report("autosaving a plan draft")
                self.say(
                    save_failed_message(error, "Your latest changes")
                    or "Your latest changes could not be kept as a draft just now. They are "
                    "still on the page: use “Save plan” to keep them.",
                    "error" if save_failed_message(error) else "warning",
                )
                return
            self._last_draft_write = time.monotonic()

    def _discard_draft(self, key: str | None = None) -> None:
        with self._lock:
            if self._pending is not None:
                self._pending.cancel()
                self._pending = None
            self.repo.discard_draft(self.owner, APP, key or self.draft_key)

    def drafts(self) -> list:
        """Unsaved work this person left behind, newest first."""
        return self.repo.list_drafts(self.owner, APP)
