"""The timeline chart: an image with alt text, and a table saying the same thing.

Events too close together to tell apart are stacked, so a story told in hours (McDonald's)
and one told in years (Monmouthshire) both read clearly. Matplotlib is imported only
when a chart is drawn.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence

from firstpost.core.case_studies.timeline import TimelinePoint, span_text

BRAND = "#1d70b8"
ROUGH = "#505a5f"


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def timeline_table(points: Sequence[TimelinePoint], caption: str) -> str:
    rows = "".join(
        f"<tr><td>{p.number}</td><td>{html.escape(p.when_text)}</td>"
        f"<td>{html.escape(p.since_start)}</td><td>{html.escape(p.event)}</td></tr>"
        for p in points
    )
    return (
        f'<table class="fp-table fp-cs-timeline-table"><caption>{html.escape(caption)}</caption>'
        "<thead><tr><th scope=col>No.</th><th scope=col>When</th>"
        "<th scope=col>Time since the start</th><th scope=col>What happened</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _draw(points: Sequence[TimelinePoint], title: str) -> str:
    from datetime import timedelta

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.5, 2.6))
    ax = fig.subplots()
    times = [p.when for p in points]
    first, last = min(times), max(times)
    clock = any(p.precision == "minute" for p in points)
    # Pad the ends so a single event, or events hours apart, still sit on a readable axis.
    pad = max((last - first) * 0.08, timedelta(hours=12) if clock else timedelta(days=2))
    # Events too close to tell apart on the axis are stacked, numbered bottom to top.
    near = max((last - first) * 0.03, timedelta(minutes=1))
    levels: list[int] = []
    for index, point in enumerate(points):
        level = sum(1 for earlier in points[:index] if abs(point.when - earlier.when) < near)
        levels.append(level)
        ax.plot(
            [point.when],
            [level],
            marker="o" if not point.approximate else "s",
            markersize=11,
            color=BRAND if not point.approximate else ROUGH,
            linestyle="none",
        )
        ax.annotate(
            str(point.number),
            (point.when, level),
            xytext=(0, 10),
            textcoords="offset points",
            ha="center",
            fontsize=11,
            fontweight="bold",
        )
    if first != last:
        ax.plot([first, last], [0, 0], color="#b1b4b6", zorder=0)
    ax.set_xlim(first - pad, last + pad)
    locator = AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.set_yticks([])
    ax.set_ylim(-0.8, max(levels) + 0.6)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.set_title(title)
    return _png(fig)


def timeline_html(points: Sequence[TimelinePoint], case_title: str, complete: bool) -> str:
    """The chart of the events revealed so far, and the same events as a table."""
    if not points:
        return (
            '<p class="fp-muted">Nothing revealed yet. Events appear here, in order, as the '
            "story goes on.</p>"
        )
    which = "Timeline" if complete else "Timeline so far"
    title = f"{which}: numbers match the table below"
    alt = (
        f"{which} of {case_title}. {span_text(points)} Round markers are exact dates; "
        "square grey markers are approximate. The table below lists every event."
    )
    image = (
        f'<img class="fp-chart" src="data:image/png;base64,{_draw(points, title)}" '
        f'alt="{html.escape(alt)}">'
    )
    return image + timeline_table(points, f"{which}: each event and the time since the start")
