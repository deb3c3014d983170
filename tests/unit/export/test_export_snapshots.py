"""Every export of the worked example matches a reviewed snapshot.

When an export changes on purpose, rerun with FIRSTPOST_UPDATE_SNAPSHOTS=1, read the
diff of tests/unit/export/snapshots/, and commit it with the change.
"""

from __future__ import annotations

from firstpost.core.export import export_plan
from firstpost.core.export.csv_calendar import export_csv
from firstpost.core.export.html import export_html
from firstpost.core.export.ics import export_ics
from firstpost.core.export.markdown import export_markdown
from firstpost.core.plan import Plan


def test_word_sign_off_document(example, ctx, snapshot, docx_text):
    snapshot("council-social-workers.docx.txt", docx_text(export_plan(example, "docx", ctx)))


def test_html_summary(example, ctx, snapshot):
    snapshot("council-social-workers.html", export_html(example, ctx))


def test_markdown(example, ctx, snapshot):
    snapshot("council-social-workers.md", export_markdown(example, ctx))


def test_csv_calendar(example, ctx, snapshot):
    text = export_csv(example, ctx)
    assert all(line.endswith("\r") for line in text.split("\n")[:-1])  # RFC 4180 line ends
    snapshot("council-social-workers.csv", text.replace("\r\n", "\n"))


def test_ics_calendar(example, ctx, snapshot):
    text = export_ics(example, ctx).decode("utf-8")
    assert all(line.endswith("\r") for line in text.split("\n")[:-1])  # RFC 5545 line ends
    snapshot("council-social-workers.ics", text.replace("\r\n", "\n"))


def test_json_is_the_worked_example_file_itself(example, ctx, example_path):
    assert export_plan(example, "json", ctx) == example_path.read_bytes()


def test_an_empty_draft_exports_with_clear_gaps(ctx, snapshot):
    snapshot("empty-draft.md", export_markdown(Plan(), ctx))
