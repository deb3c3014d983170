"""The surgery log and the report over months, with its downloads.

The log form keeps what was typed when something is wrong, and says what to fix next
to it. The report draws two charts, each with a table of the same numbers, and offers
the log as a spreadsheet and the report as a Word document.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import ipywidgets as widgets

from firstpost.core.surgery.charts import attendance_chart, topics_chart
from firstpost.core.surgery.logs import LogInputError, question_counts
from firstpost.core.surgery.records import Surgery
from firstpost.core.surgery.report import monthly_report
from firstpost.core.surgery.report_export import month_rows, report_csv, report_docx, topic_rows
from firstpost.ui.downloads import download_link
from firstpost.ui.errors import guarded
from firstpost.ui.shell import notice
from firstpost.ui.surgery.services import AUTO, LABEL_STYLE, WIDE, SurgeryServices


def table_html(caption: str, headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th scope='col'>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return (
        f'<table class="fp-table"><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def chart_html(chart) -> str:  # type: ignore[no-untyped-def]
    if chart is None:
        return ""
    data = base64.b64encode(chart.png).decode("ascii")
    return (
        f'<img class="fp-chart" src="data:image/png;base64,{data}" alt="{html.escape(chart.alt)}">'
    )


class LogView(widgets.VBox):
    def __init__(
        self, services: SurgeryServices, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__()
        self.services = services
        self.status = widgets.HTML("")
        self.choose = widgets.Dropdown(
            description="Surgery", style=LABEL_STYLE, layout=widgets.Layout(**WIDE)
        )
        self.choose.observe(lambda _c: self._fill(), names="value")
        self.attendance = widgets.Text(description="People who came", style=LABEL_STYLE)
        self.topics = widgets.Textarea(
            description="Topics covered",
            style=LABEL_STYLE,
            placeholder="One topic a line",
            layout=widgets.Layout(**WIDE, height="5rem"),
        )
        self.outcomes = widgets.Textarea(
            description="Outcomes",
            style=LABEL_STYLE,
            placeholder="What was agreed or will change",
            layout=widgets.Layout(**WIDE, height="6rem"),
        )
        self.counts = widgets.HTML("")
        self.problems = widgets.HTML("")
        save = widgets.Button(
            description="Save the log", button_style="primary", layout=widgets.Layout(**AUTO)
        )
        save.on_click(guarded("saving the log", self._error)(lambda _b: self.save()))
        start = today().replace(day=1) - timedelta(days=365)
        self.first = widgets.DatePicker(
            description="From", value=start.replace(day=1), style={"description_width": "4rem"}
        )
        self.last = widgets.DatePicker(
            description="To", value=today(), style={"description_width": "4rem"}
        )
        show = widgets.Button(
            description="Show the report", button_style="primary", layout=widgets.Layout(**AUTO)
        )
        show.on_click(guarded("making the report", self._error)(lambda _b: self.show_report()))
        self.report = widgets.HTML("")
        csv_button = widgets.Button(
            description="Prepare the spreadsheet (CSV)", layout=widgets.Layout(**AUTO)
        )
        word_button = widgets.Button(
            description="Prepare the Word report", layout=widgets.Layout(**AUTO)
        )
        csv_button.on_click(
            guarded("preparing the spreadsheet", self._error)(lambda _b: self.prepare("csv"))
        )
        word_button.on_click(
            guarded("preparing the report", self._error)(lambda _b: self.prepare("docx"))
        )
        self.downloads = widgets.HTML("")
        self.children = (
            widgets.HTML(
                "<h2>Surgery log</h2><p>Keep a short record of each surgery: who came, "
                "what was covered and what came of it. The question counts come from "
                "the board.</p>"
            ),
            self.choose,
            self.counts,
            self.attendance,
            self.topics,
            self.outcomes,
            self.problems,
            save,
            widgets.HTML(
                "<h2>Report over months</h2><p>Attendance and topics for the surgeries "
                "logged between two dates.</p>"
            ),
            widgets.HBox(
                [self.first, self.last, show], layout=widgets.Layout(flex_flow="row wrap")
            ),
            self.report,
            widgets.HBox([csv_button, word_button], layout=widgets.Layout(flex_flow="row wrap")),
            self.downloads,
            self.status,
        )
        self.reload()

    def reload(self, select: Surgery | None = None) -> None:
        surgeries = self.services.surgeries.list_surgeries(limit=200)
        self.choose.options = [(s.label, s.surgery_id) for s in surgeries]
        if select is not None:
            self.choose.value = select.surgery_id
        self._fill()

    def _fill(self) -> None:
        self.problems.value = ""
        if not self.choose.value:
            self.counts.value = "<p class='fp-muted'>Open a surgery on the board first.</p>"
            return
        surgery = self.services.surgeries.get(self.choose.value)
        asked, answered = question_counts(self.services.surgeries.questions(surgery.surgery_id))
        self.counts.value = (
            f"<p>From the board: {asked} question{'s' if asked != 1 else ''} asked, "
            f"{answered} answered.</p>"
        )
        log = self.services.logs.get(surgery.surgery_id)
        if log is not None:
            self.attendance.value = str(log.attendance)
            self.topics.value = "\n".join(log.topics)
            self.outcomes.value = log.outcomes
        else:
            self.attendance.value = ""
            self.topics.value = surgery.topic
            self.outcomes.value = ""

    def save(self) -> None:
        if not self.choose.value:
            return
        try:
            log = self.services.logs.save(
                self.choose.value,
                self.attendance.value,
                self.topics.value,
                self.outcomes.value,
                self.services.person,
            )
        except LogInputError as error:
            items = "".join(
                f"<li>{html.escape(p.field)}: {html.escape(p.message)}</li>" for p in error.problems
            )
            self.problems.value = (
                '<div class="fp-notice fp-notice--error" role="alert"><p>The log is not saved '
                f"yet. Fix these and save again; what you typed is kept:</p><ul>{items}</ul></div>"
            )
            return
        self.problems.value = ""
        self.status.value = notice(
            f"Log saved for {log.held_on.day} {log.held_on:%B %Y}: {log.attendance} people.", "ok"
        )

    def _report(self):  # type: ignore[no-untyped-def]
        return monthly_report(self.services.logs.between(self.first.value, self.last.value))

    def show_report(self) -> None:
        report = self._report()
        if not report.logs:
            self.report.value = notice("No surgeries have been logged between these dates.")
            return
        self.report.value = (
            f"<p><strong>{html.escape(report.summary())}</strong></p>"
            "<h3>Attendance</h3>"
            + chart_html(attendance_chart(report))
            + table_html(
                "Surgeries by month",
                ("Month", "Surgeries", "Attendance", "Questions asked", "Questions answered"),
                month_rows(report),
            )
            + "<h3>Topics</h3>"
            + chart_html(topics_chart(report))
            + table_html(
                "Topics by the number of surgeries covering them",
                ("Topic", "Surgeries"),
                topic_rows(report),
            )
        )

    def prepare(self, kind: str) -> None:
        report = self._report()
        if not report.logs:
            self.downloads.value = notice("No surgeries have been logged between these dates.")
            return
        stem = f"surgery-report-{report.months[0].month:%Y-%m}-to-{report.months[-1].month:%Y-%m}"
        if kind == "csv":
            self.downloads.value = download_link(
                f"{stem}.csv", report_csv(report), f"Save {stem}.csv"
            )
        else:
            data = report_docx(report, generated_at=datetime.now(UTC))
            self.downloads.value = download_link(f"{stem}.docx", data, f"Save {stem}.docx")

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")
