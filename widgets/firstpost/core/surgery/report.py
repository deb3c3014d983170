"""The surgeries over months: attendance, questions and the topics that keep coming back.

A facilitator uses this to show a manager whether the monthly surgery is worth the
hour, and to choose next month's topic. Months with no surgery are listed with zeros,
so a gap in the series is visible rather than silently closed up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from firstpost.core.surgery.records import SurgeryLog


@dataclass(frozen=True)
class MonthRow:
    month: date  # the first day of the month
    surgeries: int
    attendance: int
    questions_asked: int
    questions_answered: int
    topics: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.month:%B %Y}"

    @property
    def short_label(self) -> str:
        return f"{self.month:%b %Y}"


@dataclass(frozen=True)
class TopicCount:
    topic: str
    surgeries: int  # in how many surgeries it came up


@dataclass(frozen=True)
class SurgeryReport:
    months: tuple[MonthRow, ...]
    topics: tuple[TopicCount, ...]
    logs: tuple[SurgeryLog, ...]

    @property
    def surgeries(self) -> int:
        return len(self.logs)

    @property
    def attendance(self) -> int:
        return sum(log.attendance for log in self.logs)

    @property
    def questions_asked(self) -> int:
        return sum(log.questions_asked for log in self.logs)

    @property
    def questions_answered(self) -> int:
        return sum(log.questions_answered for log in self.logs)

    @property
    def average_attendance(self) -> float | None:
        return self.attendance / self.surgeries if self.surgeries else None

    @property
    def period(self) -> str:
        if not self.months:
            return "no surgeries logged"
        first, last = self.months[0], self.months[-1]
        return first.label if first == last else f"{first.label} to {last.label}"

    def summary(self) -> str:
        if not self.logs:
            return "No surgeries have been logged in this period."
        average = self.average_attendance or 0
        return (
            f"{self.surgeries} {'surgery' if self.surgeries == 1 else 'surgeries'} "
            f"from {self.period}: {self.attendance} "
            f"{'person' if self.attendance == 1 else 'people'} attending "
            f"(an average of {average:.1f} a surgery), {self.questions_asked} "
            f"question{'' if self.questions_asked == 1 else 's'} asked and "
            f"{self.questions_answered} answered."
        )


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def count_topics(logs: Iterable[SurgeryLog]) -> tuple[TopicCount, ...]:
    """Topics by how many surgeries covered them, most first; case and spacing ignored.

    Each topic is shown as it was first typed.
    """
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for log in logs:
        for key, text in {" ".join(t.split()).casefold(): t for t in log.topics}.items():
            names.setdefault(key, " ".join(text.split()))
            counts[key] = counts.get(key, 0) + 1
    ordered = sorted(counts, key=lambda key: (-counts[key], names[key].casefold()))
    return tuple(TopicCount(names[key], counts[key]) for key in ordered)


def monthly_report(logs: Iterable[SurgeryLog]) -> SurgeryReport:
    logs = tuple(sorted(logs, key=lambda log: (log.held_on, log.surgery_id)))
    if not logs:
        return SurgeryReport((), (), ())
    by_month: dict[date, list[SurgeryLog]] = {}
    for log in logs:
        by_month.setdefault(_month_start(log.held_on), []).append(log)
    months = []
    month, last = _month_start(logs[0].held_on), _month_start(logs[-1].held_on)
    while month <= last:
        items = by_month.get(month, [])
        topics = count_topics(items)
        months.append(
            MonthRow(
                month=month,
                surgeries=len(items),
                attendance=sum(log.attendance for log in items),
                questions_asked=sum(log.questions_asked for log in items),
                questions_answered=sum(log.questions_answered for log in items),
                topics=tuple(t.topic for t in topics),
            )
        )
        month = _next_month(month)
    return SurgeryReport(tuple(months), count_topics(logs), logs)
