"""Reading the figures people type into a review, and saying plainly what is wrong.

People type figures the way they write them: "1,200", "£1,250.50", "6 weeks", "15%".
Those are read as meant. What cannot be right is reported, never silently fixed: a
negative count, a part of a person, a cost in another currency, more hires than
applications. A figure with a problem counts as missing in the totals until fixed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Literal

from firstpost.core.review.model import (
    COUNT_FIELDS,
    FIELD_LABELS,
    ChannelActuals,
    PilotReview,
)

Severity = Literal["error", "warning"]
MAX_COUNT = 1_000_000_000
MAX_POUNDS = Decimal("100000000")
MAX_WEEKS = Decimal("260")
_NUMBER = re.compile(r"^\d+(\.\d+)?$")
_OTHER_MONEY = ("$", "€", "usd", "eur")


@dataclass(frozen=True)
class ReviewProblem:
    """`path` names the box ("rows[2].hires", "other_costs"); `label` says it in words."""

    path: str
    label: str
    severity: Severity
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def _plain(text: str) -> str:
    return text.strip().replace(",", "").replace(" ", "")


def parse_count(text: str) -> tuple[int | None, str | None]:
    """A whole number of things or people; ("", None) means left blank, which is allowed."""
    raw = _plain(text)
    if not raw:
        return None, None
    if raw.startswith("-") and _NUMBER.match(raw[1:]):
        return None, "cannot be negative"
    if not _NUMBER.match(raw):
        return None, "should be a number, such as 1200"
    if "." in raw and Decimal(raw) != Decimal(raw).to_integral_value():
        return None, "should be a whole number"
    value = int(Decimal(raw))
    if value > MAX_COUNT:
        return None, "is too large: check the number"
    return value, None


def parse_pounds(text: str) -> tuple[Decimal | None, str | None]:
    """An amount in pounds and pence: "1250", "£1,250.50" or "1250 GBP"."""
    raw = _plain(text).lower()
    if not raw:
        return None, None
    if any(mark in raw for mark in _OTHER_MONEY):
        return None, "should be in pounds (£)"
    raw = raw.removeprefix("£").removesuffix("gbp").removesuffix("pounds")
    if raw.startswith("-") or raw.startswith("£-") or raw.startswith("-£"):
        return None, "cannot be negative"
    if not _NUMBER.match(raw):
        return None, "should be an amount in pounds, such as 1250 or £1,250.50"
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None, "should be an amount in pounds, such as 1250 or £1,250.50"
    if -value.as_tuple().exponent > 2:  # type: ignore[operator]
        return None, "should have at most two figures after the point (pence)"
    if value > MAX_POUNDS:
        return None, "is too large: check the amount"
    return value, None


def parse_weeks(text: str) -> tuple[Decimal | None, str | None]:
    """A time in weeks, "6", "6.5" or "6 weeks"."""
    raw = _plain(text).lower()
    for unit in ("weeks", "week", "wks", "wk", "w"):
        if raw.endswith(unit):
            raw = raw.removesuffix(unit)
            break
    if not raw:
        return None, None
    if raw.startswith("-"):
        return None, "cannot be negative"
    if not _NUMBER.match(raw):
        return None, "should be a number of weeks, such as 6 or 6.5"
    value = Decimal(raw)
    if value > MAX_WEEKS:
        return None, "is more than five years: check the number of weeks"
    return value, None


def parse_percent(text: str) -> tuple[Decimal | None, str | None]:
    raw = _plain(text).removesuffix("%")
    if not raw:
        return None, None
    if raw.startswith("-"):
        return None, "cannot be negative"
    if not _NUMBER.match(raw):
        return None, "should be a percentage, such as 15 or 15%"
    value = Decimal(raw)
    if value > 100:
        return None, "cannot be more than 100%"
    return value, None


@dataclass(frozen=True)
class RowFigures:
    """One row's figures as numbers; None where blank or wrong."""

    impressions: int | None = None
    clicks: int | None = None
    applications: int | None = None
    shortlisted: int | None = None
    hires: int | None = None
    cost: Decimal | None = None
    time_to_hire: Decimal | None = None
    group_applications: int | None = None
    group_hires: int | None = None


def read_row(row: ChannelActuals) -> tuple[RowFigures, list[tuple[str, str]]]:
    """The row's numbers, and (field, problem) for each box that cannot be read."""
    values: dict[str, object] = {}
    problems: list[tuple[str, str]] = []
    for field in COUNT_FIELDS:
        values[field], problem = parse_count(getattr(row, field))
        if problem:
            problems.append((field, problem))
    values["cost"], problem = parse_pounds(row.cost)
    if problem:
        problems.append(("cost", problem))
    values["time_to_hire"], problem = parse_weeks(row.time_to_hire)
    if problem:
        problems.append(("time_to_hire", problem))
    return RowFigures(**values), problems  # type: ignore[arg-type]


# (smaller, larger, severity, message): the first can never (error) or rarely (warning)
# be more than the second.
ORDER_RULES = (
    ("hires", "applications", "error", "Hires cannot be more than applications."),
    ("shortlisted", "applications", "error", "Shortlisted cannot be more than applications."),
    (
        "group_applications",
        "applications",
        "error",
        "Applications from the group cannot be more than all applications.",
    ),
    ("group_hires", "hires", "error", "Hires from the group cannot be more than all hires."),
    (
        "group_hires",
        "group_applications",
        "error",
        "Hires from the group cannot be more than applications from the group.",
    ),
    (
        "hires",
        "shortlisted",
        "warning",
        "There are more hires than people shortlisted: check both figures.",
    ),
    (
        "clicks",
        "impressions",
        "warning",
        "There are more clicks than impressions: check the two figures come from the same posts.",
    ),
)


def counted_row(row: ChannelActuals) -> RowFigures:
    """The row's numbers as the totals use them: a figure that breaks an error rule (more
    hires than applications, say) is left out, like one that cannot be read, until fixed."""
    figures, _unreadable = read_row(row)
    broken = {
        smaller
        for smaller, larger, severity, _message in ORDER_RULES
        if severity == "error"
        and getattr(figures, smaller) is not None
        and getattr(figures, larger) is not None
        and getattr(figures, smaller) > getattr(figures, larger)
    }
    return replace(figures, **dict.fromkeys(broken)) if broken else figures


def row_problems(index: int, label: str, row: ChannelActuals) -> list[ReviewProblem]:
    figures, unreadable = read_row(row)
    problems = [
        ReviewProblem(
            f"rows[{index}].{field}",
            f"{label}: {FIELD_LABELS[field]}",
            "error",
            f"{FIELD_LABELS[field]} {message}.",
        )
        for field, message in unreadable
    ]
    for smaller, larger, severity, message in ORDER_RULES:
        low, high = getattr(figures, smaller), getattr(figures, larger)
        if low is not None and high is not None and low > high:
            problems.append(
                ReviewProblem(
                    f"rows[{index}].{smaller}",
                    f"{label}: {FIELD_LABELS[smaller]}",
                    severity,
                    message,
                )  # type: ignore[arg-type]
            )
    if figures.time_to_hire is not None and not figures.hires:
        problems.append(
            ReviewProblem(
                f"rows[{index}].time_to_hire",
                f"{label}: Time to hire",
                "warning",
                "A time to hire is given but no hires: it will not be counted.",
            )
        )
    return problems


def review_problems(review: PilotReview, labels: list[str]) -> list[ReviewProblem]:
    """Every problem in the review's figures; `labels` name the rows as the form does."""
    problems: list[ReviewProblem] = []
    for index, row in enumerate(review.rows):
        label = labels[index] if index < len(labels) else f"Row {index + 1}"
        problems += row_problems(index, label, row)
    _value, problem = parse_pounds(review.other_costs)
    if problem:
        problems.append(
            ReviewProblem(
                "other_costs", FIELD_LABELS["other_costs"], "error", f"Other costs {problem}."
            )
        )
    _value, problem = parse_percent(review.vacancy_rate)
    if problem:
        problems.append(
            ReviewProblem(
                "vacancy_rate",
                FIELD_LABELS["vacancy_rate"],
                "error",
                f"The vacancy rate {problem}.",
            )
        )
    return problems


def decision_problems(review: PilotReview) -> list[ReviewProblem]:
    """What must be there before the review is kept with the plan as a version."""
    problems = []
    if not review.recommendation:
        problems.append(
            ReviewProblem(
                "recommendation",
                "Recommendation",
                "error",
                "Choose a recommendation: scale up, adjust or stop.",
            )
        )
    if not review.lessons.strip():
        problems.append(
            ReviewProblem(
                "lessons", "Lessons learned", "error", "Write at least one lesson learned."
            )
        )
    return problems
