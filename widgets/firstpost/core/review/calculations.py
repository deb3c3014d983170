"""The review's sums, along the GCS chain: outputs → outtakes → outcomes → impact.

Every figure is a plain calculation that can be checked with a calculator, and the
tests do exactly that:
- click-through rate = clicks ÷ impressions, over rows giving both;
- applications per vacancy = applications ÷ vacancies (posts in the plan);
- cost per hire = (channel costs + other costs) ÷ hires (ISO/TS 30407:2017: external
  plus internal costs, divided by hires);
- time to hire = the average over hires: Σ(weeks × hires) ÷ Σ hires, for rows giving both;
- conversion ratio = (% of hires from the group) ÷ (% of applicants from the group),
  from rows where both group figures were collected (Business in the Community's
  measure: 1.0 means the group does as well at every stage as everyone else).
Boxes left blank or typed wrongly are left out; `filled` says how many rows counted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from firstpost.core.plan.channels import DEFAULT_CHANNEL_CATALOGUE, ChannelType, channel_label
from firstpost.core.plan.model import Plan
from firstpost.core.review.figures import RowFigures, counted_row, parse_percent, parse_pounds
from firstpost.core.review.model import PilotReview

CHAIN_FIELDS = ("impressions", "clicks", "applications", "shortlisted", "hires")
CHAIN_LEVELS = {
    "impressions": "outputs",
    "clicks": "outtakes",
    "applications": "outcomes",
    "shortlisted": "outcomes",
    "hires": "outcomes",
}


@dataclass(frozen=True)
class Total:
    value: int | None  # None when no row gave this figure
    filled: int  # rows that gave it
    rows: int  # rows in the review

    @property
    def complete(self) -> bool:
        return self.filled == self.rows


@dataclass(frozen=True)
class ChannelSummary:
    channel: str
    label: str
    applications: int
    hires: int
    cost: Decimal


@dataclass(frozen=True)
class ReviewTotals:
    vacancies: int
    impressions: Total
    clicks: Total
    applications: Total
    shortlisted: Total
    hires: Total
    channel_costs: Decimal | None
    other_costs: Decimal | None
    click_through: float | None
    applications_per_vacancy: float | None
    cost_per_hire: Decimal | None
    time_to_hire: Decimal | None
    conversion_ratio: float | None
    social_hires: int | None
    social_applications: int | None
    vacancy_rate: Decimal | None
    channels: tuple[ChannelSummary, ...]

    @property
    def total_cost(self) -> Decimal | None:
        if self.channel_costs is None and self.other_costs is None:
            return None
        return (self.channel_costs or Decimal(0)) + (self.other_costs or Decimal(0))

    def chain(self) -> list[tuple[str, str, Total]]:
        """(level, field, total) along the chain, for charts and tables."""
        return [(CHAIN_LEVELS[field], field, getattr(self, field)) for field in CHAIN_FIELDS]


def _total(figures: list[RowFigures], field: str) -> Total:
    values = [getattr(f, field) for f in figures if getattr(f, field) is not None]
    return Total(sum(values) if values else None, len(values), len(figures))


def _ratio(top: float | Decimal | int | None, bottom: float | Decimal | int | None) -> float | None:
    if top is None or not bottom:
        return None
    return float(top) / float(bottom)


def _click_through(figures: list[RowFigures]) -> float | None:
    pairs = [(f.clicks, f.impressions) for f in figures if f.clicks is not None and f.impressions]
    return _ratio(sum(c for c, _i in pairs), sum(i for _c, i in pairs)) if pairs else None


def _time_to_hire(figures: list[RowFigures]) -> Decimal | None:
    pairs = [(f.time_to_hire, f.hires) for f in figures if f.time_to_hire is not None and f.hires]
    hires = sum(h for _t, h in pairs)
    if not hires:
        return None
    return sum((t * h for t, h in pairs), Decimal(0)) / hires


def _conversion_ratio(figures: list[RowFigures]) -> float | None:
    collected = [
        f
        for f in figures
        if f.group_applications is not None
        and f.group_hires is not None
        and f.applications
        and f.hires is not None
    ]
    applications = sum(f.applications or 0 for f in collected)
    hires = sum(f.hires or 0 for f in collected)
    group_applications = sum(f.group_applications or 0 for f in collected)
    group_hires = sum(f.group_hires or 0 for f in collected)
    if not applications or not hires or not group_applications:
        return None
    share_of_hires = group_hires / hires
    share_of_applicants = group_applications / applications
    return share_of_hires / share_of_applicants


def review_totals(
    plan: Plan,
    review: PilotReview,
    catalogue: Mapping[str, ChannelType] | None = None,
) -> ReviewTotals:
    catalogue = DEFAULT_CHANNEL_CATALOGUE if catalogue is None else catalogue
    figures = [counted_row(row) for row in review.rows]
    costs = [f.cost for f in figures if f.cost is not None]
    channel_costs = sum(costs, Decimal(0)) if costs else None
    other_costs, _problem = parse_pounds(review.other_costs)
    vacancy_rate, _problem = parse_percent(review.vacancy_rate)
    totals = {field: _total(figures, field) for field in CHAIN_FIELDS}
    hires = totals["hires"].value
    vacancies = len(plan.implementation.posts)

    social_rows = [
        f
        for row, f in zip(review.rows, figures, strict=True)
        if catalogue.get(row.channel) == "social"
    ]
    social = [f.hires for f in social_rows if f.hires is not None]
    social_applications = [f.applications for f in social_rows if f.applications is not None]
    by_channel: dict[str, list[RowFigures]] = {}
    for row, f in zip(review.rows, figures, strict=True):
        by_channel.setdefault(row.channel, []).append(f)
    channels = tuple(
        ChannelSummary(
            channel=channel,
            label=channel_label(channel) if channel else "All channels",
            applications=sum(f.applications or 0 for f in items),
            hires=sum(f.hires or 0 for f in items),
            cost=sum((f.cost or Decimal(0) for f in items), Decimal(0)),
        )
        for channel, items in by_channel.items()
    )
    cost_per_hire = None
    if (channel_costs is not None or other_costs is not None) and hires:
        spent = (channel_costs or Decimal(0)) + (other_costs or Decimal(0))
        cost_per_hire = (spent / hires).quantize(Decimal("0.01"))
    return ReviewTotals(
        vacancies=vacancies,
        channel_costs=channel_costs,
        other_costs=other_costs,
        click_through=_click_through(figures),
        applications_per_vacancy=_ratio(totals["applications"].value, vacancies),
        cost_per_hire=cost_per_hire,
        time_to_hire=_time_to_hire(figures),
        conversion_ratio=_conversion_ratio(figures),
        social_hires=sum(social) if social else None,
        social_applications=sum(social_applications) if social_applications else None,
        vacancy_rate=vacancy_rate,
        channels=channels,
        **totals,
    )
