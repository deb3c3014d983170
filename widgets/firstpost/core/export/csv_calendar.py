"""The content calendar as CSV, for the team's spreadsheet or scheduling tool.

Spreadsheets run any cell starting with = + - @ as a formula, so a post beginning
"=HYPERLINK(...)" could do harm when the file is opened. Such cells get a leading
apostrophe, which spreadsheets show as plain text (OWASP's advice for CSV
injection). The file starts with a byte-order mark so Excel reads "£" correctly.
"""

from __future__ import annotations

import csv
import io

from firstpost.core.export.context import ExportContext
from firstpost.core.plan.calendar import content_calendar
from firstpost.core.plan.model import Plan

HEADERS = ("Date", "Day", "Time", "What", "Role", "Channel", "Post text")
KIND_WORDS = {"publish": "Publish", "closing": "Closing date", "review": "Pilot review"}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Make a cell safe to open in a spreadsheet: never a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def export_csv(plan: Plan, ctx: ExportContext) -> str:
    """Rows in date order; `ctx` is unused but kept so every exporter has one signature."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for entry in content_calendar(plan):
        row = (
            entry.day.isoformat(),
            f"{entry.day:%A}",
            f"{entry.at:%H:%M}" if entry.at else "",
            KIND_WORDS[entry.kind],
            entry.role,
            entry.channel_name,
            entry.text,
        )
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue()
