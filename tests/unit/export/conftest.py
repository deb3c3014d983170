"""Fixtures for the export tests: the worked example, a fixed context, snapshot checks."""

from __future__ import annotations

import difflib
import io
import os
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest

from firstpost.core.export import ExportContext
from firstpost.core.plan import Plan, plan_from_json

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "lessons" / "examples" / "council-social-workers.json"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE_ENV = "FIRSTPOST_UPDATE_SNAPSHOTS"
PLAN_ID = "5e1f0c2a9b7d4e3f8a6b1c0d2e4f6a8b"


@pytest.fixture
def example() -> Plan:
    plan, problems = plan_from_json(EXAMPLE.read_bytes())
    assert problems == [] and plan is not None
    return plan


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture
def ctx() -> ExportContext:
    return ExportContext(generated_at=datetime(2026, 11, 25, 9, 30, tzinfo=UTC), plan_id=PLAN_ID)


@pytest.fixture
def snapshot():
    """Compare text with a reviewed file in snapshots/.

    FIRSTPOST_UPDATE_SNAPSHOTS=1 rewrites the files instead; read the git diff of
    snapshots/ before committing, because whatever is written becomes "correct".
    """

    def check(name: str, actual: str) -> None:
        path = SNAPSHOTS / name
        if os.environ.get(UPDATE_ENV) == "1":
            path.write_text(actual, encoding="utf-8", newline="\n")
            warnings.warn(f"snapshot {name} rewritten: review it before committing", stacklevel=2)
            return
        assert path.is_file(), f"no snapshot {name}: run with {UPDATE_ENV}=1 and review it"
        expected = path.read_text(encoding="utf-8")
        if actual != expected:
            diff = "\n".join(
                difflib.unified_diff(
                    expected.splitlines(), actual.splitlines(), "snapshot", "now", lineterm=""
                )
            )
            pytest.fail(f"{name} differs from its reviewed snapshot:\n{diff}", pytrace=False)

    return check


def dump_docx(data: bytes) -> str:
    """A Word file as reviewable text: properties, then paragraphs and table rows in order."""
    import docx
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    props = document.core_properties
    lines = [
        f"title: {props.title}",
        f"author: {props.author}",
        f"last modified by: {props.last_modified_by}",
        f"subject: {props.subject}",
        f"created: {props.created.isoformat()}",
        f"modified: {props.modified.isoformat()}",
        f"revision: {props.revision}",
        f"language: {props.language}",
        f"identifier: {props.identifier}",
        "",
    ]
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(f"[{block.style.name}] {block.text}")
        else:
            lines.append(f"<table {len(block.rows)}x{len(block.columns)}>")
            for row in block.rows:
                lines.append("| " + " | ".join(c.text.replace("\n", "⏎") for c in row.cells) + " |")
    return "\n".join(lines) + "\n"


@pytest.fixture
def docx_text():
    return dump_docx
