"""The review in the plan's documents: the sign-off Word file and Markdown with a review
section at the end, and the actual figures as a spreadsheet.

The plan's own exporters make the plan part, unchanged, so the reviewed plan reads
exactly like the one that was signed off; the review follows as its last section, in
the same building blocks (facts, tables, paragraphs).
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from firstpost.core.export import ExportContext, export_plan
from firstpost.core.export.csv_calendar import neutralise
from firstpost.core.export.markdown import escape, escape_inline
from firstpost.core.export.outline import Block, Bullets, Facts, Para, Section, Table
from firstpost.core.plan.display import format_number
from firstpost.core.plan.model import Plan
from firstpost.core.review.calculations import ReviewTotals, review_totals
from firstpost.core.review.charts import chain_chart, channel_chart
from firstpost.core.review.compare import Comparison, compare_measures, compare_objectives
from firstpost.core.review.model import (
    FIELD_LABELS,
    FIGURE_FIELDS,
    RECOMMENDATION_LABELS,
    PilotReview,
    fitted_to_plan,
    row_label,
)
from firstpost.core.review.store import ReviewStore

REVIEW_HEADING = "Pilot review"


def _money(value: Decimal | None) -> str:
    return "(not given)" if value is None else f"£{value:,.2f}"


def _ratio(value: float | None, places: int = 2) -> str:
    return "(not enough figures)" if value is None else f"{value:.{places}f}"


def totals_rows(totals: ReviewTotals) -> tuple[tuple[str, str, str], ...]:
    """(level, figure, value) along the GCS chain, then the figures worked out from them."""
    rows = [
        (
            level.capitalize(),
            FIELD_LABELS[field],
            format_number(total.value)
            + ("" if total.complete else f" ({total.filled} of {total.rows} rows given)"),
        )
        for level, field, total in totals.chain()
    ]
    percent = None if totals.click_through is None else totals.click_through * 100
    rows += [
        (
            "Outtakes",
            "Click-through rate (clicks ÷ impressions)",
            "(not enough figures)" if percent is None else f"{percent:.1f}%",
        ),
        ("Outcomes", "Applications per vacancy", _ratio(totals.applications_per_vacancy, 1)),
        ("Outcomes", "Total cost (channels and other costs)", _money(totals.total_cost)),
        ("Outcomes", "Cost per hire (total cost ÷ hires)", _money(totals.cost_per_hire)),
        (
            "Outcomes",
            "Time to hire (average over hires)",
            "(not given)" if totals.time_to_hire is None else f"{totals.time_to_hire:.1f} weeks",
        ),
        (
            "Outcomes",
            "Conversion ratio for the group (% of hires ÷ % of applicants)",
            _ratio(totals.conversion_ratio),
        ),
        (
            "Impact",
            "Vacancy rate now",
            "(not given)" if totals.vacancy_rate is None else f"{totals.vacancy_rate}%",
        ),
    ]
    return tuple(rows)


def _comparison_table(caption: str, rows: list[Comparison]) -> Table:
    return Table(
        caption,
        ("Level", "Name", "Baseline", "Target", "Actual", "Result"),
        tuple(
            (
                c.level,
                c.name,
                c.baseline or "(blank)",
                c.target or "(blank)",
                c.actual or "(not given)",
                c.verdict_words,
            )
            for c in rows
        ),
    )


def review_section(plan: Plan, review: PilotReview, version: int | None = None) -> Section:
    totals = review_totals(plan, review)
    facts = [
        ("Recommendation", RECOMMENDATION_LABELS.get(review.recommendation, "(not chosen yet)")),
        ("Why", review.reasons.strip() or "(blank)"),
    ]
    if version is not None:
        facts.append(("Saved with the plan as", f"Version {version}"))
    if review.group_label.strip():
        facts.append(("Group for the diversity figures", review.group_label.strip()))
    blocks: list[Block] = [Facts(tuple(facts))]
    lessons = tuple(line.strip() for line in review.lessons.splitlines() if line.strip())
    blocks += [Para("Lessons learned:"), Bullets(lessons) if lessons else Para("(none yet)")]
    figure_rows = tuple(
        (row_label(plan, row), *(getattr(row, field).strip() or "-" for field in FIGURE_FIELDS))
        for row in review.rows
    )
    headers = ("Post and channel", *(FIELD_LABELS[field] for field in FIGURE_FIELDS))
    if figure_rows:
        blocks.append(Table("Actual figures for each post and channel", headers, figure_rows))
    blocks.append(
        Table("Totals along the GCS chain", ("Level", "Figure", "Value"), totals_rows(totals))
    )
    objectives = compare_objectives(plan, review)
    if objectives:
        blocks.append(_comparison_table("Objectives: planned and actual", objectives))
    measures = compare_measures(plan, review)
    if measures:
        blocks.append(_comparison_table("Measures: planned and actual", measures))
    return Section(REVIEW_HEADING, tuple(blocks))


def latest_review_sections(reviews: ReviewStore, plan_id: str, plan: Plan) -> tuple[Section, ...]:
    """The review last saved with the plan, as sections for the plan's own exports.

    Empty when the plan has never been reviewed, so exporters can always add the result.
    """
    versions = reviews.versions(plan_id)
    if not versions:
        return ()
    newest = versions[0].version_number
    review = reviews.for_version(plan_id, newest)
    if review is None:
        return ()
    return (review_section(plan, fitted_to_plan(plan, review), newest),)


def plan_and_review_docx(
    plan: Plan, review: PilotReview, ctx: ExportContext, version: int | None = None
) -> bytes:
    """The plan's sign-off document with the review, and its charts, as the last section."""
    from firstpost.core.workshop.documents import (
        add_blocks,
        add_chart,
        open_document,
        page_break,
        to_bytes,
    )

    doc = open_document(export_plan(plan, "docx", ctx))
    page_break(doc)
    section = review_section(plan, review, version)
    doc.add_heading(section.heading, level=1)
    totals = review_totals(plan, review)
    for chart in (chain_chart(plan, totals), channel_chart(totals)):
        if chart is not None:
            add_chart(doc, chart.png, chart.alt)
    add_blocks(doc, section.blocks)
    return to_bytes(doc)


def _markdown_blocks(blocks: tuple[Block, ...]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        lines.append("")
        if isinstance(block, Facts):
            lines += [f"- **{escape(label)}:** {escape(value)}" for label, value in block.items]
        elif isinstance(block, Table):
            cells = [" ".join(c.split()) for c in block.headers]
            lines += [f"**{escape(block.caption)}**", ""]
            lines.append("| " + " | ".join(escape_inline(c) for c in cells) + " |")
            lines.append("|" + "|".join(" --- " for _ in cells) + "|")
            for row in block.rows:
                lines.append(
                    "| " + " | ".join(escape_inline(" ".join(c.split())) or " " for c in row) + " |"
                )
        elif isinstance(block, Bullets):
            lines += [f"- {escape(item)}" for item in block.items]
        elif isinstance(block, Para):
            lines.append(escape(block.text))
    return lines


def plan_and_review_markdown(
    plan: Plan, review: PilotReview, ctx: ExportContext, version: int | None = None
) -> bytes:
    section = review_section(plan, review, version)
    text = export_plan(plan, "md", ctx).decode("utf-8").rstrip("\n")
    lines = [text, "", f"## {escape(section.heading)}", *_markdown_blocks(section.blocks)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def actuals_csv(plan: Plan, review: PilotReview) -> bytes:
    """One row per post and channel, figures as typed, for the team's spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("Post and channel", "Channel", *(FIELD_LABELS[f] for f in FIGURE_FIELDS)))
    for row in review.rows:
        cells = (
            row_label(plan, row),
            row.channel,
            *(getattr(row, field).strip() for field in FIGURE_FIELDS),
        )
        writer.writerow([neutralise(cell) for cell in cells])
    return out.getvalue().encode("utf-8-sig")
