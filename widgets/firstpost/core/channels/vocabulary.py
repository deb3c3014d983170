"""The words the channel tool is asked in: purposes, audiences, constraints and criteria.

Kept as closed lists in one place so the app, the command line and the tests offer
exactly the same choices, and an unknown value is reported with the list of valid ones.
Audience ids are the planner's, so a shortlist can be handed to the planner as it is;
each maps to the content's own audience ids, which the channel files are written in.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

PurposeId = Literal["recruitment", "onboarding", "learning", "employer-brand"]
CriterionId = Literal["audience", "purpose", "effort", "risk"]
RiskLevel = Literal["low", "medium", "high"]

PURPOSES: MappingProxyType[str, str] = MappingProxyType(
    {
        "recruitment": "Recruitment",
        "onboarding": "Onboarding new starters",
        "learning": "Learning and development",
        "employer-brand": "Employer brand (showing what it is like to work here)",
    }
)

# The planner's audience ids, with the words people use for them.
AUDIENCES: MappingProxyType[str, str] = MappingProxyType(
    {
        "graduates-interns": "Graduates and interns",
        "school-leavers": "School leavers",
        "specialists": "Specialists",
        "under-represented": "Under-represented communities",
        "existing-staff": "Existing staff",
        "general-public": "The general public",
    }
)

# Which of the content's audience ids count as reaching each of the tool's audiences.
# Existing staff includes new starters: onboarding is aimed at people who have just joined.
CONTENT_AUDIENCES: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {
        "graduates-interns": frozenset({"graduates"}),
        "school-leavers": frozenset({"school-leavers"}),
        "specialists": frozenset({"specialists"}),
        "under-represented": frozenset({"diverse-communities"}),
        "existing-staff": frozenset({"existing-staff", "new-starters"}),
        "general-public": frozenset({"general-public"}),
    }
)

# Audiences outside an account's own followers: without paid promotion a social
# channel is assumed to reach them only partly (see scoring.PAID_REACH_FACTOR).
BROAD_AUDIENCES: frozenset[str] = frozenset({"general-public", "under-represented"})

RISK_LEVELS: tuple[RiskLevel, ...] = ("low", "medium", "high")
RISK_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "low": "Low: avoid anything the public can easily take over",
        "medium": "Medium: open channels are fine with good safeguards",
        "high": "High: we can handle busy, open conversations",
    }
)

MONITORING: MappingProxyType[str, str] = MappingProxyType(
    {
        "office-hours": "In office hours on weekdays (for example 9 to 5, Monday to Friday)",
        "extended": "In office hours, plus evenings and weekends",
        "few-checks": "A few checks a day at most",
    }
)

APPROVALS: MappingProxyType[str, str] = MappingProxyType(
    {
        "same-day": "The same working day",
        "within-2-days": "Within two working days",
        "slower": "Longer than two working days",
    }
)

# Settings that make an open channel riskier than the stated appetite suggests: each
# lowers the appetite used for scoring by one step.
SLOW_MONITORING = "few-checks"
SLOW_APPROVALS = "slower"

MAX_WEIGHT = 5
MAX_HOURS = 80.0


@dataclass(frozen=True)
class Criterion:
    """One thing a channel is scored on, with the words that explain it."""

    id: CriterionId
    label: str
    default_weight: int
    explains: str


CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "audience",
        "Reaches your audiences",
        3,
        "The share of the audiences you chose that a source shows the channel reaching. "
        "Without paid promotion, reaching the general public or under-represented "
        "communities through social media counts half.",
    ),
    Criterion(
        "purpose",
        "Serves your purpose",
        3,
        "Full marks when a source shows the channel serving your purpose. For employer "
        "brand: full marks for a social channel with recruitment evidence that reaches the "
        "general public; half for recruitment evidence alone, or for a route that is not "
        "social media.",
    ),
    Criterion(
        "effort",
        "Fits your hours",
        2,
        "Full marks when the channel needs no more staff hours a week than you have; "
        "otherwise your hours divided by the hours it needs.",
    ),
    Criterion(
        "risk",
        "Fits your risk appetite",
        2,
        "Full marks when the chance of a hashtag or thread being taken over is within your "
        "risk appetite, half marks one step above it. Two steps above, the channel is "
        "left out.",
    ),
)
CRITERION_IDS: tuple[CriterionId, ...] = tuple(c.id for c in CRITERIA)
CRITERION_LABELS: MappingProxyType[str, str] = MappingProxyType({c.id: c.label for c in CRITERIA})

# Channels a small pilot should start with: a gentle start, then add more.
MAX_SHORTLIST = 3


def choices_text(options: object) -> str:
    """The valid values of a closed list, for a message that names them."""
    return ", ".join(str(key) for key in options)  # type: ignore[attr-defined]
