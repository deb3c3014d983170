"""Exports of a plan: Word, HTML, Markdown, CSV and iCalendar calendars, and JSON.

Each exporter is a pure function `(plan, context) -> bytes`: the same plan and
context always give the same content. Heavy libraries (python-docx, icalendar) are
imported only when their format is asked for, so opening an app stays quick.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from firstpost.core.export.context import ExportContext
from firstpost.core.plan.model import Plan


@dataclass(frozen=True)
class ExportFormat:
    name: str
    label: str
    suffix: str
    media_type: str
    render: Callable[[Plan, ExportContext], bytes]


def _docx(plan: Plan, ctx: ExportContext) -> bytes:
    from firstpost.core.export.docx import export_docx

    return export_docx(plan, ctx)


def _html(plan: Plan, ctx: ExportContext) -> bytes:
    from firstpost.core.export.html import export_html

    return export_html(plan, ctx).encode("utf-8")


def _markdown(plan: Plan, ctx: ExportContext) -> bytes:
    from firstpost.core.export.markdown import export_markdown

    return export_markdown(plan, ctx).encode("utf-8")


def _csv(plan: Plan, ctx: ExportContext) -> bytes:
    from firstpost.core.export.csv_calendar import export_csv

    return export_csv(plan, ctx).encode("utf-8-sig")


def _ics(plan: Plan, ctx: ExportContext) -> bytes:
    from firstpost.core.export.ics import export_ics

    return export_ics(plan, ctx)


def _json(plan: Plan, ctx: ExportContext) -> bytes:
    from firstpost.core.plan.parsing import plan_to_json

    return plan_to_json(plan).encode("utf-8")


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "docx",
            "Word sign-off document",
            ".docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            _docx,
        ),
        ExportFormat("html", "One-page summary web page", ".html", "text/html", _html),
        ExportFormat("md", "Markdown", ".md", "text/markdown", _markdown),
        ExportFormat("csv", "Content calendar spreadsheet", ".csv", "text/csv", _csv),
        ExportFormat("ics", "Calendar file for Outlook or Google", ".ics", "text/calendar", _ics),
        ExportFormat("json", "Plan file for importing later", ".json", "application/json", _json),
    )
}


def export_plan(plan: Plan, format_name: str, ctx: ExportContext) -> bytes:
    """The plan in one of FORMATS; raises KeyError for an unknown format name."""
    return FORMATS[format_name].render(plan, ctx)


__all__ = ["FORMATS", "ExportContext", "ExportFormat", "export_plan"]
