"""Exports are safe with hostile text, deterministic, and cheap to import."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import UTC, date, datetime, time

import pytest

from firstpost.core.export import FORMATS, ExportContext, export_plan
from firstpost.core.export.csv_calendar import export_csv, neutralise
from firstpost.core.export.html import export_html
from firstpost.core.export.markdown import export_markdown
from firstpost.core.plan import ChannelPost, Plan, Post, Risk, plan_from_json

SCRIPT = "<script>alert('x')</script>"


def hostile_plan() -> Plan:
    return Plan(
        title=f"{SCRIPT} & <b>bold</b>",
        owner='Sam "the boss" <sam@example.org>',
        organisation='=HYPERLINK("http://evil.example")',
        implementation={
            "posts": [
                Post(
                    role="=1+2",
                    closing_date=date(2030, 3, 29),
                    channels=(
                        ChannelPost(
                            channel="linkedin",
                            text="@SUM(A1:A9) *bold* [link](http://x)",
                            publish_date=date(2030, 3, 1),
                            publish_time=time(9),
                        ),
                        ChannelPost(
                            channel="x",
                            text="-2+3\n# heading\n<img src=x onerror=alert(1)>",
                            publish_date=date(2030, 3, 2),
                            publish_time=time(9),
                        ),
                        ChannelPost(
                            channel="facebook",
                            text="\tTabbed\x00\x0bcontrol",
                            publish_date=date(2030, 3, 3),
                            publish_time=time(9),
                        ),
                    ),
                )
            ]
        },
        risks=(Risk(risk=f"{SCRIPT}", likelihood=3, impact=3, control="<i>|pipe|</i>"),),
    )


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_copes_with_an_empty_draft_and_a_hostile_plan(name, ctx):
    for plan in (Plan(), hostile_plan()):
        assert export_plan(plan, name, ctx)


@pytest.mark.parametrize("name", sorted(set(FORMATS) - {"docx"}))
def test_every_text_format_is_byte_for_byte_deterministic(name, example, ctx):
    assert export_plan(example, name, ctx) == export_plan(example, name, ctx)


def test_word_content_is_deterministic(example, ctx, docx_text, monkeypatch):
    import time as clock

    first = docx_text(export_plan(example, "docx", ctx))
    real = clock.time
    monkeypatch.setattr(clock, "time", lambda: real() + 86_400 * 400)  # a year later
    assert docx_text(export_plan(example, "docx", ctx)) == first


def test_html_escapes_every_piece_of_user_text(ctx):
    page = export_html(hostile_plan(), ctx)
    assert "<script" not in page and "<img" not in page and "<b>bold" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold" in page
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert page.count("<main>") == 1 and "@media print" in page


def test_markdown_renders_user_text_as_text_not_html_or_links(ctx):
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").enable("table").render(export_markdown(hostile_plan(), ctx))
    assert "<script" not in rendered and "<img" not in rendered and "<i>" not in rendered
    assert "<a href" not in rendered and "<em>bold" not in rendered
    assert "<h1>heading" not in rendered  # "# heading" inside a post stays text


def test_csv_neutralises_spreadsheet_formulas(ctx):
    rows = list(csv.reader(io.StringIO(export_csv(hostile_plan(), ctx))))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'=1+2" in cells
    assert "'@SUM(A1:A9) *bold* [link](http://x)" in cells
    assert any(cell.startswith("'-2+3") for cell in cells)
    assert any(cell.startswith("'\t") for cell in cells)
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


@pytest.mark.parametrize("cell", ["=1", "+1", "-1", "@x", "\tx", "\rx"])
def test_each_formula_start_gets_an_apostrophe(cell):
    assert neutralise(cell) == "'" + cell
    assert neutralise("plain " + cell) == "plain " + cell


def test_csv_file_starts_with_a_byte_order_mark_for_excel(example, ctx):
    data = export_plan(example, "csv", ctx)
    assert data.startswith(b"\xef\xbb\xbfDate,Day,Time")
    assert "£38,000".encode() in data


def test_word_document_strips_characters_xml_cannot_hold(ctx, docx_text):
    text = docx_text(export_plan(hostile_plan(), "docx", ctx))
    assert "| Facebook | Sun 3 Mar 2030 09:00 | \tTabbedcontrol |" in text


def test_word_properties_come_from_the_plan_and_context(example, docx_text):
    when = datetime(2031, 1, 2, 3, 4, tzinfo=UTC)
    text = docx_text(export_plan(example, "docx", ExportContext(when, plan_id="abc")))
    assert "author: Amara Osei" in text
    assert "created: 2031-01-02T03:04:00+00:00" in text and "identifier: abc" in text


def test_calendar_uids_are_stable_and_dtstamp_is_the_generation_time(example, ctx):
    first = export_plan(example, "ics", ctx)
    later = export_plan(
        example, "ics", ExportContext(datetime(2027, 1, 1, tzinfo=UTC), plan_id=ctx.plan_id)
    )
    uids = [line for line in first.splitlines() if line.startswith(b"UID:")]
    assert uids == [line for line in later.splitlines() if line.startswith(b"UID:")]
    assert len(set(uids)) == len(uids) == 9
    assert b"DTSTAMP:20261125T093000Z" in first and b"DTSTAMP:20270101T000000Z" in later


def test_calendar_parses_back_with_the_right_events(example, ctx):
    from icalendar import Calendar

    events = Calendar.from_ical(export_plan(example, "ics", ctx)).walk("VEVENT")
    starts = sorted(str(e.get("summary")) for e in events if e.get("categories"))
    assert len(events) == 9
    assert "Pilot review" in starts


def test_json_export_import_export_is_byte_identical_even_for_odd_text(ctx):
    plan = hostile_plan().model_copy(update={"team": "Émilie’s team 👩‍💼 \u2028 end"})
    first = export_plan(plan, "json", ctx)
    again, problems = plan_from_json(first)
    assert problems == [] and again == plan
    assert export_plan(again, "json", ctx) == first


def test_context_needs_a_time_zone_so_times_are_not_ambiguous():
    with pytest.raises(ValueError, match="time zone"):
        ExportContext(datetime(2026, 11, 25, 9, 0))


def test_documents_list_open_problems_from_the_checks(ctx, example):
    late = ExportContext(ctx.generated_at, today=date(2030, 3, 20))
    text = export_markdown(example, late)
    assert "Checked on 20 March 2030: 6 to fix before sign-off" in text
    assert "Checked on 25 November 2026: no problems found." in export_markdown(example, ctx)


def test_importing_the_exporters_loads_no_heavy_library():
    script = (
        "import sys, firstpost.core.export as e, firstpost.core.export.docx, "
        "firstpost.core.export.ics; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('docx', 'icalendar')))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_unsaved_plans_get_distinct_calendar_uids(example):
    ctx = ExportContext(datetime(2026, 11, 25, tzinfo=UTC))  # no plan id yet
    other = example.model_copy(update={"title": "Another pilot"})

    def uids(plan: Plan) -> set[bytes]:
        ics = export_plan(plan, "ics", ctx)
        return {line for line in ics.splitlines() if line.startswith(b"UID:")}

    assert uids(example) == uids(example)
    assert not uids(example) & uids(other)
