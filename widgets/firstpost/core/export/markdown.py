"""The plan as Markdown, for pasting into wikis, tickets and emails.

User text is escaped so that a stray asterisk or angle bracket shows as typed
instead of turning into formatting or HTML wherever the Markdown is rendered.
"""

from __future__ import annotations

import re

from firstpost.core.export.context import ExportContext
from firstpost.core.export.outline import Bullets, Facts, Para, Table, build_outline
from firstpost.core.plan.model import Plan

# Characters that start formatting, links or HTML anywhere in a line. Others, such
# as "(" or "#" mid-line, are left alone so the file stays readable as plain text.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# Markers that only matter at the start of a line: headings, lists, quotes, rules.
_BLOCK_START = re.compile(r"^(\s*)(?:([-+=#>])|(\d+)([.)])(?=\s|$))", re.MULTILINE)


def escape_inline(text: str) -> str:
    return _INLINE.sub(r"\\\1", text)


def _escape_block_start(match: re.Match[str]) -> str:
    indent, marker, number, dot = match.groups()
    return f"{indent}\\{marker}" if marker else f"{indent}{number}\\{dot}"


def escape(text: str) -> str:
    """Markdown-safe text for a paragraph or list item; line breaks become hard breaks."""
    lines = escape_inline(text.replace("\r\n", "\n").replace("\r", "\n"))
    return _BLOCK_START.sub(_escape_block_start, lines).replace("\n", "  \n")


def _cell(text: str) -> str:
    """A table cell: one line, since a line break would end the table row."""
    return escape_inline(" ".join(text.split())) if text else " "


def _table(table: Table) -> list[str]:
    lines = [f"**{escape(table.caption)}**", ""]
    lines.append("| " + " | ".join(_cell(h) for h in table.headers) + " |")
    lines.append("|" + "|".join(" --- " for _ in table.headers) + "|")
    for row in table.rows:
        lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
    return lines


def export_markdown(plan: Plan, ctx: ExportContext) -> str:
    outline = build_outline(plan, ctx)
    lines = [f"# {escape(outline.title)}", "", f"_{escape(outline.generated)}_"]
    for section in outline.sections:
        lines += ["", f"## {escape(section.heading)}"]
        for block in section.blocks:
            lines.append("")
            if isinstance(block, Facts):
                for label, value in block.items:
                    lines.append(f"- **{escape(label)}:** {escape(value)}")
            elif isinstance(block, Table):
                lines += _table(block)
            elif isinstance(block, Bullets):
                lines += [f"- {escape(item)}" for item in block.items]
            elif isinstance(block, Para):
                lines.append(escape(block.text))
    return "\n".join(lines) + "\n"
