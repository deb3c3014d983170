"""A case's timeline as data for the chart and its text equivalent.

How long an organisation took to respond is often the lesson (Domino's: about two
days; McDonald's: under two hours), so every event carries the time since the story
began, worded as a person would say it, and marked "about" when the sources only give
the time roughly.

Timeline entries need a full date. When the sources give only a month or a year, the
case file writes the first of the month (or 1 January) and marks the event
`approximate`; such dates are shown as "Jan 2011" or "2012", never as a made-up day.
When the sources give a time only as a span ("within an hour", "under 2 hours"), the
event's `elapsed` words are shown as they are instead of a figure worked out from dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from firstpost.core.content.case_studies import CaseStudy, TimelineEvent

Precision = Literal["minute", "day", "month", "year"]
_RANK = {"minute": 0, "day": 1, "month": 2, "year": 3}
_CLOCK_LIMIT = timedelta(hours=48)


@dataclass(frozen=True)
class TimelinePoint:
    """One event placed in time, with the words a screen reader and a table will use."""

    number: int
    when: datetime
    precision: Precision
    approximate: bool
    when_text: str
    since_start: str
    event: str
    stated: bool = False  # since_start is the sources' own words (`elapsed`), not worked out


def precision_of(event: TimelineEvent) -> Precision:
    if " " in event.at:
        return "minute"
    if event.approximate and event.at.endswith("-01-01"):
        return "year"
    if event.approximate and event.at.endswith("-01"):
        return "month"
    return "day"


def when_text(when: datetime, precision: Precision, approximate: bool) -> str:
    """'Wed 18 Jan 2012', 'Thu 30 Jan 2014, 18:00', 'about 13 Apr 2009', 'Jan 2011' or '2012'."""
    if precision == "year":
        return str(when.year)
    if precision == "month":
        return f"{when:%b %Y}"
    if approximate:
        return f"about {when.day} {when:%b %Y}"
    text = f"{when:%a} {when.day} {when:%b %Y}"
    return f"{text}, {when:%H:%M}" if precision == "minute" else text


def _plural(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def _clock_text(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    if minutes == 0:
        return "at the same time"
    if hours == 0:
        return f"{_plural(mins, 'minute')} later"
    if mins == 0:
        return f"{_plural(hours, 'hour')} later"
    return f"{_plural(hours, 'hour')} {_plural(mins, 'minute')} later"


def _days_text(days: int) -> str:
    if days == 0:
        return "the same day"
    if days < 61:
        return f"{_plural(days, 'day')} later"
    if days < 730:
        return f"{_plural(round(days / 30.44), 'month')} later"
    return f"{_plural(round(days / 365.25), 'year')} later"


def _months_text(months: int) -> str:
    if months == 0:
        return "the same month"
    if months < 24:
        return f"{_plural(months, 'month')} later"
    return f"{_plural(round(months / 12), 'year')} later"


def elapsed_text(start: datetime, when: datetime, precision: Precision, approximate: bool) -> str:
    """Time from `start` to `when`, no finer than the rougher of the two dates allows."""
    if precision == "minute" and when - start < _CLOCK_LIMIT:
        text = _clock_text(int((when - start).total_seconds() // 60))
    elif precision in ("minute", "day"):
        text = _days_text((when.date() - start.date()).days)
    elif precision == "month":
        text = _months_text((when.year - start.year) * 12 + when.month - start.month)
    else:
        years = when.year - start.year
        text = "the same year" if years == 0 else f"{_plural(years, 'year')} later"
    if approximate and text.endswith("later"):
        return f"about {text}"
    return text


def timeline_points(case: CaseStudy) -> tuple[TimelinePoint, ...]:
    """Every event of the case, numbered from 1, in the order the file gives."""
    return points_for(case.timeline)


def points_for(events: Sequence[TimelineEvent]) -> tuple[TimelinePoint, ...]:
    if not events:
        return ()
    first = events[0]
    start, start_precision = datetime.fromisoformat(first.at), precision_of(first)
    points = []
    for number, event in enumerate(events, start=1):
        when, precision = datetime.fromisoformat(event.at), precision_of(event)
        if number == 1:
            since = "the start"
        elif event.elapsed:
            since = event.elapsed
        else:
            coarsest = max(precision, start_precision, key=_RANK.__getitem__)
            rough = event.approximate or first.approximate
            since = elapsed_text(start, when, coarsest, rough)
        points.append(
            TimelinePoint(
                number=number,
                when=when,
                precision=precision,
                approximate=event.approximate,
                when_text=when_text(when, precision, event.approximate),
                since_start=since,
                event=event.event,
                stated=number > 1 and bool(event.elapsed),
            )
        )
    return tuple(points)


def span_text(points: Sequence[TimelinePoint]) -> str:
    """One sentence summing up the time the story covers, for the chart's alt text."""
    if not points:
        return "The timeline has no events."
    if len(points) == 1:
        return f"The timeline has one event, on {points[0].when_text}."
    first, last = points[0], points[-1]
    if last.stated:
        length = f"the last event {last.since_start} after the first"
    elif last.since_start.endswith(" later"):
        length = f"{last.since_start.removesuffix(' later')} in all"
    elif last.since_start == "the same day":
        length = "all on the same day"
    else:
        length = f"all {last.since_start.replace('the same', 'in the same')}"
    return (
        f"The timeline has {len(points)} events, from {first.when_text} to "
        f"{last.when_text} ({length})."
    )
