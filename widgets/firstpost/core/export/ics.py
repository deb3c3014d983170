"""The content calendar as an iCalendar file, to load into Outlook or Google Calendar.

Event UIDs are built from the plan id and the entry's key, and DTSTAMP is the
generation time passed in, so exporting the same plan twice gives the same file and
a calendar that re-imports it updates events rather than duplicating them.

Publish times are "floating" local times (no time zone), which calendar apps show
as written: 09:30 means 09:30 on the office clock, summer or winter.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from firstpost.core.export.context import ExportContext
from firstpost.core.plan.calendar import content_calendar
from firstpost.core.plan.model import Plan

PRODID = "-//First Post//Pilot planner//EN"
PUBLISH_MINUTES = 30


def _unsaved_key(plan: Plan) -> str:
    """A stand-in for the plan id, so two unsaved plans never share event UIDs.

    It changes when the title, owner or organisation changes; pass the plan id in
    the context for UIDs that survive edits.
    """
    words = "\n".join((plan.organisation, plan.owner, plan.title)).encode("utf-8")
    return "unsaved-" + hashlib.sha256(words).hexdigest()[:16]


def export_ics(plan: Plan, ctx: ExportContext) -> bytes:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", plan.title.strip() or "Pilot plan")
    plan_key = ctx.plan_id or _unsaved_key(plan)
    for entry in content_calendar(plan):
        event = Event()
        event.add("uid", f"{entry.key}.{plan_key}@firstpost")
        event.add("dtstamp", ctx.generated_utc)
        event.add("summary", entry.title)
        if entry.at is not None:
            start = datetime.combine(entry.day, entry.at)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=PUBLISH_MINUTES))
        else:
            event.add("dtstart", entry.day)
            event.add("dtend", entry.day + timedelta(days=1))
        if entry.text:
            event.add("description", entry.text)
        event.add("categories", [entry.kind])
        calendar.add_component(event)
    return calendar.to_ical()
