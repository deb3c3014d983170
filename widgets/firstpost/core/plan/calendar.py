"""The content calendar, worked out from the plan rather than typed twice.

Posts carry their publish slots and closing dates, and the plan its review date, so
the calendar is derived: it can never disagree with the plan. Each entry has a
stable `key` (e.g. "post-2-channel-1") so calendar files exported twice describe
the same events.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Literal

from firstpost.core.plan.channels import channel_label
from firstpost.core.plan.model import Plan

EntryKind = Literal["publish", "closing", "review"]
_KIND_ORDER = {"publish": 0, "closing": 1, "review": 2}


@dataclass(frozen=True)
class CalendarEntry:
    key: str
    kind: EntryKind
    day: date
    at: time | None
    title: str
    role: str = ""
    channel: str = ""
    text: str = ""

    @property
    def channel_name(self) -> str:
        return channel_label(self.channel) if self.channel else ""


def content_calendar(plan: Plan) -> list[CalendarEntry]:
    """Every dated event in the plan, in date order; undated items are left out."""
    entries: list[CalendarEntry] = []
    for post_number, post in enumerate(plan.implementation.posts, start=1):
        role = post.role.strip() or f"Post {post_number}"
        for slot_number, slot in enumerate(post.channels, start=1):
            if slot.publish_date is None:
                continue
            where = channel_label(slot.channel) if slot.channel else "a channel not chosen yet"
            entries.append(
                CalendarEntry(
                    key=f"post-{post_number}-channel-{slot_number}",
                    kind="publish",
                    day=slot.publish_date,
                    at=slot.publish_time,
                    title=f"Publish: {role} on {where}",
                    role=post.role,
                    channel=slot.channel,
                    text=slot.text,
                )
            )
        if post.closing_date is not None:
            entries.append(
                CalendarEntry(
                    key=f"post-{post_number}-closing",
                    kind="closing",
                    day=post.closing_date,
                    at=None,
                    title=f"Closing date: {role}",
                    role=post.role,
                )
            )
    if plan.review_date is not None:
        entries.append(
            CalendarEntry(
                key="review",
                kind="review",
                day=plan.review_date,
                at=None,
                title="Pilot review",
            )
        )
    entries.sort(key=lambda e: (e.day, e.at or time(0), _KIND_ORDER[e.kind], e.key))
    return entries
