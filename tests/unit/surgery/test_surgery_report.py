"""The report over months: gaps shown, topics counted, and files that say the same."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, date, datetime

from firstpost.core.surgery.charts import attendance_chart, topics_chart
from firstpost.core.surgery.records import SurgeryLog
from firstpost.core.surgery.report import monthly_report
from firstpost.core.surgery.report_export import report_csv, report_docx
from firstpost.core.workshop.documents import document_text


def log(
    day: date, people: int, topics: tuple[str, ...], asked=3, answered=2, outcomes=""
) -> SurgeryLog:
    return SurgeryLog(f"s{day}", day, people, topics, asked, answered, outcomes, "local:fran", "t")


LOGS = [
    log(date(2026, 9, 30), 8, ("Domino's video", "Screening")),
    log(date(2026, 11, 4), 12, ("screening ", "Holding statements")),
    log(date(2026, 11, 25), 10, ("Approvals",), asked=5, answered=5, outcomes="=cmd|' /C calc'!A0"),
]


def test_months_without_a_surgery_are_listed_with_zeros():
    report = monthly_report(LOGS)
    assert [(m.label, m.surgeries, m.attendance) for m in report.months] == [
        ("September 2026", 1, 8),
        ("October 2026", 0, 0),
        ("November 2026", 2, 22),
    ]
    assert report.months[2].questions_asked == 8 and report.months[2].questions_answered == 7
    assert report.period == "September 2026 to November 2026"


def test_topics_are_counted_by_surgery_ignoring_case_and_spacing():
    topics = [(t.topic, t.surgeries) for t in monthly_report(LOGS).topics]
    assert topics[0] == ("Screening", 2)
    assert sorted(topics[1:]) == [
        ("Approvals", 1),
        ("Domino's video", 1),
        ("Holding statements", 1),
    ]


def test_summary_adds_up():
    report = monthly_report(LOGS)
    assert report.summary() == (
        "3 surgeries from September 2026 to November 2026: 30 people attending (an average "
        "of 10.0 a surgery), 11 questions asked and 9 answered."
    )
    assert monthly_report([]).summary() == "No surgeries have been logged in this period."


def test_charts_are_pictures_with_alt_text_naming_the_key_figure():
    report = monthly_report(LOGS)
    attendance = attendance_chart(report)
    topics = topics_chart(report)
    assert attendance.png.startswith(b"\x89PNG") and topics.png.startswith(b"\x89PNG")
    assert "November 2026 with 22 people" in attendance.alt
    assert "“Screening”, in 2 surgeries" in topics.alt
    assert attendance_chart(monthly_report([])) is None


def test_csv_has_a_row_per_surgery_and_no_formulas():
    rows = list(csv.reader(io.StringIO(report_csv(monthly_report(LOGS)).decode("utf-8-sig"))))
    assert rows[0][:2] == ["Date", "Attendance"]
    assert rows[1][:5] == ["2026-09-30", "8", "3", "2", "Domino's video; Screening"]
    assert rows[3][5] == "'=cmd|' /C calc'!A0"


def test_word_report_has_charts_with_alt_text_and_the_same_numbers_in_tables():
    data = report_docx(monthly_report(LOGS), generated_at=datetime(2026, 12, 1, tzinfo=UTC))
    text = document_text(data)
    assert "Period: September 2026 to November 2026" in text
    assert "November 2026 | 2 | 22 | 8 | 7" in text
    assert "Screening | 2" in text
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        body = docx.read("word/document.xml").decode()
        pictures = [n for n in docx.namelist() if n.startswith("word/media/")]
    assert len(pictures) == 2
    assert 'descr="Bar chart of attendance' in body
    assert 'descr="Bar chart of the 4 topics' in body
