"""Every plan of a workshop side by side: what a facilitator looks at between exercises.

For each plan: the channels chosen, the posts, the highest risks, the measures and how
far each OASIS stage is filled in. Read once per "Show plans" click, from the summary
list (no plan bodies) and then each plan of the group, so a room of twenty plans
loads in one go.
"""

from __future__ import annotations

from dataclasses import dataclass

from firstpost.core.plan.completeness import StageProgress, overall_fraction, plan_progress
from firstpost.core.plan.display import format_channels, format_date, level_label
from firstpost.core.plan.model import Plan
from firstpost.core.plan.records import PlanNotFound, PlanRecord, PlanSummary
from firstpost.core.plan.repository import PlanRepository

TOP_RISKS = 3
WORKSHOP_CODE_MAX = 40


@dataclass(frozen=True)
class PlanColumn:
    """One plan, reduced to what the overview compares."""

    plan_id: str
    title: str
    owner: str
    team: str
    channels: str
    posts: tuple[str, ...]
    top_risks: tuple[str, ...]
    measures: tuple[str, ...]
    progress: tuple[StageProgress, ...]
    overall: float
    updated_at: str
    plan: Plan

    @property
    def percent(self) -> int:
        return round(self.overall * 100)


def _post_line(plan: Plan, index: int) -> str:
    post = plan.implementation.posts[index]
    role = post.role.strip() or "Role not named"
    channels = len({s.channel for s in post.channels if s.channel.strip()})
    closing = f", closes {format_date(post.closing_date)}" if post.closing_date else ""
    return f"{role} ({channels} channel{'s' if channels != 1 else ''}{closing})"


def _risk_line(plan: Plan, index: int) -> str:
    risk = plan.risks[index]
    score = f"score {risk.score}" if risk.score is not None else "not scored"
    return f"{risk.risk.strip() or 'Risk not described'} ({score})"


def plan_column(record: PlanRecord) -> PlanColumn:
    plan = record.plan
    ranked = sorted(range(len(plan.risks)), key=lambda i: -(plan.risks[i].score or 0))
    progress = plan_progress(plan)
    return PlanColumn(
        plan_id=record.plan_id,
        title=plan.title.strip() or "Untitled plan",
        owner=plan.owner.strip() or record.owner.split(":", 1)[-1],
        team=plan.team.strip(),
        channels=format_channels(plan.strategy.channels),
        posts=tuple(_post_line(plan, i) for i in range(len(plan.implementation.posts))),
        top_risks=tuple(_risk_line(plan, i) for i in ranked[:TOP_RISKS]),
        measures=tuple(
            f"{level_label(m.level).split(' (')[0]}: {m.name.strip() or 'not named'}"
            for m in plan.scoring.measures
        ),
        progress=progress,
        overall=overall_fraction(progress),
        updated_at=record.updated_at,
        plan=plan,
    )


def normalise_workshop_code(text: str) -> str:
    """Codes are compared as typed, less surrounding spaces (the planner saves them so)."""
    return text.strip()[:WORKSHOP_CODE_MAX]


def workshop_codes(plans: PlanRepository) -> list[tuple[str, int]]:
    """Every workshop code in use, with its number of plans, most plans first.

    Codes differing only in capitals are one workshop, shown in capitals.
    """
    counts: dict[str, int] = {}
    for summary in plans.list_plans():
        code = summary.workshop_code.strip().upper()
        if code:
            counts[code] = counts.get(code, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))


def workshop_summaries(plans: PlanRepository, code: str) -> list[PlanSummary]:
    """The plans of one workshop, in title order so the columns stay put between looks."""
    found = plans.list_plans(workshop_code=normalise_workshop_code(code))
    return sorted(found, key=lambda s: (s.title.casefold(), s.plan_id))


def workshop_columns(plans: PlanRepository, code: str) -> list[PlanColumn]:
    columns = []
    for summary in workshop_summaries(plans, code):
        try:
            columns.append(plan_column(plans.get(summary.plan_id)))
        except PlanNotFound:  # deleted since the list was read: it is simply not shown
            continue
    return columns
