"""The review's charts: the GCS chain from reach to hires, the impact, and each channel.

Counts along the chain differ a thousandfold (15,000 impressions, 2 hires), so that
chart uses a logarithmic scale and writes every number on its bar; the table beside
it on the page and in the document gives the same figures. Each bar is labelled with
its level in words, so colour is never the only way to tell them apart.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from firstpost.core.plan.display import format_number
from firstpost.core.plan.model import Plan
from firstpost.core.review.calculations import ReviewTotals
from firstpost.core.review.compare import first_number
from firstpost.core.review.model import FIELD_LABELS

# Colour-blind-safe (Okabe-Ito), one per GCS level; dark enough for text on white.
LEVEL_COLOURS = {"outputs": "#0072B2", "outtakes": "#009E73", "outcomes": "#D55E00"}
LEVEL_NAMES = {"outputs": "Outputs", "outtakes": "Outtakes", "outcomes": "Outcomes"}


@dataclass(frozen=True)
class Chart:
    png: bytes
    alt: str


def _figure(width: float, height: float, columns: int = 1):  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    return fig, fig.subplots(
        1, columns, gridspec_kw={"width_ratios": [3, 1]} if columns == 2 else None
    )


def _png(fig) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    return buffer.getvalue()


def impact_figures(
    plan: Plan, totals: ReviewTotals
) -> tuple[float | None, float | None, float | None]:
    """Vacancy rate (%): the plan's baseline and target for its impact measure, and now."""
    impact = [m for m in plan.scoring.measures if m.level == "impact"]
    baseline = first_number(impact[0].baseline) if impact else None
    target = first_number(impact[0].target) if impact else None
    actual = float(totals.vacancy_rate) if totals.vacancy_rate is not None else None
    return baseline, target, actual


def chain_chart(plan: Plan, totals: ReviewTotals) -> Chart | None:
    chain = [(level, field, total) for level, field, total in totals.chain() if total.value]
    baseline, target, actual = impact_figures(plan, totals)
    has_impact = actual is not None
    if not chain and not has_impact:
        return None
    fig, axes = _figure(8.2, 3.8, 2 if has_impact else 1)
    ax = axes[0] if has_impact else axes
    names = [f"{LEVEL_NAMES[level]}: {FIELD_LABELS[field].lower()}" for level, field, _t in chain]
    values = [total.value for _l, _f, total in chain]
    bars = ax.barh(names, values, color=[LEVEL_COLOURS[level] for level, _f, _t in chain])
    ax.bar_label(bars, labels=[format_number(v) for v in values], padding=3)
    ax.invert_yaxis()
    if values:
        ax.set_xscale("log")
        ax.set_xlim(0.8, max(values) * 8)
    ax.set_xlabel("Number (logarithmic scale)")
    ax.set_title("From reach to hires")
    parts = [f"{FIELD_LABELS[f].lower()} {format_number(t.value)}" for _l, f, t in chain]
    alt = "Bar chart along the GCS chain: " + (", ".join(parts) or "no counts yet") + "."
    if has_impact:
        impact_ax = axes[1]
        labels, numbers = [], []
        for label, value in (("Baseline", baseline), ("Target", target), ("Now", actual)):
            if value is not None:
                labels.append(label)
                numbers.append(value)
        bars = impact_ax.bar(labels, numbers, color="#CC79A7")
        impact_ax.bar_label(bars, labels=[f"{format_number(n)}%" for n in numbers], padding=2)
        impact_ax.set_ylim(0, max(numbers) * 1.3 or 1)
        impact_ax.set_title("Impact: vacancy rate")
        alt += (
            " Impact, vacancy rate: "
            + ", ".join(
                f"{label.lower()} {format_number(n)}%"
                for label, n in zip(labels, numbers, strict=True)
            )
            + "."
        )
    return Chart(_png(fig), alt + " The table gives the same figures.")


def channel_chart(totals: ReviewTotals) -> Chart | None:
    channels = [c for c in totals.channels if c.applications or c.hires]
    if not channels:
        return None
    fig, ax = _figure(7.0, 1.0 + 0.55 * len(channels))
    positions = range(len(channels))
    height = 0.38
    apps = ax.barh(
        [p - height / 2 for p in positions],
        [c.applications for c in channels],
        height,
        label="Applications",
        color="#0072B2",
    )
    hires = ax.barh(
        [p + height / 2 for p in positions],
        [c.hires for c in channels],
        height,
        label="Hires",
        color="#D55E00",
        hatch="//",
        edgecolor="white",
    )
    ax.bar_label(apps, padding=2)
    ax.bar_label(hires, padding=2)
    ax.set_yticks(list(positions), [c.label for c in channels])
    ax.invert_yaxis()
    ax.legend(loc="lower right")
    ax.set_xlabel("Number")
    ax.set_title("Applications and hires by channel")
    ax.set_xlim(0, max(max(c.applications, c.hires) for c in channels) * 1.25 or 1)
    described = "; ".join(
        f"{c.label}: {c.applications} application{'' if c.applications == 1 else 's'}, "
        f"{c.hires} hire{'' if c.hires == 1 else 's'}"
        for c in channels
    )
    alt = f"Bar chart of applications and hires by channel. {described}. The table gives the same figures."
    return Chart(_png(fig), alt)
