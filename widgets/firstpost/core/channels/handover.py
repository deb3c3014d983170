"""Handing a shortlist to the planner, and writing it down for people who were not there.

The planner offers "Start from my channel shortlist" when a draft is saved under the
app "handover" and key "channels" holding {"plan": <plan as JSON>}; this module builds
that plan from a ranking, so the planner's own checks see exactly what was chosen.
"""

from __future__ import annotations

from typing import Any

from firstpost.core.channels.ranking import Ranking
from firstpost.core.channels.vocabulary import (
    APPROVALS,
    AUDIENCES,
    CRITERIA,
    MONITORING,
    PURPOSES,
)

HANDOVER_APP = "handover"
HANDOVER_KEY = "channels"


def shortlist_plan(ranking: Ranking) -> dict[str, Any]:
    """A new pilot plan holding the shortlist's channels and the chosen audiences."""
    from firstpost.core.plan import AudienceInsight, Plan, Strategy

    query = ranking.query
    names = ", ".join(r.name for r in ranking.shortlist)
    purpose = PURPOSES[query.purpose].split(" (")[0]
    plan = Plan(
        title=f"{purpose} pilot: {names}" if names else f"{purpose} pilot",
        audience=AudienceInsight(audiences=tuple(query.audiences)),
        strategy=Strategy(channels=tuple(r.id for r in ranking.shortlist)),
    )
    return plan.model_dump(mode="json")


def hand_over(repository: Any, owner: str, ranking: Ranking) -> dict[str, Any]:
    """Save the shortlist for the planner (one transaction); returns the plan saved."""
    plan = shortlist_plan(ranking)
    repository.save_draft(
        owner,
        HANDOVER_APP,
        HANDOVER_KEY,
        {"plan": plan, "purpose": ranking.query.purpose, "from": "channels"},
    )
    return plan


def shortlist_markdown(ranking: Ranking) -> str:
    """The shortlist, its reasons and every "why not", as a short Markdown document."""
    query = ranking.query
    lines = [
        "# Channel shortlist",
        "",
        f"- Purpose: {PURPOSES[query.purpose]}",
        f"- Audiences: {', '.join(AUDIENCES[a] for a in query.audiences)}",
        f"- Risk appetite: {query.risk_appetite}",
        f"- Staff hours a week: {query.hours_per_week:g}",
        f"- Replies watched: {MONITORING[query.monitoring]}",
        f"- Approvals: {APPROVALS[query.approvals]}",
        f"- Paid promotion allowed: {'yes' if query.paid_promotion else 'no'}",
        "- Weights: " + ", ".join(f"{c.label} {query.weight(c.id)}" for c in CRITERIA),
        "",
        "## Shortlist",
        "",
    ]
    for number, result in enumerate(ranking.shortlist, start=1):
        kind = "social media" if result.social else "not social media"
        lines += [f"### {number}. {result.name} ({result.total:.0f} out of 100, {kind})", ""]
        lines += [f"- {reason.plain()}" for reason in result.reasons]
        lines.append("")
    lines += ["## Notes", ""] + [f"- {note.plain()}" for note in ranking.notes] + [""]
    if ranking.figures:
        lines += ["## How far to trust the numbers", ""]
        lines += [f"- {f.value} is {f.status}. {f.why}".rstrip() for f in ranking.figures]
        lines.append("")
    lines += ["## Why not the others", ""]
    lines += [f"- **{r.name}**: {r.why_not}" for r in ranking.excluded]
    return "\n".join(lines) + "\n"
