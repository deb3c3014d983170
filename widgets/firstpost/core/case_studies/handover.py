"""Turning the controls a participant picks into a starting plan for the planner.

The planner offers "Start from my case-study controls" when a handover draft exists
(owner, app "handover", key "case-studies"). Each chosen control becomes a row of the
risk register linked to its case, and the controls that are themselves a policy
(house rules, removing leavers' access) also fill the matching governance field if it
is still empty. Likelihood, impact and owner are left for the team to decide in the
planner: the case study cannot know them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from firstpost.core.content.case_studies import CaseStudy
from firstpost.core.content.controls import CONTROLS
from firstpost.core.plan import Plan, Risk, plan_from_dict

if TYPE_CHECKING:
    from firstpost.core.plan.repository import PlanRepository

HANDOVER_APP = "handover"
HANDOVER_KEY = "case-studies"
DEFAULT_TITLE = "Pilot plan with controls from the case studies"

# Controls whose wording can stand as the plan's policy until the team rewrites it.
GOVERNANCE_FIELDS = {
    "house-rules": "house_rules",
    "leavers-access-removed": "leavers_access_removal",
}

_CONTROL_BY_TEXT = {text: control for control, text in CONTROLS.items()}


@dataclass(frozen=True)
class HandoverResult:
    """What adding a control did: added (False if it was already there), and whether an
    earlier draft that could no longer be read was replaced by a fresh one."""

    added: bool
    restarted: bool
    risks: int


def lesson_for(case: CaseStudy, control: str) -> str | None:
    """The first lesson of the case that names `control`, or None if none does."""
    return next((lesson.lesson for lesson in case.lessons if control in lesson.controls), None)


def control_risk(case: CaseStudy, control: str) -> Risk:
    """The risk-register row for one control, linked to the case it came from."""
    lesson = lesson_for(case, control) or CONTROLS[control]
    return Risk(
        risk=f"Lesson from {case.title} ({case.date[:4]}): {lesson}",
        control=CONTROLS[control],
        case_study=case.id,
    )


def handed_over(plan: Plan) -> set[tuple[str, str]]:
    """(case id, control id) pairs already in the plan's risk register."""
    return {
        (risk.case_study, _CONTROL_BY_TEXT[risk.control])
        for risk in plan.risks
        if risk.control in _CONTROL_BY_TEXT and risk.case_study
    }


def add_control(plan: Plan, case: CaseStudy, control: str) -> tuple[Plan, bool]:
    """The plan with the control added; False (and the plan unchanged) if it was there.

    Raises ValueError for a control the case's lessons do not name: the buttons only
    offer those, so anything else is a programming mistake, not user input.
    """
    if lesson_for(case, control) is None:
        raise ValueError(f"case {case.id!r} has no lesson naming control {control!r}")
    if (case.id, control) in handed_over(plan):
        return plan, False
    update: dict[str, object] = {"risks": (*plan.risks, control_risk(case, control))}
    field = GOVERNANCE_FIELDS.get(control)
    if field and not getattr(plan.governance, field).strip():
        update["governance"] = plan.governance.model_copy(update={field: CONTROLS[control]})
    if not plan.title.strip():
        update["title"] = DEFAULT_TITLE
    return plan.model_copy(update=update), True


def handover_body(plan: Plan) -> dict[str, object]:
    """What is saved as the handover draft; the planner reads `plan` back."""
    return {"plan": plan.model_dump(mode="json")}


def plan_from_handover(body: Mapping[str, object] | None) -> tuple[Plan, bool]:
    """The plan in a handover draft, or an empty one; False if the draft could not be read."""
    if not body:
        return Plan(), True
    plan, problems = plan_from_dict(body.get("plan", {}))
    if plan is None or problems:
        return Plan(), False
    return plan, True


def save_control(repo: PlanRepository, owner: str, case: CaseStudy, control: str) -> HandoverResult:
    """Add one control to `owner`'s handover draft, the plan the planner offers to start from."""
    draft = repo.load_draft(owner, HANDOVER_APP, HANDOVER_KEY)
    plan, readable = plan_from_handover(draft.body if draft is not None else None)
    plan, added = add_control(plan, case, control)
    if added:
        repo.save_draft(owner, HANDOVER_APP, HANDOVER_KEY, handover_body(plan))
    return HandoverResult(added=added, restarted=not readable, risks=len(plan.risks))


def controls_handed_over(repo: PlanRepository, owner: str) -> set[tuple[str, str]]:
    """(case id, control id) pairs already in `owner`'s handover draft."""
    draft = repo.load_draft(owner, HANDOVER_APP, HANDOVER_KEY)
    plan, _readable = plan_from_handover(draft.body if draft is not None else None)
    return handed_over(plan)
