"""The surgery report's two charts as PNG images, each with the alt text that goes with it.

The same image goes on the page and into the Word report, and both places also carry
a table with the same numbers: a chart is never the only way to read them. Matplotlib
is imported only when a chart is drawn, off-screen (Agg).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from firstpost.core.surgery.report import SurgeryReport

TOP_TOPICS = 10
BAR_COLOUR = "#1d70b8"  # GOV.UK blue: 5.2:1 against white


@dataclass(frozen=True)
class Chart:
    png: bytes
    alt: str


def _figure(width: float, height: float):  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height))


def _png(fig) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    return buffer.getvalue()


def attendance_chart(report: SurgeryReport) -> Chart | None:
    """People at each month's surgeries, one bar a month, numbers written on the bars."""
    if not report.months:
        return None
    fig = _figure(max(4.0, 0.8 * len(report.months) + 1.5), 3.6)
    ax = fig.subplots()
    labels = [month.short_label for month in report.months]
    values = [month.attendance for month in report.months]
    bars = ax.bar(labels, values, color=BAR_COLOUR)
    ax.bar_label(bars, labels=[str(v) for v in values], padding=2)
    ax.set_ylabel("People attending")
    ax.set_title("Attendance by month")
    ax.set_ylim(0, max([*values, 1]) * 1.2)
    for label in ax.get_xticklabels():
        label.set_rotation(45)
        label.set_horizontalalignment("right")
    busiest = max(report.months, key=lambda month: month.attendance)
    alt = (
        f"Bar chart of attendance at surgeries for each month from {report.period}. "
        f"The busiest month was {busiest.label} with {busiest.attendance} people. "
        "The table below gives every month's figures."
    )
    return Chart(_png(fig), alt)


def topics_chart(report: SurgeryReport) -> Chart | None:
    """The topics that came up in most surgeries, longest bar at the top."""
    topics = report.topics[:TOP_TOPICS]
    if not topics:
        return None
    fig = _figure(6.4, 0.9 + 0.4 * len(topics))
    ax = fig.subplots()
    names = [t.topic if len(t.topic) <= 40 else t.topic[:39] + "…" for t in topics]
    values = [t.surgeries for t in topics]
    bars = ax.barh(names, values, color=BAR_COLOUR)
    ax.bar_label(bars, labels=[str(v) for v in values], padding=2)
    ax.invert_yaxis()
    ax.set_xlabel("Number of surgeries where it came up")
    ax.set_title("Topics covered")
    ax.set_xlim(0, max(values) * 1.25)
    ax.xaxis.get_major_locator().set_params(integer=True)
    first = topics[0]
    alt = (
        f"Bar chart of the {len(topics)} topics covered most often. The most frequent was "
        f"“{first.topic}”, in {first.surgeries} "
        f"{'surgery' if first.surgeries == 1 else 'surgeries'}. The table below lists them all."
    )
    return Chart(_png(fig), alt)
