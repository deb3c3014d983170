"""A check's result as plain text: for the terminal, and for a copy kept after a surgery.

Positions are given as line:column (both from 1), which is how people find a place
in a draft; the JSON form keeps raw offsets for programs.
"""

from __future__ import annotations

from collections.abc import Iterable

from firstpost.core.checks.channels import ChannelLimit
from firstpost.core.checks.findings import (
    CHECK_NAMES,
    SEVERITIES,
    VERDICT_WORDS,
    CheckResult,
)

SEVERITY_HEADINGS = {
    "stop": "STOP: must change before posting",
    "fix": "FIX: should change before posting",
    "consider": "CONSIDER: worth a thought",
}


def line_column(text: str, offset: int) -> str:
    """`offset` in `text` as "line:column", counting from 1."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


def result_text(
    result: CheckResult, channels: Iterable[ChannelLimit] = (), *, include_draft: bool = False
) -> str:
    """The verdict, the findings grouped by severity, and the measures, as plain text."""
    lines = [f"Verdict: {VERDICT_WORDS[result.verdict]}"]
    names = [channel.name for channel in channels]
    if names:
        lines.append("Checked for: " + ", ".join(names))
    for severity in SEVERITIES:
        found = result.by_severity(severity)
        if not found:
            continue
        lines += ["", f"{SEVERITY_HEADINGS[severity]} ({len(found)})"]
        for finding in found:
            where = (
                f"[{line_column(result.text, finding.start)}] "  # type: ignore[arg-type]
                if finding.has_position
                else ""
            )
            lines.append(f"  - {where}{CHECK_NAMES[finding.check]}: {finding.message}")
            lines.append(f"    What to do: {finding.suggestion}")
    if result.measures:
        lines += ["", "Measures"]
        lines += [f"  {m.label}: {m.value}" for m in result.measures]
    if include_draft:
        lines += ["", "The draft as checked", "--------------------", result.text]
    return "\n".join(lines)
