"""What the plan store hands back, and the ways a store action can be refused.

Records are frozen dataclasses so a UI can keep one as "what I loaded" and compare
it with what it is about to save. Every error message is written for the person at
the keyboard and says what to do next.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from firstpost.core.plan.model import Plan
from firstpost.core.plan.problems import Problem

Status = Literal["active", "archived"]


@dataclass(frozen=True)
class PlanSummary:
    """A row for a list of plans, read without opening the plan itself."""

    plan_id: str
    owner: str
    title: str
    workshop_code: str
    status: Status
    revision: int
    created_at: str
    updated_at: str
    updated_by: str


@dataclass(frozen=True)
class PlanRecord:
    """A saved plan and its bookkeeping; pass `revision` back when saving."""

    plan_id: str
    owner: str
    status: Status
    revision: int
    created_at: str
    updated_at: str
    updated_by: str
    plan: Plan


@dataclass(frozen=True)
class VersionInfo:
    plan_id: str
    number: int
    note: str
    saved_by: str
    saved_at: str


@dataclass(frozen=True)
class PlanVersion:
    info: VersionInfo
    plan: Plan


@dataclass(frozen=True)
class Draft:
    """Unsaved work kept by autosave; `body` is whatever the app chose to keep."""

    owner: str
    app: str
    key: str
    body: dict[str, object]
    updated_at: str


@dataclass(frozen=True)
class RestoreReport:
    added: int
    replaced: int
    skipped: tuple[str, ...]  # plan ids already in the database and left as they were


class PlanStoreError(Exception):
    """A store action that cannot go ahead; the message says why and what to do."""


class PlanNotFound(PlanStoreError, LookupError):
    def __init__(self, plan_id: str, detail: str = "") -> None:
        self.plan_id = plan_id
        super().__init__(
            detail
            or f"There is no plan with the id {plan_id!r}. It may have been deleted; "
            "list the plans to find the right one."
        )


class ConflictError(PlanStoreError):
    """Someone saved the plan after you opened it; your save was refused, not merged."""

    def __init__(
        self,
        plan_id: str,
        expected_revision: int,
        current_revision: int,
        saved_by: str,
        saved_at: str,
    ) -> None:
        self.plan_id = plan_id
        self.expected_revision = expected_revision
        self.current_revision = current_revision
        self.saved_by = saved_by
        self.saved_at = saved_at
        super().__init__(
            f"{saved_by} saved this plan at {describe_time(saved_at)} (UTC), after you "
            "opened it, so your changes have not been saved. Copy anything you want to "
            "keep, reload the plan to see their version, then make your changes again."
        )


class PlanInputError(PlanStoreError, ValueError):
    """A value the store cannot keep as given, such as an over-long version note."""


class BackupError(PlanStoreError):
    """A backup file that cannot be restored; `problems` lists every reason."""

    def __init__(self, message: str, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(message)


def describe_time(iso: str) -> str:
    """A stored UTC timestamp as people read it: "10:32 on 25 November 2026"."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{moment:%H:%M} on {moment.day} {moment:%B %Y}"
