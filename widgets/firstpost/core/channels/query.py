"""What someone asks the channel tool, and the checks on it.

The same question comes from the app's widgets and from the command line, so it is one
frozen record checked in one place. Checking returns problems in words and never
raises: a half-finished form is normal, not an error.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from firstpost.core.channels.vocabulary import (
    APPROVALS,
    AUDIENCES,
    CRITERIA,
    CRITERION_IDS,
    MAX_HOURS,
    MAX_WEIGHT,
    MONITORING,
    PURPOSES,
    RISK_LEVELS,
    choices_text,
)


def default_weights() -> Mapping[str, int]:
    return {c.id: c.default_weight for c in CRITERIA}


@dataclass(frozen=True)
class QueryProblem:
    """One thing to fix in the question, named by the field it is in."""

    field: str
    message: str


@dataclass(frozen=True)
class ChannelQuery:
    """A purpose, the audiences and the team's constraints, plus the criteria weights."""

    purpose: str = "recruitment"
    audiences: tuple[str, ...] = ()
    risk_appetite: str = "low"
    hours_per_week: float = 4.0
    monitoring: str = "office-hours"
    approvals: str = "within-2-days"
    paid_promotion: bool = False
    weights: Mapping[str, int] = field(default_factory=default_weights)

    def weight(self, criterion: str) -> int:
        return int(self.weights.get(criterion, 0))

    @property
    def total_weight(self) -> int:
        return sum(self.weight(c) for c in CRITERION_IDS)


def validate_query(query: ChannelQuery) -> list[QueryProblem]:
    """Everything that stops a ranking, in the order the form asks for it."""
    problems: list[QueryProblem] = []
    if query.purpose not in PURPOSES:
        problems.append(
            QueryProblem(
                "purpose",
                f"'{query.purpose}' is not a purpose the tool knows. "
                f"Choose one of: {choices_text(PURPOSES)}.",
            )
        )
    if not query.audiences:
        problems.append(QueryProblem("audiences", "Choose at least one audience."))
    unknown = [a for a in query.audiences if a not in AUDIENCES]
    if unknown:
        problems.append(
            QueryProblem(
                "audiences",
                f"{', '.join(repr(a) for a in unknown)} is not an audience the tool knows. "
                f"Choose from: {choices_text(AUDIENCES)}.",
            )
        )
    if query.risk_appetite not in RISK_LEVELS:
        problems.append(
            QueryProblem(
                "risk_appetite",
                f"'{query.risk_appetite}' is not a risk appetite. "
                f"Choose one of: {choices_text(RISK_LEVELS)}.",
            )
        )
    hours = query.hours_per_week
    if not isinstance(hours, int | float) or isinstance(hours, bool) or math.isnan(hours):
        problems.append(QueryProblem("hours_per_week", "Staff hours a week must be a number."))
    elif hours < 0:
        problems.append(
            QueryProblem("hours_per_week", "Staff hours a week cannot be negative; use 0 or more.")
        )
    elif hours > MAX_HOURS:
        problems.append(
            QueryProblem(
                "hours_per_week",
                f"{hours:g} staff hours a week is more than a small pilot needs; "
                f"use {MAX_HOURS:g} or fewer.",
            )
        )
    if query.monitoring not in MONITORING:
        problems.append(
            QueryProblem(
                "monitoring",
                f"'{query.monitoring}' is not a monitoring choice. "
                f"Choose one of: {choices_text(MONITORING)}.",
            )
        )
    if query.approvals not in APPROVALS:
        problems.append(
            QueryProblem(
                "approvals",
                f"'{query.approvals}' is not an approval choice. "
                f"Choose one of: {choices_text(APPROVALS)}.",
            )
        )
    problems.extend(_weight_problems(query.weights))
    return problems


def _weight_problems(weights: Mapping[str, int]) -> list[QueryProblem]:
    problems = []
    for name, value in weights.items():
        if name not in CRITERION_IDS:
            problems.append(
                QueryProblem(
                    "weights",
                    f"'{name}' is not a criterion. Choose from: {choices_text(CRITERION_IDS)}.",
                )
            )
        elif isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_WEIGHT:
            problems.append(
                QueryProblem(
                    "weights", f"The weight for '{name}' must be a whole number from 0 to 5."
                )
            )
    if not problems and sum(weights.get(c, 0) for c in CRITERION_IDS) == 0:
        problems.append(
            QueryProblem(
                "weights",
                "Every weight is 0, so nothing would count: give at least one criterion a "
                "weight from 1 to 5.",
            )
        )
    return problems
