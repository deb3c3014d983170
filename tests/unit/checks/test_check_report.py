"""The plain-text report: what a facilitator reads in the terminal or keeps as a file."""

from __future__ import annotations

from firstpost.core.checks.report import line_column, result_text
from tests.unit.checks.checks_helpers import run


def test_line_and_column_count_from_one():
    text = "first line\nsecond f*ck"
    assert line_column(text, 0) == "1:1"
    assert line_column(text, 11) == "2:1"
    assert line_column(text, text.index("f*ck")) == "2:8"


def test_report_groups_by_severity_and_keeps_the_draft(x_channel):
    result = run("Hello\nf*ck. Call 07700 900123 #socialworkjobs", x_channel)
    report = result_text(result, [x_channel], include_draft=True)
    assert report.startswith("Verdict: Red: do not post this yet")
    assert "Checked for: X" in report
    stop = report.index("STOP: must change before posting (1)")
    fix = report.index("FIX: should change before posting")
    consider = report.index("CONSIDER: worth a thought")
    assert stop < fix < consider
    assert "[2:1] Swearing:" in report and "What to do: Take it out." in report
    assert "Length on X: 45 of 280" in report
    assert report.endswith("Hello\nf*ck. Call 07700 900123 #socialworkjobs")


def test_green_report_is_short():
    report = result_text(run("We're hiring."))
    assert report.splitlines()[0] == "Verdict: Green: nothing to fix"
    assert "STOP" not in report and "FIX" not in report
