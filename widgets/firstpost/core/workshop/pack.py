"""The workshop pack: all of a group's plans in one Word document, and a zip of their files.

The Word pack is for printing and for the facilitator's notes: a cover table comparing
the plans, then each plan's full sign-off content on its own pages. The zip holds each
plan's usual downloads (Word, web page, Markdown, calendar, spreadsheet, plan file) in
a folder per plan, for handing back to teams who did not download their own.
A pilot review saved with a plan travels in that plan's part of the pack, as it does in
the plan's own downloads (`reviews`: plan id -> the sections to add after sign-off).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from firstpost.core.export import FORMATS, ExportContext, export_plan
from firstpost.core.export.csv_calendar import neutralise
from firstpost.core.export.docx import clean
from firstpost.core.export.outline import Section, build_outline
from firstpost.core.workshop.overview import PlanColumn

if TYPE_CHECKING:
    from firstpost.core.review.store import ReviewStore

Reviews = Mapping[str, tuple[Section, ...]]

OVERVIEW_HEADERS = ("Plan", "Owner", "Team", "Channels", "Posts", "Risks", "Measures", "Filled in")


def safe_name(text: str, fallback: str = "plan") -> str:
    """A file or folder name any system accepts, from a title people typed."""
    stem = re.sub(r"[^A-Za-z0-9._ -]+", "", text).strip(" .-")[:60] or fallback
    return re.sub(r"\s+", "-", stem)


def overview_rows(columns: Sequence[PlanColumn]) -> list[tuple[str, ...]]:
    return [
        (
            c.title,
            c.owner,
            c.team or "(blank)",
            c.channels,
            str(len(c.posts)),
            str(len(c.plan.risks)),
            str(len(c.measures)),
            f"{c.percent}%",
        )
        for c in columns
    ]


def saved_reviews(
    reviews: ReviewStore, columns: Sequence[PlanColumn]
) -> dict[str, tuple[Section, ...]]:
    """The review last saved with each plan, as its extra sections (none if never reviewed)."""
    from firstpost.core.review.export import latest_review_sections

    return {c.plan_id: latest_review_sections(reviews, c.plan_id, c.plan) for c in columns}


def _context(column: PlanColumn, generated_at: datetime, reviews: Reviews | None) -> ExportContext:
    extra = (reviews or {}).get(column.plan_id, ())
    return ExportContext(generated_at=generated_at, plan_id=column.plan_id, extra_sections=extra)


def pack_docx(
    code: str,
    columns: Sequence[PlanColumn],
    generated_at: datetime,
    reviews: Reviews | None = None,
) -> bytes:
    from firstpost.core.workshop.documents import (
        add_sections,
        add_table,
        new_document,
        page_break,
        to_bytes,
    )

    doc = new_document(
        f"Workshop pack: {code}",
        author="First Post",
        subject="Pilot plans from a First Post workshop",
        moment=generated_at,
    )
    count = len(columns)
    doc.add_paragraph(
        clean(
            f"{count} plan{'s' if count != 1 else ''} with the workshop code {code}. Generated "
            f"by First Post on {generated_at.day} {generated_at:%B %Y}."
        )
    )
    add_table(doc, "The plans side by side", OVERVIEW_HEADERS, overview_rows(columns))
    for column in columns:
        ctx = _context(column, generated_at, reviews)
        outline = build_outline(column.plan, ctx)
        page_break(doc)
        doc.add_heading(clean(outline.title), level=1)
        doc.add_paragraph(outline.generated)
        add_sections(doc, outline.sections, level=2)
    return to_bytes(doc)


def overview_csv(columns: Sequence[PlanColumn]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(OVERVIEW_HEADERS)
    for row in overview_rows(columns):
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def pack_zip(
    code: str,
    columns: Sequence[PlanColumn],
    generated_at: datetime,
    reviews: Reviews | None = None,
) -> bytes:
    """The combined Word pack, an overview spreadsheet, and a folder of files per plan."""
    stamp = generated_at.timetuple()[:6]
    buffer = io.BytesIO()
    root = safe_name(f"workshop-{code}", "workshop")

    def add(name: str, data: bytes) -> None:
        info = zipfile.ZipInfo(f"{root}/{name}", date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, data)

    with zipfile.ZipFile(buffer, "w") as archive:
        add("workshop-pack.docx", pack_docx(code, columns, generated_at, reviews))
        add("plans-side-by-side.csv", overview_csv(columns))
        for number, column in enumerate(columns, start=1):
            folder = f"{number:02d}-{safe_name(column.title)}"
            ctx = _context(column, generated_at, reviews)
            for name, fmt in FORMATS.items():
                add(
                    f"{folder}/{safe_name(column.title)}{fmt.suffix}",
                    export_plan(column.plan, name, ctx),
                )
    return buffer.getvalue()
