"""Every document the kit writes carries hostile text inert, in every field.

A plan is filled field by field with script tags, event handlers, `javascript:` links,
Markdown and template tricks, spreadsheet formulas, line-break injection and
bidirectional/zero-width characters. Each export is then read back the way its
reader would read it (an HTML parser, a Markdown renderer, Word, a calendar parser,
a spreadsheet's CSV reader) and must show the text literally and run nothing.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest

from firstpost.core.export import ExportContext, export_plan
from firstpost.core.plan import Plan, plan_from_dict

CALENDAR_BREAK = "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected"
PAYLOADS = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "[click](javascript:window.__pwned=1)",
    "<a href=javascript:window.__pwned=1>link</a>",
    '<iframe src="javascript:window.__pwned=1"></iframe>',
    "<svg onload=window.__pwned=1>",
    "**bold** _it_ `code` </div></td></table> {{ 7*7 }} ${7*7} {% raw %}",
    '=HYPERLINK("http://evil.example","x")',
    "+SUM(1)",
    "-1+2",
    "@cmd",
    "\t=tabbed",
    "\r=carriage",
    "\u202eexe.txt\u200b zero\u200dwidth \u2066isolate\u2069",
    "![x](javascript:window.__pwned=1) <javascript:window.__pwned=1> <http://evil.example>",
    "# heading\n> quote\n- item\n1. one\n---\n| a | b |",
    CALENDAR_BREAK,
    "L" * 4000 + "<script>window.__pwned=1</script>",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CTX = ExportContext(datetime(2026, 11, 25, 9, 30, tzinfo=UTC), plan_id="f" * 32)


class Cycle:
    """Hands out the payloads in turn, so every field gets one and every payload is used."""

    def __init__(self) -> None:
        self.index = 0

    def __call__(self) -> str:
        value = PAYLOADS[self.index % len(PAYLOADS)]
        self.index += 1
        return value


def hostile_plan() -> Plan:
    p = Cycle()
    person = lambda: {"name": p(), "role": p()}  # noqa: E731
    post = lambda day: {  # noqa: E731
        "role": p(),
        "grade": p(),
        "closing_date": "2030-03-29",
        "channels": [
            {"channel": channel, "text": p(), "publish_date": f"2030-03-{day + i:02d}"}
            | {"publish_time": "09:00"}
            for i, channel in enumerate(("linkedin", "facebook", p()))
        ],
    }
    data = {
        "title": p(),
        "owner": p(),
        "team": p(),
        "organisation": p(),
        "workshop_code": p(),
        "objectives": [
            {"what": p(), "baseline": 1, "target": 2, "unit": p(), "by_when": "2030-06-01"}
            for _ in range(2)
        ],
        "audience": {"audiences": ["school-leavers"], "barriers": p()},
        "strategy": {"channels": ["linkedin", p()], "key_messages": list(PAYLOADS)},
        "implementation": {
            "posts": [post(1), post(10)],
            "author": person(),
            "approvers": [person(), person()],
        },
        "governance": {
            "account_admins": list(PAYLOADS),
            "two_factor_confirmed": True,
            **{
                field: p()
                for field in (
                    "leavers_access_removal",
                    "monitoring_hours",
                    "escalation_contact",
                    "holding_statement",
                    "house_rules",
                )
            },
        },
        "risks": [
            {"risk": p(), "likelihood": 3, "impact": 4, "owner": p(), "control": p()}
            | {"case_study": p()}
            for _ in range(3)
        ],
        "scoring": {
            "measures": [
                {"level": "outcomes", "name": p(), "baseline": p(), "target": p()} for _ in range(3)
            ]
        },
        "review_date": "2030-07-01",
    }
    plan, problems = plan_from_dict(data)
    assert problems == [] and plan is not None
    return plan


def flat(text: str) -> str:
    return " ".join(text.split())


def literal_payloads() -> list[str]:
    """The payloads as a reader should see them (line breaks may become spaces)."""
    return [flat(payload) for payload in PAYLOADS]


class Markup(HTMLParser):
    """Every tag and attribute in a page, and its text as a browser would show it."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, name, value) for name, value in attrs]

    handle_startendtag = handle_starttag

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @property
    def shown(self) -> str:
        return flat(" ".join(self.text))


def assert_inert(page: str, tags: set[str], attributes: set[str]) -> Markup:
    markup = Markup(page)
    assert set(markup.tags) <= tags, set(markup.tags) - tags
    live = [(t, n, v) for t, n, v in markup.attributes if n not in attributes]
    assert live == []
    assert not [v for _t, _n, v in markup.attributes if v and "javascript" in v.lower()]
    return markup


PAGE_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2"}
PAGE_TAGS |= {"p", "dl", "dt", "dd", "ul", "li", "table", "caption", "thead", "tbody"}
PAGE_TAGS |= {"tr", "th", "td"}
PAGE_ATTRIBUTES = {"lang", "charset", "name", "content", "class", "scope"}
MARKDOWN_TAGS = {"h1", "h2", "p", "em", "strong", "ul", "li", "br", "table", "thead", "tbody"}
MARKDOWN_TAGS |= {"tr", "th", "td"}


@pytest.fixture(scope="module")
def plan() -> Plan:
    return hostile_plan()


def test_every_payload_reached_a_field(plan):
    dumped = json.dumps(plan.model_dump(mode="json"))
    for payload in PAYLOADS:
        assert json.dumps(payload)[1:-1] in dumped


def test_html_summary_has_only_its_own_tags_and_shows_the_text(plan):
    page = export_plan(plan, "html", CTX).decode("utf-8")
    shown = assert_inert(page, PAGE_TAGS, PAGE_ATTRIBUTES).shown
    for payload in literal_payloads():
        assert payload in shown, payload[:60]


def render_markdown(text: str) -> str:
    from markdown_it import MarkdownIt

    # CommonMark with raw HTML allowed (as GitHub, GitLab and most wikis render it) plus
    # tables: the exporter, not the renderer, has to make the text safe.
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(text)


def test_markdown_renders_to_text_with_no_link_tag_or_html(plan):
    rendered = render_markdown(export_plan(plan, "md", CTX).decode("utf-8"))
    shown = assert_inert(rendered, MARKDOWN_TAGS, set()).shown
    for payload in literal_payloads():
        assert payload in shown, payload[:60]


def docx_parts(data: bytes) -> tuple[str, str]:
    """The visible text of a Word file, and its raw XML, to look for fields and links."""
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [cell.text for row in table.rows for cell in row.cells]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        )
    return flat(" ".join(lines)), xml


def assert_word_literal(data: bytes, payloads: list[str]) -> None:
    text, xml = docx_parts(data)
    # No field codes (HYPERLINK, INCLUDETEXT) or links were made from typed text.
    assert "<w:hyperlink" not in xml and "instrText" not in xml and "fldSimple" not in xml
    assert "<script" not in xml and "<img" not in xml
    for payload in payloads:
        assert payload in text, payload[:60]


def test_word_document_holds_the_text_literally(plan):
    assert_word_literal(export_plan(plan, "docx", CTX), literal_payloads())


def test_calendar_carries_the_text_and_cannot_be_split_into_extra_events(plan):
    from icalendar import Calendar

    data = export_plan(plan, "ics", CTX)
    events = Calendar.from_ical(data).walk("VEVENT")
    posts = sum(len(post.channels) for post in plan.implementation.posts)
    assert len(events) == posts + len(plan.implementation.posts) + 1  # + closing, + review
    assert not [e for e in events if str(e.get("summary")) == "injected"]
    assert b"\r\nBEGIN:VEVENT\r\nSUMMARY:injected" not in data
    described = " ".join(str(e.get("description", "")) for e in events)
    assert flat(CALENDAR_BREAK) in flat(described)
    for post in plan.implementation.posts:
        for slot in post.channels:
            assert flat(slot.text) in flat(described), slot.text[:60]


def test_json_plan_file_carries_every_field_literally(plan):
    again, problems = plan_from_dict(json.loads(export_plan(plan, "json", CTX)))
    assert problems == [] and again == plan


def csv_cells(data: bytes, columns: int | None = None) -> list[str]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len({len(row) for row in rows}) == 1  # no row or column injected
    assert columns is None or len(rows[0]) == columns
    return [cell for row in rows[1:] for cell in row]


def assert_no_formula(cells: list[str]) -> None:
    assert cells
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]


def test_planner_calendar_csv_neutralises_formulas(plan):
    assert_no_formula(csv_cells(export_plan(plan, "csv", CTX), 7))
    formulas = [p for p in PAYLOADS if p.startswith(FORMULA_STARTS)]
    channels = [
        {"channel": f"{text}", "text": text, "publish_date": "2030-03-01"} for text in formulas
    ]
    posts = [{"role": "=1+2", "closing_date": "2030-03-29", "channels": channels}]
    spreadsheet, problems = plan_from_dict({"implementation": {"posts": posts}})
    assert problems == []
    cells = csv_cells(export_plan(spreadsheet, "csv", CTX), 7)
    assert_no_formula(cells)
    assert {"'" + text for text in formulas} <= set(cells) and "'=1+2" in cells


def review(plan: Plan):
    from firstpost.core.review.model import ChannelActuals, LabelledActual, PilotReview

    p = Cycle()
    return PilotReview(
        rows=tuple(
            ChannelActuals(post=0, channel=channel, impressions="=1+1", clicks="@x", cost="-5")
            for channel in ("linkedin", "facebook")
        ),
        other_costs="+3",
        group_label=p(),
        vacancy_rate="=9",
        objective_actuals=(LabelledActual(label=p(), actual=p()),),
        measure_actuals=(LabelledActual(label=p(), actual=p()),),
        recommendation="adjust",
        reasons=p(),
        lessons=p(),
    )


def test_review_exports_are_inert(plan):
    from firstpost.core.review.export import (
        actuals_csv,
        plan_and_review_docx,
        plan_and_review_markdown,
    )

    pilot = review(plan)
    assert_no_formula(csv_cells(actuals_csv(plan, pilot), 11))
    rendered = render_markdown(plan_and_review_markdown(plan, pilot, CTX).decode("utf-8"))
    shown = assert_inert(rendered, MARKDOWN_TAGS, set()).shown
    for payload in (pilot.reasons, pilot.lessons):
        assert flat(payload) in shown
    assert_word_literal(plan_and_review_docx(plan, pilot, CTX), [flat(pilot.lessons)])


def test_workshop_pack_and_its_spreadsheet_are_inert(plan):
    from firstpost.core.plan.records import PlanRecord
    from firstpost.core.workshop.overview import plan_column
    from firstpost.core.workshop.pack import overview_csv, pack_docx, pack_zip

    stamp = "2030-01-01T00:00:00+00:00"
    record = PlanRecord("f" * 32, "local:ana", "active", 1, stamp, stamp, "ana", plan)
    columns = [plan_column(record)]
    cells = csv_cells(overview_csv(columns), 8)
    assert_no_formula(cells)
    assert cells[0] == PAYLOADS[0]  # the title, as typed
    assert_word_literal(pack_docx(PAYLOADS[3], columns, CTX.generated_at), [PAYLOADS[0]])
    with zipfile.ZipFile(io.BytesIO(pack_zip(PAYLOADS[5], columns, CTX.generated_at))) as archive:
        spreadsheets = [name for name in archive.namelist() if name.endswith(".csv")]
        assert len(spreadsheets) == 2  # the overview and the plan's content calendar
        for name in spreadsheets:
            assert_no_formula(csv_cells(archive.read(name)))


def test_surgery_report_exports_are_inert():
    from firstpost.core.surgery.records import SurgeryLog
    from firstpost.core.surgery.report import monthly_report
    from firstpost.core.surgery.report_export import report_csv, report_docx

    log = SurgeryLog(
        surgery_id="s1",
        held_on=date(2030, 3, 4),
        attendance=5,
        topics=(PAYLOADS[7], PAYLOADS[0]),
        questions_asked=3,
        questions_answered=2,
        outcomes=PAYLOADS[10] + " " + PAYLOADS[1],
        saved_by="local:fran",
        saved_at="2030-03-04T10:00:00+00:00",
    )
    report = monthly_report([log])
    cells = csv_cells(report_csv(report), 6)
    assert_no_formula(cells)
    assert "'" + PAYLOADS[10] + " " + PAYLOADS[1] in cells
    data = report_docx(report, generated_at=CTX.generated_at, author=PAYLOADS[0])
    assert_word_literal(data, [PAYLOADS[1]])


def test_learning_record_page_escapes_the_learner_name():
    from firstpost.core.learning.completion import AnswerLine, CompletionRecord
    from firstpost.core.learning.record_html import record_html

    record = CompletionRecord(
        course_title="First steps",
        learner_name=PAYLOADS[1],
        generated_at=CTX.generated_at,
        lines=(),
        answers=(AnswerLine(PAYLOADS[5], 1, PAYLOADS[0], (PAYLOADS[3],), True, 1),),
        include_answers=True,
    )
    markup = assert_inert(record_html(record), PAGE_TAGS, PAGE_ATTRIBUTES)
    assert PAYLOADS[1] in markup.shown and PAYLOADS[3] in markup.shown


def test_every_csv_writer_in_the_kit_is_covered_here():
    """A new CSV export must use `neutralise` and be added to this file."""
    from pathlib import Path

    import firstpost

    root = Path(firstpost.__file__).parent
    writers = sorted(
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "csv.writer(" in path.read_text(encoding="utf-8")
    )
    assert writers == [
        "core/export/csv_calendar.py",
        "core/review/export.py",
        "core/surgery/report_export.py",
        "core/workshop/pack.py",
    ]
    for name in writers:
        assert "neutralise(" in (root / name).read_text(encoding="utf-8")
