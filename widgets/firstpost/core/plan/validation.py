"""Checks a plan against the guidance before sign-off, returning every problem.

Validation never blocks saving: drafts are incomplete by nature. It is run when the
planner shows progress and before the sign-off document is produced. Dates are
judged against `today`, passed in, so results do not change with the clock during a
test or a workshop exercise.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from pydantic import ValidationError

from firstpost.core.plan.channels import (
    DEFAULT_CHANNEL_CATALOGUE,
    DEFAULT_CHANNEL_LIMITS,
    ChannelType,
)
from firstpost.core.plan.display import format_date, format_number
from firstpost.core.plan.model import Plan
from firstpost.core.plan.problems import STAGES, Problem, Severity, stage_of
from firstpost.core.plan.walk import leaves

TITLE_LIMIT = 200
WORKSHOP_CODE_LIMIT = 40
NAME_LIMIT = 200
# Longer free-text fields; a holding statement or set of house rules is a few
# paragraphs, so anything past these is almost certainly a paste gone wrong.
TEXT_LIMITS: dict[str, int] = {
    "title": TITLE_LIMIT,
    "workshop_code": WORKSHOP_CODE_LIMIT,
    "what": 1000,
    "key_messages": 1000,
    "barriers": 5000,
    "leavers_access_removal": 5000,
    "holding_statement": 5000,
    "house_rules": 5000,
    "risk": 1000,
    "control": 2000,
}
# Post text is checked against the channel's own limit; this catches the rest.
POST_TEXT_FALLBACK_LIMIT = 10_000


@dataclass(frozen=True)
class CheckContext:
    today: date
    channel_limits: Mapping[str, int]
    catalogue: Mapping[str, ChannelType]
    case_study_ids: frozenset[str] | None


class Findings:
    """Collects problems; the stage follows from the path so rules cannot mislabel it."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, severity: Severity, path: str, message: str, fix: str) -> None:
        self.problems.append(Problem(path, stage_of(path), severity, message, fix))

    def error(self, path: str, message: str, fix: str) -> None:
        self.add("error", path, message, fix)

    def warning(self, path: str, message: str, fix: str) -> None:
        self.add("warning", path, message, fix)


def blank(value: str) -> bool:
    return not value.strip()


def validate_plan(
    plan: Plan,
    *,
    today: date,
    channel_limits: Mapping[str, int] | None = None,
    channel_catalogue: Mapping[str, ChannelType] | None = None,
    case_study_ids: Collection[str] | None = None,
) -> list[Problem]:
    """Every problem in the plan, errors and warnings, in the order of the planner's steps.

    `channel_limits` and `channel_catalogue` default to the built-in lists; the UI
    passes the course content's checked ones. When `case_study_ids` is given, risks
    linked to an unknown case study are flagged.
    """
    from firstpost.core.plan import rules_delivery, rules_safeguards, rules_strategy

    plan, problems = _revalidated(plan)
    if plan is None:
        return problems
    ctx = CheckContext(
        today=today,
        channel_limits=DEFAULT_CHANNEL_LIMITS if channel_limits is None else channel_limits,
        catalogue=DEFAULT_CHANNEL_CATALOGUE if channel_catalogue is None else channel_catalogue,
        case_study_ids=None if case_study_ids is None else frozenset(case_study_ids),
    )
    found = Findings()
    rules_strategy.check_objectives(plan, ctx, found)
    rules_strategy.check_audience(plan, found)
    rules_strategy.check_strategy(plan, ctx, found)
    rules_delivery.check_implementation(plan, ctx, found)
    rules_safeguards.check_governance(plan, found)
    rules_safeguards.check_risks(plan, ctx, found)
    rules_safeguards.check_scoring(plan, found)
    _check_summary(plan, ctx, found)
    _check_lengths(plan, found)
    too_big = size_problem(plan)
    if too_big is not None:
        found.problems.append(too_big)
    order = {stage: index for index, stage in enumerate(STAGES)}
    return sorted(found.problems, key=lambda problem: order[problem.stage])


def _revalidated(plan: Plan) -> tuple[Plan | None, list[Problem]]:
    """The plan checked against the model again.

    `model_copy(update=...)` skips validation, so a UI bug could hand over a plan
    with, say, None for a title. Reporting that beats crashing the checks.
    """
    from firstpost.core.plan.parsing import problems_from_validation_error

    try:
        return Plan.model_validate(plan.model_dump(warnings=False)), []
    except ValidationError as error:
        return None, problems_from_validation_error(error)


def _check_summary(plan: Plan, ctx: CheckContext, found: Findings) -> None:
    if blank(plan.title):
        found.error(
            "title",
            "The plan has no title.",
            "Give it a short title, e.g. 'Social worker recruitment pilot, spring 2030'.",
        )
    if blank(plan.owner):
        found.error("owner", "Nobody is named as the plan's owner.", "Name the person in charge.")
    if blank(plan.organisation):
        found.error("organisation", "The organisation is not named.", "Add your organisation.")
    if blank(plan.team):
        found.warning("team", "The team is not named.", "Add the team running the pilot.")
    if plan.review_date is None:
        found.error(
            "review_date",
            "There is no review date.",
            "Choose a date after the last closing date to look at the results together.",
        )
        return
    if plan.review_date < ctx.today:
        found.error(
            "review_date",
            f"The review date ({format_date(plan.review_date)}) has passed.",
            "Choose a date in the future.",
        )
    closing = [p.closing_date for p in plan.implementation.posts if p.closing_date is not None]
    if closing and plan.review_date < max(closing):
        found.error(
            "review_date",
            f"The review date is before the closing date ({format_date(max(closing))}).",
            "Review after the last vacancy has closed, when there are applications to count.",
        )


def _check_lengths(plan: Plan, found: Findings) -> None:
    for leaf in leaves(plan):
        if leaf.name == "text":
            continue  # checked per channel in rules_delivery
        values = leaf.value if isinstance(leaf.value, tuple) else (leaf.value,)
        limit = TEXT_LIMITS.get(leaf.name, NAME_LIMIT)
        for index, value in enumerate(values):
            if not isinstance(value, str) or len(value) <= limit:
                continue
            listed = isinstance(leaf.value, tuple)  # typed one per line in the planner
            path = f"{leaf.path}[{index}]" if listed else leaf.path
            label = f"{leaf.label}, line {index + 1}" if listed else leaf.label
            found.error(
                path,
                f"{label} is {format_number(len(value))} characters long; "
                f"the most allowed is {format_number(limit)}.",
                "Shorten it. If you pasted it, check the paste picked up only what you meant.",
            )


def size_problem(plan: Plan) -> Problem | None:
    """A plan too big to save, or None.

    Saving is never blocked by what a plan lacks, but a plan larger than a plan file
    may be (`MAX_PLAN_BYTES`) could not be exported and imported again, and no person
    types that much: it is a runaway paste or a forged browser message. The problem
    names the longest field, since that is almost always the one to shorten.
    """
    from firstpost.core.plan.parsing import MAX_PLAN_BYTES, plan_to_json

    size = len(plan_to_json(plan).encode("utf-8"))
    if size <= MAX_PLAN_BYTES:
        return None
    texts = [leaf for leaf in leaves(plan) if isinstance(leaf.value, str)]
    longest = max(texts, key=lambda leaf: len(str(leaf.value)), default=None)
    where = (
        f" The longest field is {longest.label} ({format_number(len(str(longest.value)))} "
        "characters)."
        if longest is not None
        else ""
    )
    return Problem(
        longest.path if longest is not None else "",
        stage_of(longest.path) if longest is not None else "summary",
        "error",
        f"The plan is {size / 1024 / 1024:.1f} MB; a plan can be at most "
        f"{MAX_PLAN_BYTES // 1024 // 1024} MB.{where}",
        "Shorten it. If you pasted it, check the paste picked up only what you meant.",
    )
