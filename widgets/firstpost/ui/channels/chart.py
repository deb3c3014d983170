"""Each channel's score split by criterion: a stacked bar chart plus the same as a table.

The chart is a PNG inside an <img> with alt text (ipywidgets' Image has no alt), and
the table after it gives every number, so nobody needs to see the picture. The two are
separate because they cost very different amounts: the table takes a millisecond and is
rebuilt on every change; the picture takes a few hundred and is drawn a moment later
(see deferred_chart). Bars carry hatching as well as colour, so the criteria can be
told apart without colour vision. Matplotlib is imported only when a chart is drawn.
"""

from __future__ import annotations

import base64
import html
import io
import textwrap

from firstpost.core.channels import CRITERIA, Ranking

# GOV.UK palette colours with strong contrast against white and each other.
COLOURS = ("#1d70b8", "#00703c", "#f47738", "#6f72af")
HATCHES = ("", "//", "..", "xx")


def _png(fig) -> str:
    buffer = io.BytesIO()
    # Fixed margins instead of bbox_inches="tight", which draws the figure twice.
    fig.savefig(buffer, format="png", dpi=96)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def chart_alt(ranking: Ranking) -> str:
    """What the picture shows, in words: the top three and the shortlist."""
    compared = ranking.compared
    top = ", ".join(f"{r.name} {r.total:.0f}" for r in compared[:3])
    chosen = ", ".join(r.name for r in ranking.shortlist)
    return (
        f"Stacked bar chart of {len(compared)} channels' scores out of 100, split by "
        f"criterion. Highest: {top}. On the shortlist: {chosen}. "
        "The table after the chart gives every number."
    )


def scores_table_html(ranking: Ranking) -> str:
    """Every number in the chart, highest first: always as current as the shortlist."""
    if not ranking.compared:
        return ""
    chosen = {r.id for r in ranking.shortlist}
    heads = "".join(f"<th scope=col>{html.escape(c.label)}</th>" for c in CRITERIA)
    rows = "".join(
        f"<tr><th scope=row>{html.escape(r.name)}</th>"
        f"<td>{'Yes' if r.id in chosen else 'No'}</td>"
        + "".join(f"<td>{c.points:.1f}</td>" for c in r.criteria)
        + f"<td><strong>{r.total:.1f}</strong></td></tr>"
        for r in ranking.compared
    )
    return (
        '<table class="fp-table"><caption>Scores out of 100, split by criterion, highest '
        f"first</caption><thead><tr><th scope=col>Channel</th><th scope=col>On the shortlist"
        f"</th>{heads}<th scope=col>Total</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def chart_image_html(ranking: Ranking) -> str:
    """The chart as an <img> with alt text; nothing when there is nothing ranked."""
    compared = ranking.compared
    if not compared:
        return ""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    chosen = {r.id for r in ranking.shortlist}
    height = 1.6 + 0.42 * len(compared)
    fig = Figure(figsize=(9, height))
    ax = fig.subplots()
    rows = list(range(len(compared)))
    left = [0.0] * len(compared)
    for index, criterion in enumerate(CRITERIA):
        points = [r.score_of(criterion.id).points for r in compared]
        ax.barh(
            rows,
            points,
            left=left,
            color=COLOURS[index],
            hatch=HATCHES[index],
            edgecolor="white",
            label=criterion.label,
        )
        left = [a + b for a, b in zip(left, points, strict=True)]
    ax.set_yticks(rows)
    ax.set_yticklabels(
        [
            textwrap.fill(f"{r.name} (shortlisted)" if r.id in chosen else r.name, 30)
            for r in compared
        ],
        fontsize=9,
    )
    ax.invert_yaxis()
    ax.set_xlim(0, 108)
    ax.set_xticks(range(0, 101, 20))
    ax.set_xlabel("Score out of 100")
    # A figure title sits above the legend (an axes title would sit between legend and
    # bars), centred over the bars: x is the middle of left=0.3 and right=0.97 below.
    fig.suptitle("Each channel's score, split by criterion", x=0.635, y=1 - 0.12 / height)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.02), ncol=2, frameon=False)
    for row, result in zip(rows, compared, strict=True):
        ax.text(result.total + 1, row, f"{result.total:.0f}", va="center", fontsize=9)
    fig.subplots_adjust(left=0.3, right=0.97, top=1 - 1.0 / height, bottom=0.5 / height)
    return (
        f'<img class="fp-chart" src="data:image/png;base64,{_png(fig)}" '
        f'alt="{html.escape(chart_alt(ranking))}">'
    )
