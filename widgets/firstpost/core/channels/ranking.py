"""From scored channels to a shortlist a cautious team can start with.

The rules, in order: retired channels are never recommended; channels far too exposed
for the team, or with nothing to offer this purpose and audience, are left out with
the reason; the best route that is not social media always gets a place (Acas: at
least two types of channel, never social media alone), and so does the best social
channel that fits the team's hours, so the pilot tries both. When the best route would
use up the hours a social channel needs, the best route that leaves room for one is
taken instead: a team with 2.5 hours should not lose Facebook to a careers fair. The
rest are taken by score while the hours last, up to a small number for a gentle
start. Every channel not on the shortlist gets a one-line "why not".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from firstpost.core.channels.query import ChannelQuery, QueryProblem, validate_query
from firstpost.core.channels.reasons import FigureNote, Library, Reason
from firstpost.core.channels.scoring import ChannelResult, assess, effective_appetite
from firstpost.core.channels.vocabulary import MAX_SHORTLIST, RISK_LEVELS

ACAS_SOURCE = "acas-recruitment-guidance"
ACAS_FIGURE = "acas-guidance-half-of-internet-users-on-social-media"
DEFRA_SOURCE = "defra-accessible-social-media"
PAID_SOURCES = ("deadlinenews-police-scotland-2015", "cmi-wion-mcdstories")
SLOW_REPLY_SOURCES = ("nrn-dominos-2009",)


_SOCIAL_REASON = Reason(
    "acas",
    "Your social media channel: the best-scoring one that fits your hours.",
)


@dataclass(frozen=True)
class Ranking:
    """The answer to one question: the shortlist, the rest with reasons, and notes."""

    query: ChannelQuery
    shortlist: tuple[ChannelResult, ...] = ()
    excluded: tuple[ChannelResult, ...] = ()
    notes: tuple[Reason, ...] = ()
    problems: tuple[QueryProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def compared(self) -> tuple[ChannelResult, ...]:
        """Every channel that was scored (not retired), best first: what the chart shows."""
        scored = [r for r in (*self.shortlist, *self.excluded) if r.blocked != "retired"]
        return tuple(sorted(scored, key=lambda r: -r.total))

    @property
    def figures(self) -> tuple[FigureNote, ...]:
        """Every number the shortlist and notes quote, once each, so its doubts can be read."""
        reasons = [*(r for result in self.shortlist for r in result.reasons), *self.notes]
        found = {f.figure_id: f for reason in reasons for f in reason.figures}
        return tuple(found.values())

    def as_dict(self) -> dict[str, Any]:
        """The form the command line prints with --json."""
        return {
            "shortlist": [
                {
                    "id": r.id,
                    "name": r.name,
                    "score": round(r.total, 1),
                    "social": r.social,
                    "reasons": [reason.plain() for reason in r.reasons],
                }
                for r in self.shortlist
            ],
            "excluded": [{"id": r.id, "why": r.why_not} for r in self.excluded],
        }


def rank_channels(
    channels: Sequence[Any], query: ChannelQuery, library: Library | None = None
) -> Ranking:
    """Rank content Channels for a question; problems with the question stop the ranking."""
    problems = validate_query(query)
    if problems:
        return Ranking(query, problems=tuple(problems))
    lib = library or Library()
    order = {c.id: i for i, c in enumerate(channels)}
    results = [assess(channel, query, lib) for channel in channels]

    def best_first(r: ChannelResult) -> tuple[float, float, int]:
        return (-round(r.total, 6), r.effort_hours, order[r.id])

    eligible = sorted((r for r in results if r.blocked is None), key=best_first)
    route = _non_social_route(results, eligible, query.hours_per_week, best_first)
    chosen: list[ChannelResult] = [] if route is None else [_acas_reason(route, query, lib)]
    used = route.effort_hours if route is not None else 0.0
    social = next(
        (r for r in eligible if r.social and used + r.effort_hours <= query.hours_per_week), None
    )
    if social is not None:
        chosen.append(replace(social, reasons=(_SOCIAL_REASON, *social.reasons)))
        used += social.effort_hours
    taken = {r.id for r in chosen}
    left_out: list[ChannelResult] = []
    for position, result in enumerate(eligible, start=1):
        if result.id in taken:
            continue
        why = ""
        if len(chosen) >= MAX_SHORTLIST:
            why = (
                f"Ranked {position} of {len(eligible)}: the shortlist is full. Start with "
                f"{MAX_SHORTLIST} channels at most and add more once the pilot is working."
            )
        elif used + result.effort_hours > query.hours_per_week:
            why = (
                f"Ranked {position} of {len(eligible)}: adding it would take the weekly effort "
                f"to {used + result.effort_hours:g} h, over your {query.hours_per_week:g} h."
            )
        if why:
            left_out.append(replace(result, why_not=why))
        else:
            chosen.append(result)
            used += result.effort_hours
    blocked = [r for r in results if r.blocked is not None and (route is None or r.id != route.id)]
    return Ranking(
        query,
        shortlist=tuple(sorted(chosen, key=best_first)),
        excluded=(*left_out, *blocked),
        notes=tuple(_notes(query, lib, route, chosen)),
    )


def _non_social_route(
    results: list[ChannelResult], eligible: list[ChannelResult], hours: float, best_first
) -> ChannelResult | None:
    """The best route that is not social media and leaves hours for a social channel.

    A route with little fit beats none at all. If no route leaves room for a social
    channel, the best route is taken anyway (and the notes say no social channel fits).
    """
    candidates = sorted(
        (r for r in results if not r.social and r.blocked in (None, "fit", "hours")),
        key=lambda r: (r.blocked is not None, *best_first(r)),
    )
    needs = [r.effort_hours for r in eligible if r.social]
    for route in candidates:
        if any(route.effort_hours + need <= hours for need in needs):
            return route
    return candidates[0] if candidates else None


def _acas_reason(route: ChannelResult, query: ChannelQuery, lib: Library) -> ChannelResult:
    reasons = [
        Reason(
            "acas",
            "Your route that is not social media: Acas advises at least two types of channel, "
            "such as social media plus Jobcentre, and never social media alone.",
            lib.cite([ACAS_SOURCE]),
        )
    ]
    if route.blocked == "fit":
        reasons.append(
            Reason(
                "acas",
                "No source in the kit shows it fitting this purpose or audience; it is kept so "
                "that anything people must know can be found without social media.",
                lib.cite([DEFRA_SOURCE]),
            )
        )
    elif route.blocked == "hours":
        reasons.append(
            Reason(
                "acas",
                f"It needs more than your {query.hours_per_week:g} h a week, but it is kept "
                "because no other route that is not social media fits.",
            )
        )
    return replace(route, reasons=(*reasons, *route.reasons), blocked=None, why_not="")


def _notes(
    query: ChannelQuery, lib: Library, route: ChannelResult | None, chosen: list[ChannelResult]
) -> list[Reason]:
    notes = []
    if route is None:
        notes.append(
            Reason(
                "acas",
                "No route other than social media is in the channel list, so this shortlist "
                "goes against Acas's advice. Add your jobs website or Jobcentre as well.",
                lib.cite([ACAS_SOURCE]),
            )
        )
    else:
        notes.append(
            Reason(
                "acas",
                "Every shortlist keeps at least one route that is not social media. Acas "
                "advises at least two types of channel because only about half of internet "
                "users were on social media, and take-up differs between groups.",
                lib.cite([ACAS_SOURCE]),
                lib.figure(ACAS_FIGURE),
            )
        )
    if chosen and all(not r.social for r in chosen):
        notes.append(
            Reason(
                "note",
                "No social channel fits your settings. Try more hours a week or a higher risk "
                "appetite to see which would.",
            )
        )
    appetite, why = effective_appetite(query)
    if why:
        text = (
            f"Your risk appetite is treated as {RISK_LEVELS[appetite]} because "
            f"{' and '.join(why)}: a thread can run for a long time before anyone answers. "
            "Domino's took about 48 hours to answer its staff's prank video."
        )
        notes.append(
            Reason(
                "risk",
                text,
                lib.cite(SLOW_REPLY_SOURCES),
                lib.figures_in(text, SLOW_REPLY_SOURCES),
            )
        )
    if query.paid_promotion:
        notes.append(
            Reason(
                "note",
                "Paid promotion is allowed: budget for it, expect the spend to be asked about "
                "under freedom of information (Police Scotland's Facebook boosts were), and "
                "never pay to promote an open hashtag (#McDStories was a promoted hashtag).",
                lib.cite(PAID_SOURCES),
            )
        )
    else:
        notes.append(
            Reason(
                "note",
                "No paid promotion: the tool assumes posts on social media mainly reach people "
                "who already follow you, so reaching the general public or under-represented "
                "communities there counts half.",
            )
        )
    return notes
