"""Setting what happened against the plan's baselines and targets.

A plan's measures are written in words ("£3,000 or less", "16 weeks", "18%"), so the
first number in each is read, and a verdict given only when baseline, target and
actual are all numbers. The direction comes from the plan itself: a target above the
baseline means higher is better, below means lower is better. Anything else is left
for people to judge, and the review says so instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from firstpost.core.plan.display import format_number, level_label
from firstpost.core.plan.model import Plan
from firstpost.core.review.calculations import ReviewTotals
from firstpost.core.review.model import PilotReview, measure_label, objective_label

Verdict = Literal["met", "improved", "not-improved", "no-actual", "not-comparable"]
VERDICT_WORDS: dict[str, str] = {
    "met": "Target met",
    "improved": "Better than the baseline, short of the target",
    "not-improved": "No better than the baseline",
    "no-actual": "No actual figure yet",
    "not-comparable": "Compare by hand (not all figures are numbers)",
}
_FIRST_NUMBER = re.compile(r"(?<![\w.])-?£?(\d[\d,]*(?:\.\d+)?)")


def first_number(text: str | float | int | None) -> float | None:
    """The first number written in `text`: "£4,200 (2029)" → 4200, "Not recorded" → None."""
    if text is None:
        return None
    if isinstance(text, int | float):
        return float(text)
    match = _FIRST_NUMBER.search(text)
    if match is None:
        return None
    return float(match.group(1).replace(",", ""))


def judge(baseline: float | None, target: float | None, actual: float | None) -> Verdict:
    if actual is None:
        return "no-actual"
    if target is None:
        return "not-comparable"
    if baseline is None or baseline == target:
        return "met" if actual == target else "not-comparable"
    higher_is_better = target > baseline
    if (actual >= target) if higher_is_better else (actual <= target):
        return "met"
    if (actual > baseline) if higher_is_better else (actual < baseline):
        return "improved"
    return "not-improved"


def judge_text(baseline: str | float | None, target: str | float | None, actual: str) -> Verdict:
    """`judge` for an actual typed as words: words with no number are for people to judge."""
    if not actual.strip():
        return "no-actual"
    value = first_number(actual)
    if value is None:
        return "not-comparable"
    return judge(first_number(baseline), first_number(target), value)


@dataclass(frozen=True)
class Comparison:
    level: str  # "Objective" or a GCS level's label
    name: str
    baseline: str
    target: str
    actual: str
    verdict: Verdict

    @property
    def verdict_words(self) -> str:
        return VERDICT_WORDS[self.verdict]


def compare_objectives(plan: Plan, review: PilotReview) -> list[Comparison]:
    actuals = {item.label: item.actual for item in review.objective_actuals}
    rows = []
    for index, objective in enumerate(plan.objectives):
        label = objective_label(plan, index)
        actual = actuals.get(label, "").strip()
        unit = f" {objective.unit.strip()}" if objective.unit.strip() else ""
        rows.append(
            Comparison(
                level="Objective",
                name=label,
                baseline=format_number(objective.baseline) + unit,
                target=format_number(objective.target) + unit,
                actual=actual,
                verdict=judge_text(objective.baseline, objective.target, actual),
            )
        )
    return rows


def compare_measures(plan: Plan, review: PilotReview) -> list[Comparison]:
    actuals = {item.label: item.actual for item in review.measure_actuals}
    rows = []
    for index, measure in enumerate(plan.scoring.measures):
        label = measure_label(plan, index)
        actual = actuals.get(label, "").strip()
        rows.append(
            Comparison(
                level=level_label(measure.level),
                name=label,
                baseline=measure.baseline,
                target=measure.target,
                actual=actual,
                verdict=judge_text(measure.baseline, measure.target, actual),
            )
        )
    return rows


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"£{value:,.2f}".removesuffix(".00")


def _weeks(value: Decimal | None) -> str | None:
    return None if value is None else f"{float(value):.1f} weeks"


def _plain(value: float | int | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return format_number(value)


def _share(part: int | None, whole: int | None, what: str) -> str | None:
    if part is None or not whole:
        return None
    return f"{100 * part / whole:.0f}% of {what} came through social media"


def suggested_actual(name: str, totals: ReviewTotals) -> str | None:
    """A figure from the review's totals for a measure or objective named `name`, if the
    name says which one it is (the kit's suggested measures do); None otherwise.

    The first matching rule wins, so "applications per vacancy" is not read as
    "applications", nor "cost per hire" as "hires".
    """
    text = name.casefold()
    hires, applications = totals.hires.value, totals.applications.value
    rules: list[tuple[tuple[str, ...], Callable[[], str | None]]] = [
        (("per vacancy",), lambda: _plain(totals.applications_per_vacancy)),
        (("cost per hire",), lambda: _money(totals.cost_per_hire)),
        (("time to hire", "time from advert"), lambda: _weeks(totals.time_to_hire)),
        (("conversion ratio", "diversity"), lambda: _plain(totals.conversion_ratio)),
        (
            ("vacancy rate",),
            lambda: None if totals.vacancy_rate is None else f"{totals.vacancy_rate}%",
        ),
        (("source of hire",), lambda: _share(totals.social_hires, hires, "hires")),
        (
            ("found the job through", "source of applica"),
            lambda: _share(totals.social_applications, applications, "applicants"),
        ),
        (("click",), lambda: _plain(totals.clicks.value)),
        (("impression", "reach"), lambda: _plain(totals.impressions.value)),
        (("shortlist",), lambda: _plain(totals.shortlisted.value)),
        (("application",), lambda: _plain(applications)),
        (("hire",), lambda: _plain(hires)),
    ]
    for words, figure in rules:
        if any(word in text for word in words):
            return figure()
    return None
