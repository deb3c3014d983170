"""The review's results on the page: the GCS chain, each channel, and the plan's targets.

Each chart is an image with alt text followed by a table of the same figures, so the
page reads completely without the pictures (and with a screen reader).
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence

from firstpost.core.plan.model import Plan
from firstpost.core.review.calculations import ReviewTotals
from firstpost.core.review.charts import Chart, chain_chart, channel_chart
from firstpost.core.review.compare import Comparison
from firstpost.core.review.export import totals_rows


def _image(chart: Chart | None) -> str:
    if chart is None:
        return ""
    data = base64.b64encode(chart.png).decode("ascii")
    return (
        f'<img class="fp-chart" src="data:image/png;base64,{data}" alt="{html.escape(chart.alt)}">'
    )


def table(caption: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th scope='col'>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return (
        f'<table class="fp-table"><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def chain_html(plan: Plan, totals: ReviewTotals) -> str:
    channels = [
        (c.label, str(c.applications), str(c.hires), f"£{c.cost:,.2f}") for c in totals.channels
    ]
    return (
        "<h3>Along the GCS chain: outputs, outtakes, outcomes, impact</h3>"
        + _image(chain_chart(plan, totals))
        + table("Totals along the GCS chain", ("Level", "Figure", "Value"), totals_rows(totals))
        + "<h3>By channel</h3>"
        + _image(channel_chart(totals))
        + table(
            "Applications, hires and cost by channel",
            ("Channel", "Applications", "Hires", "Cost"),
            channels,
        )
    )


def comparison_html(caption: str, rows: Sequence[Comparison]) -> str:
    if not rows:
        return ""
    cells = "".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape(value or '(blank)')}</td>"
            for value in (c.level, c.name, c.baseline, c.target, c.actual or "(not given)")
        )
        + f"<td class='fp-fac-verdict--{c.verdict}'>{html.escape(c.verdict_words)}</td></tr>"
        for c in rows
    )
    head = "".join(
        f"<th scope='col'>{h}</th>"
        for h in ("Level", "Name", "Baseline", "Target", "Actual", "Result")
    )
    return (
        f'<table class="fp-table"><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{cells}</tbody></table>"
    )
