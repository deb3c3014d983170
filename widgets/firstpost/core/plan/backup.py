"""Backing up every plan to one JSON file, and restoring from it.

A backup is what a facilitator takes before upgrading the kit or moving a workshop
to another server. Restoring checks the whole file first and writes nothing unless
every plan in it is readable, so a damaged file can never leave the database with
half its plans restored.
"""

from __future__ import annotations

import json
import os
import re
from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, StrictInt, ValidationError
from sqlalchemy import Connection, text

from firstpost.core.plan.model import Plan
from firstpost.core.plan.parsing import problems_from_validation_error
from firstpost.core.plan.parts import FROZEN
from firstpost.core.plan.problems import Problem, Stage, stage_of
from firstpost.core.plan.records import BackupError, PlanStoreError, RestoreReport
from firstpost.core.plan.storage import SUMMARY_COLUMNS, StoreBase
from firstpost.core.plan.validation import size_problem

BACKUP_FORMAT = "firstpost-backup"
BACKUP_FORMAT_VERSION = 1
# Fifty plans of the 2 MB most each can be, with a few versions of each: far more than
# any workshop server holds, and small enough to check in memory before writing.
MAX_BACKUP_BYTES = 200 * 1024 * 1024


def _iso_timestamp(value: str) -> str:
    datetime.fromisoformat(value)  # raises ValueError, reported as a problem
    return value


Timestamp = Annotated[str, AfterValidator(_iso_timestamp)]
Name = Annotated[str, Field(min_length=1, max_length=200)]


class BackupVersion(BaseModel):
    model_config = FROZEN

    number: Annotated[StrictInt, Field(ge=1)]
    note: Annotated[str, Field(max_length=500)] = ""
    saved_by: Name
    saved_at: Timestamp
    plan: Plan


class BackupPlan(BaseModel):
    model_config = FROZEN

    plan_id: Annotated[str, Field(pattern=r"^[0-9a-f]{8,40}$")]
    owner: Name
    status: Literal["active", "archived"] = "active"
    revision: Annotated[StrictInt, Field(ge=1)]
    created_at: Timestamp
    updated_at: Timestamp
    updated_by: Name
    plan: Plan
    versions: tuple[BackupVersion, ...] = ()


class BackupFile(BaseModel):
    model_config = FROZEN

    format: Literal["firstpost-backup"]
    format_version: StrictInt
    created_at: Timestamp
    plans: tuple[BackupPlan, ...]


def write_backup(conn: Connection, path: Path, now: str) -> int:
    """Write every plan and its versions to `path`; returns how many plans.

    The file is written under a temporary name and then swapped in, so a failed
    write never replaces a good backup with half a file.
    """
    plans = conn.execute(
        text(f"SELECT {SUMMARY_COLUMNS}, body FROM plans ORDER BY created_at, plan_id")
    ).all()
    versions: dict[str, list[dict[str, object]]] = {}
    for row in conn.execute(
        text(
            "SELECT plan_id, number, note, saved_by, saved_at, body FROM plan_versions"
            " ORDER BY plan_id, number"
        )
    ):
        versions.setdefault(row.plan_id, []).append(
            {
                "number": row.number,
                "note": row.note,
                "saved_by": row.saved_by,
                "saved_at": row.saved_at,
                "plan": json.loads(row.body),
            }
        )
    document = {
        "format": BACKUP_FORMAT,
        "format_version": BACKUP_FORMAT_VERSION,
        "created_at": now,
        "plans": [
            {
                "plan_id": row.plan_id,
                "owner": row.owner,
                "status": row.status,
                "revision": row.revision,
                "created_at": row.created_at,
                "updated_at": row.updated_at,
                "updated_by": row.updated_by,
                "plan": json.loads(row.body),
                "versions": versions.get(row.plan_id, []),
            }
            for row in plans
        ],
    }
    if not path.parent.is_dir():
        raise PlanStoreError(f"The folder {path.parent} does not exist. Create it first.")
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise PlanStoreError(
            f"The backup could not be written to {path}: {error.strerror}."
        ) from error
    return len(plans)


_PLAN_INSIDE = re.compile(r"^plans\[\d+\](?:\.versions\[\d+\])?\.plan\.?")


def _stage_in_backup(path: str) -> Stage:
    match = _PLAN_INSIDE.match(path)
    return stage_of(path[match.end() :]) if match else "summary"


def _fail(problems: list[Problem]) -> BackupError:
    return BackupError(
        f"The backup cannot be restored: {len(problems)} problem(s) found. Nothing was changed.",
        problems,
    )


def read_backup(path: Path) -> tuple[BackupPlan, ...]:
    """Every plan in the file, or BackupError listing every problem found."""
    try:
        size = path.stat().st_size
        if size > MAX_BACKUP_BYTES:
            raise _fail(
                [
                    Problem(
                        "",
                        "summary",
                        "error",
                        f"The file is {size / 1024 / 1024:.1f} MB; a backup can be at most "
                        f"{MAX_BACKUP_BYTES // 1024 // 1024} MB.",
                        "Choose a backup file made by `firstpost plans backup`.",
                    )
                ]
            )
        raw = path.read_bytes()
    except OSError as error:
        raise PlanStoreError(f"The backup {path} cannot be read: {error.strerror}.") from error
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _fail(
            [
                Problem(
                    "",
                    "summary",
                    "error",
                    "The file is not valid JSON.",
                    "Choose a backup file made by `firstpost plans backup`.",
                )
            ]
        ) from None
    version = data.get("format_version") if isinstance(data, dict) else None
    if isinstance(version, int) and version > BACKUP_FORMAT_VERSION:
        raise _fail(
            [
                Problem(
                    "format_version",
                    "summary",
                    "error",
                    "This backup was made by a newer First Post.",
                    "Upgrade First Post, then restore it.",
                )
            ]
        )
    try:
        backup = BackupFile.model_validate(data)
    except ValidationError as error:
        raise _fail(problems_from_validation_error(error, stage_for=_stage_in_backup)) from None
    problems = []
    seen: set[str] = set()
    for index, record in enumerate(backup.plans):
        if record.plan_id in seen:
            problems.append(
                Problem(
                    f"plans[{index}].plan_id",
                    "summary",
                    "error",
                    "This plan id appears twice in the backup.",
                    "Remove one of the two copies.",
                )
            )
        seen.add(record.plan_id)
        for where, plan in [(f"plans[{index}].plan", record.plan)] + [
            (f"plans[{index}].versions[{number}].plan", version.plan)
            for number, version in enumerate(record.versions)
        ]:
            too_big = size_problem(plan)
            if too_big is not None:
                problems.append(Problem(where, "summary", "error", too_big.message, too_big.fix))
        numbers = [version.number for version in record.versions]
        if len(numbers) != len(set(numbers)):
            problems.append(
                Problem(
                    f"plans[{index}].versions",
                    "summary",
                    "error",
                    "Two saved versions have the same number.",
                    "Remove the repeated version.",
                )
            )
    if problems:
        raise _fail(problems)
    return backup.plans


def apply_backup(
    conn: Connection, records: tuple[BackupPlan, ...], *, replace: bool
) -> RestoreReport:
    added = replaced = 0
    skipped = []
    for record in records:
        exists = conn.execute(
            text("SELECT 1 FROM plans WHERE plan_id = :id"), {"id": record.plan_id}
        ).first()
        if exists and not replace:
            skipped.append(record.plan_id)
            continue
        if exists:
            conn.execute(
                text("DELETE FROM plan_versions WHERE plan_id = :id"), {"id": record.plan_id}
            )
            conn.execute(text("DELETE FROM plans WHERE plan_id = :id"), {"id": record.plan_id})
            replaced += 1
        else:
            added += 1
        conn.execute(
            text(
                "INSERT INTO plans (plan_id, owner, title, workshop_code, status, revision,"
                " body, created_at, updated_at, updated_by) VALUES (:id, :owner, :title,"
                " :workshop, :status, :revision, :body, :created, :updated, :by)"
            ),
            {
                "id": record.plan_id,
                "owner": record.owner,
                "status": record.status,
                "revision": record.revision,
                "created": record.created_at,
                "updated": record.updated_at,
                "by": record.updated_by,
                **StoreBase._columns(record.plan),
            },
        )
        for version in record.versions:
            conn.execute(
                text(
                    "INSERT INTO plan_versions (plan_id, number, note, saved_by, saved_at, body)"
                    " VALUES (:id, :number, :note, :by, :at, :body)"
                ),
                {
                    "id": record.plan_id,
                    "number": version.number,
                    "note": version.note,
                    "by": version.saved_by,
                    "at": version.saved_at,
                    "body": version.plan.model_dump_json(),
                },
            )
    return RestoreReport(added=added, replaced=replaced, skipped=tuple(skipped))
