"""The planner's two charts, each an image with alt text plus a table saying the same.

Matplotlib draws off-screen (Agg) and is imported only when a chart is drawn, so
opening the planner does not pay for it.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence

from firstpost.core.plan import CalendarEntry, Risk


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def risk_heatmap_html(risks: Sequence[Risk]) -> str:
    scored = [(i, r) for i, r in enumerate(risks, start=1) if r.score is not None]
    if not scored:
        return '<p class="fp-muted">Score at least one risk (likelihood and impact) to see the risk map.</p>'
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(5.2, 4.4))
    ax = fig.subplots()
    grid = [[likelihood * impact for likelihood in range(1, 6)] for impact in range(1, 6)]
    ax.imshow(grid, origin="lower", cmap="YlOrRd", vmin=1, vmax=25, extent=(0.5, 5.5, 0.5, 5.5))
    cells: dict[tuple[int, int], list[str]] = {}
    for number, risk in scored:
        cells.setdefault((risk.likelihood, risk.impact), []).append(str(number))
    for (likelihood, impact), numbers in cells.items():
        ax.text(
            likelihood,
            impact,
            ", ".join(numbers),
            ha="center",
            va="center",
            fontsize=11,
            fontweight="bold",
            color="black",
            bbox={"boxstyle": "round", "facecolor": "white", "alpha": 0.85},
        )
    ax.set_xlabel("Likelihood (1 rare – 5 almost certain)")
    ax.set_ylabel("Impact (1 minor – 5 severe)")
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.set_title("Risk map: numbers are risks in the register")
    alt = (
        f"Risk map of {len(scored)} scored risks on a five by five grid of likelihood and impact. "
        "The table below lists the same risks."
    )
    rows = "".join(
        f"<tr><td>{number}</td><td>{html.escape(risk.risk or '(not described)')}</td>"
        f"<td>{risk.likelihood}</td><td>{risk.impact}</td><td>{risk.score}</td></tr>"
        for number, risk in sorted(scored, key=lambda item: -(item[1].score or 0))
    )
    table = (
        '<table class="fp-table"><caption>Risks by score (likelihood × impact), highest first</caption>'
        "<thead><tr><th scope=col>No.</th><th scope=col>Risk</th><th scope=col>Likelihood</th>"
        f"<th scope=col>Impact</th><th scope=col>Score</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return f'<img class="fp-chart" src="data:image/png;base64,{_png(fig)}" alt="{html.escape(alt)}">{table}'


# Shape as well as position tells the kinds apart, so colour is never the only signal.
KIND_MARKERS = {
    "publish": ("s", "Publish a post"),
    "closing": ("o", "Closing date"),
    "review": ("D", "Pilot review"),
}


def _label(entry: CalendarEntry, limit: int = 55) -> str:
    """A row label with the channel first: long job titles are cut, not where it goes out."""
    role = " ".join(entry.role.split()) or "a vacancy"
    if entry.kind == "publish":
        text = f"{entry.channel_name or 'Channel not chosen'}: {role}"
    elif entry.kind == "closing":
        text = f"Closes: {role}"
    else:
        text = entry.title
    return text if len(text) <= limit else text[: limit - 1] + "…"


def calendar_html(entries: Sequence[CalendarEntry]) -> str:
    dated = list(entries)
    if not dated:
        return '<p class="fp-muted">Add publish dates and closing dates to see the content calendar.</p>'
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9, 1.4 + 0.36 * len(dated)), layout="constrained")
    ax = fig.subplots()
    for kind, (marker, label) in KIND_MARKERS.items():
        rows = [(row, e) for row, e in enumerate(dated) if e.kind == kind]
        if rows:
            ax.plot(
                [e.day for _row, e in rows],
                [row for row, _e in rows],
                linestyle="none",
                marker=marker,
                markersize=9,
                color="#1d70b8",
                label=label,
            )
    # The entries name themselves on the left, where long titles have room; a label
    # beside each marker would run off the edge of the chart.
    ax.set_yticks(range(len(dated)))
    ax.set_yticklabels([_label(e) for e in dated], fontsize=9)
    ax.invert_yaxis()
    ax.grid(axis="x", color="#dddddd")
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    ax.set_title("Content calendar")
    fig.legend(loc="outside lower center", ncol=3, frameon=False, fontsize=9)
    alt = (
        f"Timeline of {len(dated)} dated items in the content calendar; the table below lists them."
    )
    rows = "".join(
        f"<tr><td>{html.escape(e.day.strftime('%a %d %b %Y'))}"
        f"{' ' + e.at.strftime('%H:%M') if e.at else ''}</td>"
        f"<td>{html.escape(e.title)}</td></tr>"
        for e in dated
    )
    table = (
        '<table class="fp-table"><caption>Content calendar in date order</caption>'
        f"<thead><tr><th scope=col>When</th><th scope=col>What</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return f'<img class="fp-chart" src="data:image/png;base64,{_png(fig)}" alt="{html.escape(alt)}">{table}'
