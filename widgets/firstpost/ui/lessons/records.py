""" "My records": everything kept about the learner, to read, download or delete.

The learner owns these records. They see exactly what is stored, can take a record of
completion for their CPD file (Word or a web page) and can delete everything; after
that, nothing about them is left in the kit's database.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime

import ipywidgets as widgets

from firstpost.core.learning.completion import build_record, long_date, to_date
from firstpost.core.learning.records import LearnerRecords
from firstpost.core.learning.store import RETENTION_NOTE
from firstpost.core.learning.tracker import CourseTracker
from firstpost.ui.downloads import download_link, safe_filename
from firstpost.ui.errors import guarded
from firstpost.ui.lessons.controls import button, row
from firstpost.ui.shell import notice

FORMATS = {"docx": "Word document", "html": "web page"}


def ascii_name(name: str) -> str:
    """'Siân Ó Dálaigh' as 'Sian O Dalaigh', so the file name keeps the whole name
    (file names are ASCII only, and would otherwise lose every accented letter)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def stored_html(records: LearnerRecords, titles: dict[str, str]) -> str:
    """A plain table of exactly what the database holds about the learner."""
    learner = records.learner
    how = "your hub account" if learner.source == "hub" else "your personal code"
    rows = "".join(
        f"<tr><td>{html.escape(titles.get(p.episode_id, p.episode_id))}</td>"
        f"<td>{html.escape(long_date(to_date(p.started_at)))}</td>"
        f"<td>{html.escape(long_date(to_date(p.completed_at)) or 'Not done')}</td></tr>"
        for p in records.episodes
    )
    table = (
        "<table class='fp-table'><caption>Episodes you have opened</caption>"
        "<thead><tr><th scope='col'>Episode</th><th scope='col'>First opened</th>"
        f"<th scope='col'>Marked done</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else "<p>You have not opened any episodes yet.</p>"
    )
    right = sum(1 for a in records.answers if a.correct)
    first = sum(1 for a in records.answers if a.first_try_correct)
    return (
        "<h3>What is saved about you</h3>"
        f"<ul><li>Your name: <strong>{html.escape(learner.display_name)}</strong></li>"
        f"<li>Found by: {how}</li>"
        f"<li>First saved: {html.escape(long_date(to_date(learner.created_at)))}</li>"
        f"<li>Quiz answers saved: {len(records.answers)} ({right} right at the latest try, "
        f"{first} right at the first try), with the number of tries and when</li>"
        f"<li>{html.escape(RETENTION_NOTE)}</li>"
        "</ul>" + table
    )


class RecordsView(widgets.VBox):
    def __init__(
        self,
        tracker: CourseTracker,
        course_title: str,
        on_deleted: Callable[[], None],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__()
        self.tracker = tracker
        self.course_title = course_title
        self.on_deleted = on_deleted
        self.clock = clock
        self.status = widgets.HTML("")
        self.download = widgets.HTML("")
        self.include_answers = widgets.Checkbox(
            value=False, description="Include each of my quiz answers", indent=False
        )
        self.name = widgets.Text(
            description="Name on your record",
            style={"description_width": "12rem"},
            layout=widgets.Layout(width="100%", max_width="34rem"),
        )
        self.confirm = widgets.VBox([])
        self.refresh()

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    def refresh(self) -> None:
        records = self.tracker.records()
        if records is None:
            self.children = (
                widgets.HTML(
                    "<h2>My records</h2><p>Nothing is saved about you: you have not given "
                    "your name or a personal code on this page. Type your name at the top "
                    "to start saving your progress.</p>"
                ),
            )
            return
        titles = {e.id: e.title for e in self.tracker.episodes}
        self.name.value = records.learner.display_name
        word = button("Prepare my record as a Word document (.docx)", primary=True)
        page = button("Prepare my record as a web page (.html)")
        word.on_click(
            guarded("preparing your record", self._error)(lambda _b: self.prepare("docx"))
        )
        page.on_click(
            guarded("preparing your record", self._error)(lambda _b: self.prepare("html"))
        )
        rename = button("Change my name")
        rename.on_click(guarded("changing your name", self._error)(lambda _b: self._rename()))
        delete = button("Delete all my records")
        delete.on_click(lambda _b: self._ask_delete())
        self.confirm.children = ()
        self.children = (
            widgets.HTML("<h2>My records</h2>"),
            self.status,
            widgets.HTML(stored_html(records, titles)),
            widgets.HTML(
                "<h3>Record of completion for your CPD</h3><p>A record of the episodes you "
                "have done, when, and your quiz results, with space for your reflection and "
                "a manager's signature.</p>"
            ),
            self.include_answers,
            row(word, page),
            self.download,
            widgets.HTML("<h3>Your name</h3><p>This is the name shown on your record.</p>"),
            row(self.name, rename),
            widgets.HTML(
                "<h3>Delete your records</h3><p>This deletes your name, your progress and "
                "your answers from the kit. It cannot be undone.</p>"
            ),
            delete,
            self.confirm,
        )

    def prepare(self, fmt: str) -> None:
        records = self.tracker.records()
        if records is None:
            self._error("Your records are no longer there. Reload the page to start afresh.")
            return
        record = build_record(
            self.course_title,
            self.tracker.episodes,
            records,
            self.clock(),
            include_answers=self.include_answers.value,
        )
        if fmt == "docx":
            from firstpost.core.learning.record_docx import record_docx

            data = record_docx(record)
        else:
            from firstpost.core.learning.record_html import record_html

            data = record_html(record).encode("utf-8")
        filename = safe_filename(f"Record of completion {ascii_name(record.learner_name)}", fmt)
        self.download.value = (
            f"<p>{download_link(filename, data, f'Save {filename}')} "
            f"<span class='fp-muted'>({FORMATS[fmt]})</span></p>"
        )
        self.status.value = notice(f"Your record is ready: use the link “Save {filename}”.", "ok")

    def _rename(self) -> None:
        problem = self.tracker.rename(self.name.value)
        if problem:
            self._error(problem)
            return
        self.refresh()
        self.status.value = notice("Your name is changed.", "ok")

    def _ask_delete(self) -> None:
        yes = button("Yes, delete all my records")
        yes.button_style = "danger"
        no = button("No, keep my records")
        yes.on_click(guarded("deleting your records", self._error)(lambda _b: self._delete()))
        no.on_click(lambda _b: setattr(self.confirm, "children", ()))
        self.confirm.children = (
            widgets.HTML(
                "<p role='alert'>Delete your name, progress and answers? This cannot be "
                "undone. Download your record first if you want to keep it.</p>"
            ),
            row(yes, no),
        )

    def _delete(self) -> None:
        self.tracker.delete_records()
        self.on_deleted()
