"""How plan values read in documents, diffs and messages (UK style: 4 March 2030).

One place for this so the sign-off document, the summary page and "compare two
versions" all show the same value the same way.
"""

from __future__ import annotations

from datetime import date, time

from firstpost.core.plan.channels import channel_label
from firstpost.core.plan.parts import AUDIENCE_LABELS, LEVEL_LABELS, Person

BLANK = "(blank)"


def format_date(value: date | None) -> str:
    if value is None:
        return BLANK
    return f"{value.day} {value:%B %Y}"


def format_short_date(value: date | None) -> str:
    """Weekday included, for calendars where the day of the week matters."""
    if value is None:
        return BLANK
    return f"{value:%a} {value.day} {value:%b %Y}"


def format_time(value: time | None) -> str:
    if value is None:
        return BLANK
    return f"{value:%H:%M}"


def format_number(value: float | None) -> str:
    """Thousands separated; whole numbers without a trailing ".0"."""
    if value is None:
        return BLANK
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_bool(value: bool) -> str:
    return "Yes" if value else "No"


def format_text(value: str) -> str:
    return value if value.strip() else BLANK


def format_person(person: Person) -> str:
    name = person.name.strip()
    role = person.role.strip()
    if name and role:
        return f"{name} ({role})"
    return name or role or BLANK


def audience_label(audience_id: str) -> str:
    return AUDIENCE_LABELS.get(audience_id, audience_id)


def level_label(level: str) -> str:
    return LEVEL_LABELS.get(level, level)


def format_channels(channel_ids: tuple[str, ...]) -> str:
    return ", ".join(channel_label(cid) for cid in channel_ids) or BLANK


def same_person(a: str, b: str) -> bool:
    """Names compared as people would: case and spacing do not make a new person."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
