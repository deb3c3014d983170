"""A pilot review: what actually happened, set against the plan, and what to do next.

Figures are kept exactly as typed (text), and checked separately by `figures`: a
review with "1,2OO" in a box is still saved, and the box still says "1,2OO" when the
page is opened again, with a note of what to fix. Nothing anyone typed is thrown away.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from firstpost.core.plan.channels import channel_label
from firstpost.core.plan.model import Plan
from firstpost.core.plan.parts import FROZEN

Recommendation = Literal["", "scale-up", "adjust", "stop"]
RECOMMENDATION_LABELS: dict[str, str] = {
    "scale-up": "Scale up: use social media for more vacancies",
    "adjust": "Adjust: run it again with changes",
    "stop": "Stop: go back to the usual channels",
}
RECOMMENDATION_SHORT: dict[str, str] = {
    "scale-up": "Scale up",
    "adjust": "Adjust",
    "stop": "Stop",
}

# The figures collected for each post on each channel, in the order the form shows them.
COUNT_FIELDS = (
    "impressions",
    "clicks",
    "applications",
    "shortlisted",
    "hires",
    "group_applications",
    "group_hires",
)
FIGURE_FIELDS = (
    "impressions",
    "clicks",
    "applications",
    "shortlisted",
    "hires",
    "cost",
    "time_to_hire",
    "group_applications",
    "group_hires",
)
FIELD_LABELS: dict[str, str] = {
    "impressions": "Impressions",
    "clicks": "Clicks",
    "applications": "Applications",
    "shortlisted": "Shortlisted",
    "hires": "Hires",
    "cost": "Cost (£)",
    "time_to_hire": "Time to hire (weeks)",
    "group_applications": "Group applications",
    "group_hires": "Group hires",
    "other_costs": "Other costs (£)",
    "vacancy_rate": "Vacancy rate now (%)",
}


class ChannelActuals(BaseModel):
    """What one vacancy's posts on one channel achieved, as typed."""

    model_config = FROZEN

    post: int = Field(0, title="Post number (from 0)")
    channel: str = Field("", title="Channel")
    impressions: str = ""
    clicks: str = ""
    applications: str = ""
    shortlisted: str = ""
    hires: str = ""
    cost: str = ""
    time_to_hire: str = ""
    group_applications: str = ""
    group_hires: str = ""


class LabelledActual(BaseModel):
    """The actual result for one of the plan's objectives or measures, named as it was then."""

    model_config = FROZEN

    label: str = ""
    actual: str = ""


class PilotReview(BaseModel):
    model_config = FROZEN

    rows: tuple[ChannelActuals, ...] = ()
    other_costs: str = Field("", title="Other costs, such as staff time (£)")
    group_label: str = Field("", title="Group for the diversity figures")
    vacancy_rate: str = Field("", title="Vacancy rate now (%)")
    objective_actuals: tuple[LabelledActual, ...] = ()
    measure_actuals: tuple[LabelledActual, ...] = ()
    recommendation: Recommendation = ""
    reasons: str = Field("", title="Why")
    lessons: str = Field("", title="Lessons learned")


def row_label(plan: Plan, row: ChannelActuals) -> str:
    """ "1. Children's social worker on LinkedIn": the post's number, role and channel."""
    posts = plan.implementation.posts
    role = posts[row.post].role.strip() if 0 <= row.post < len(posts) else ""
    role = role or "role not named"
    where = channel_label(row.channel) if row.channel else "all channels"
    return f"{row.post + 1}. {role} on {where}"


def rows_for_plan(plan: Plan, review: PilotReview) -> tuple[ChannelActuals, ...]:
    """One row per post and channel in the plan, carrying over anything already typed."""
    typed = {(row.post, row.channel): row for row in review.rows}
    rows = []
    for index, post in enumerate(plan.implementation.posts):
        channels = list(dict.fromkeys(s.channel for s in post.channels if s.channel.strip()))
        for channel in channels or [""]:
            rows.append(typed.get((index, channel), ChannelActuals(post=index, channel=channel)))
    return tuple(rows)


def _aligned(labels: list[str], saved: tuple[LabelledActual, ...]) -> tuple[LabelledActual, ...]:
    """Answers matched to labels by name; two items with one name keep their order."""
    left = list(saved)
    aligned = []
    for label in labels:
        match = next((item for item in left if item.label == label), None)
        if match is not None:
            left.remove(match)
        aligned.append(LabelledActual(label=label, actual=match.actual if match else ""))
    return tuple(aligned)


def objective_label(plan: Plan, index: int) -> str:
    objective = plan.objectives[index]
    return objective.what.strip() or f"Objective {index + 1}"


def measure_label(plan: Plan, index: int) -> str:
    measure = plan.scoring.measures[index]
    return measure.name.strip() or f"Measure {index + 1}"


def fitted_to_plan(plan: Plan, review: PilotReview) -> PilotReview:
    """The review with a row for every post and channel, and an answer slot for every
    objective and measure of the plan as it is now (matched by name, so reordering the
    plan's measures does not move answers to the wrong one)."""
    return review.model_copy(
        update={
            "rows": rows_for_plan(plan, review),
            "objective_actuals": _aligned(
                [objective_label(plan, i) for i in range(len(plan.objectives))],
                review.objective_actuals,
            ),
            "measure_actuals": _aligned(
                [measure_label(plan, i) for i in range(len(plan.scoring.measures))],
                review.measure_actuals,
            ),
        }
    )
