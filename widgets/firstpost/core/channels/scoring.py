"""Scoring one channel against one question: a score per criterion and the reasons.

Every score is a simple rule a facilitator can check by hand (the rules are spelled out
in vocabulary.CRITERIA and shown in the app), and every score comes with the sentence
that explains it, citing the channel file's evidence. A channel that must not be
recommended (retired, far too exposed, or with nothing to offer) gets a "why not"
instead of a place in the ranking.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from firstpost.core.channels.query import ChannelQuery
from firstpost.core.channels.reasons import Library, Reason
from firstpost.core.channels.vocabulary import (
    AUDIENCES,
    BROAD_AUDIENCES,
    CONTENT_AUDIENCES,
    CRITERIA,
    PURPOSES,
    RISK_LEVELS,
    SLOW_APPROVALS,
    SLOW_MONITORING,
)

PAID_REACH_FACTOR = 0.5
EFFORT_FIGURE = "channel-weekly-effort-estimates"
Blocked = Literal["retired", "risk", "fit", "hours"]

COUNTING_WORDS = {
    "characters": "characters",
    "graphemes": "characters as a reader sees them (an emoji counts one)",
    "x-weighted": "characters counted X's way (a link counts 23, an emoji 2)",
}


@dataclass(frozen=True)
class CriterionScore:
    """How a channel did on one criterion: a mark from 0 to 1 and its share of 100."""

    criterion: str
    label: str
    score: float
    weight: int
    points: float


@dataclass(frozen=True)
class ChannelResult:
    """One channel's scores, reasons and, if it is left out, why."""

    id: str
    name: str
    social: bool
    effort_hours: float
    exposure: str
    total: float
    criteria: tuple[CriterionScore, ...]
    reasons: tuple[Reason, ...]
    blocked: Blocked | None = None
    why_not: str = ""

    def score_of(self, criterion: str) -> CriterionScore:
        return next(c for c in self.criteria if c.criterion == criterion)


def effective_appetite(query: ChannelQuery) -> tuple[int, list[str]]:
    """The risk appetite used for scoring (0 low to 2 high), and why it is lower if so."""
    level = RISK_LEVELS.index(query.risk_appetite)  # type: ignore[arg-type]
    why = []
    if query.monitoring == SLOW_MONITORING:
        why.append("replies are checked only a few times a day")
    if query.approvals == SLOW_APPROVALS:
        why.append("approvals take longer than two working days")
    return max(0, level - len(why)), why


def _hours(value: float) -> str:
    return f"{value:g} h"


def _audience_names(audience_ids: tuple[str, ...]) -> str:
    names = [AUDIENCES[a].lower() for a in audience_ids]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


def _audience(channel: Any, query: ChannelQuery, lib: Library) -> tuple[float, list[Reason], int]:
    reasons, total, reached = [], 0.0, 0
    for audience in query.audiences:
        fits = [f for f in channel.audiences if f.audience in CONTENT_AUDIENCES[audience]]
        label = AUDIENCES[audience]
        if not fits:
            reasons.append(
                Reason("audience", f"No source in the kit shows it reaching {label.lower()}.")
            )
            continue
        reached += 1
        share = 1.0
        for fit in fits:
            text = f"Reaches {label.lower()}: {fit.evidence}"
            reasons.append(
                Reason(
                    "audience",
                    text,
                    lib.cite(fit.sources),
                    lib.figures_in(fit.evidence, fit.sources),
                )
            )
        if channel.kind == "social" and audience in BROAD_AUDIENCES and not query.paid_promotion:
            share = PAID_REACH_FACTOR
            reasons.append(
                Reason(
                    "audience",
                    f"Without paid promotion, posts mainly reach people who already follow you, "
                    f"so reaching {label.lower()} counts half.",
                )
            )
        total += share
    return total / len(query.audiences), reasons, reached


def _purpose(channel: Any, query: ChannelQuery, lib: Library) -> tuple[float, list[Reason]]:
    wanted = "recruitment" if query.purpose == "employer-brand" else query.purpose
    fits = [f for f in channel.purposes if f.purpose == wanted]
    label = PURPOSES[query.purpose].split(" (")[0].lower()
    if not fits:
        return 0.0, [Reason("purpose", f"No source in the kit shows it serving {label}.")]
    reasons = [
        Reason(
            "purpose",
            f"Serves {wanted}: {fit.evidence}",
            lib.cite(fit.sources),
            lib.figures_in(fit.evidence, fit.sources),
        )
        for fit in fits
    ]
    if query.purpose != "employer-brand":
        return 1.0, reasons
    if channel.kind != "social":
        reasons.append(
            Reason(
                "purpose",
                "For employer brand it counts half: people see a jobs site or job board "
                "mostly when they are already looking for a job.",
            )
        )
        return 0.5, reasons
    if any(f.audience in CONTENT_AUDIENCES["general-public"] for f in channel.audiences):
        reasons.append(
            Reason(
                "purpose",
                "For employer brand it also reaches the general public, so people who are "
                "not job hunting see what working for you is like.",
            )
        )
        return 1.0, reasons
    reasons.append(
        Reason(
            "purpose",
            "No source shows it reaching the general public, so it counts half for employer brand.",
        )
    )
    return 0.5, reasons


def _effort(channel: Any, query: ChannelQuery, lib: Library) -> tuple[float, Reason]:
    need, have = channel.weekly_effort_hours, query.hours_per_week
    score = 1.0 if need <= have else have / need
    text = f"Needs about {_hours(need)} a week (the kit's estimate); you have {_hours(have)}"
    text += "." if score == 1.0 else f", so it scores {score:.0%} here."
    return score, Reason("effort", text, figures=lib.figure(EFFORT_FIGURE))


def _risk(channel: Any, query: ChannelQuery) -> tuple[float, Reason]:
    exposure = channel.risk.open_hashtag_exposure
    appetite, _why = effective_appetite(query)
    gap = RISK_LEVELS.index(exposure) - appetite
    score = 1.0 if gap <= 0 else 0.5 if gap == 1 else 0.0
    text = (
        f"Chance of a hashtag or thread being taken over: {exposure}. {channel.risk.reply_controls}"
    )
    if gap == 1:
        text += (
            f" That is one step above the {RISK_LEVELS[appetite]} risk used for you, "
            "so it counts half."
        )
    return score, Reason("risk", text)


def _notes(channel: Any, lib: Library) -> list[Reason]:
    notes = [Reason("risk", f"Moderation: {channel.risk.moderation}")]
    if channel.post_length is not None:
        length = channel.post_length
        text = f"Posts can be up to {length.limit:,} {COUNTING_WORDS[length.counting]}"
        if length.visible_before_more:
            text += f"; about {length.visible_before_more:,} show before 'see more'"
        text += "."
        # The limits are registered figures, so a disputed one (TikTok's) says so.
        notes.append(Reason("note", text, figures=lib.figures_in(text, channel.sources)))
    elif channel.kind == "social":
        notes.append(
            Reason(
                "note",
                "The kit has no checked post length limit for it, so check the limit "
                "before you write a long post.",
            )
        )
    notes.append(Reason("note", f"Cost: {channel.cost}"))
    return notes


def assess(channel: Any, query: ChannelQuery, lib: Library | None = None) -> ChannelResult:
    """Score a channel (a content Channel) for a valid query; see vocabulary.CRITERIA."""
    lib = lib or Library()
    audience, audience_reasons, reached = _audience(channel, query, lib)
    purpose, purpose_reasons = _purpose(channel, query, lib)
    effort, effort_reason = _effort(channel, query, lib)
    risk, risk_reason = _risk(channel, query)
    marks = {"audience": audience, "purpose": purpose, "effort": effort, "risk": risk}
    total_weight = query.total_weight
    criteria = tuple(
        CriterionScore(
            c.id,
            c.label,
            marks[c.id],
            query.weight(c.id),
            100.0 * query.weight(c.id) * marks[c.id] / total_weight,
        )
        for c in CRITERIA
    )
    blocked, why_not = _blocked(channel, query, reached, purpose, risk)
    return ChannelResult(
        id=channel.id,
        name=channel.name,
        social=channel.kind == "social",
        effort_hours=channel.weekly_effort_hours,
        exposure=channel.risk.open_hashtag_exposure,
        total=sum(c.points for c in criteria),
        criteria=criteria,
        reasons=(
            *audience_reasons,
            *purpose_reasons,
            effort_reason,
            risk_reason,
            *_notes(channel, lib),
        ),
        blocked=blocked,
        why_not=why_not,
    )


def _blocked(
    channel: Any, query: ChannelQuery, reached: int, purpose: float, risk: float
) -> tuple[Blocked | None, str]:
    if channel.status == "retired":
        return "retired", f"Retired, so never recommended. {channel.retired_note}"
    if risk == 0.0:
        appetite, why = effective_appetite(query)
        because = f" (lowered because {' and '.join(why)})" if why else ""
        return "risk", (
            f"Too exposed for you: the chance of a hashtag or thread being taken over is "
            f"{channel.risk.open_hashtag_exposure}, two steps above the "
            f"{RISK_LEVELS[appetite]} risk appetite used for you{because}."
        )
    if reached == 0 and purpose == 0.0:
        label = PURPOSES[query.purpose].split(" (")[0].lower()
        return "fit", (
            f"No source in the kit shows it reaching {_audience_names(query.audiences)} "
            f"or serving {label}."
        )
    if channel.weekly_effort_hours > query.hours_per_week:
        return "hours", (
            f"Needs about {_hours(channel.weekly_effort_hours)} a week on its own; "
            f"you have {_hours(query.hours_per_week)}."
        )
    return None, ""
