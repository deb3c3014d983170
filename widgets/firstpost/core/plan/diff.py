"""What changed between two versions of a plan, for "compare two versions".

Changes are listed in the order fields appear in the planner, labelled the way the
planner labels them, with values shown as a person would write them. A post or
risk added or removed is one change, not one per field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from pydantic import BaseModel

from firstpost.core.plan.channels import channel_label
from firstpost.core.plan.display import (
    BLANK,
    audience_label,
    format_bool,
    format_date,
    format_number,
    format_text,
    format_time,
    level_label,
)
from firstpost.core.plan.model import Plan
from firstpost.core.plan.parts import ACCESSIBILITY_LABELS
from firstpost.core.plan.walk import field_title, is_record_list, item_label, join_label, join_path

NONE = "(none)"
REMOVED = "(removed)"


@dataclass(frozen=True)
class Change:
    path: str
    label: str
    old: str
    new: str


def diff_plans(old: Plan, new: Plan) -> list[Change]:
    """Every difference from `old` to `new`; an empty list means they are the same."""
    changes: list[Change] = []
    _diff(old, new, "", "", changes)
    return changes


def _diff(old: BaseModel, new: BaseModel, path: str, label: str, out: list[Change]) -> None:
    for name in type(old).model_fields:
        before, after = getattr(old, name), getattr(new, name)
        if before == after:
            continue
        field_path = join_path(path, name)
        if isinstance(before, BaseModel):
            _diff(before, after, field_path, join_label(label, field_title(old, name)), out)
        elif is_record_list(old, name):
            for index in range(max(len(before), len(after))):
                item_path = f"{field_path}[{index}]"
                item = join_label(label, item_label(name, index))
                if index >= len(before):
                    out.append(Change(item_path, item, NONE, f"added: {summarise(after[index])}"))
                elif index >= len(after):
                    out.append(Change(item_path, item, summarise(before[index]), REMOVED))
                elif before[index] != after[index]:
                    _diff(before[index], after[index], item_path, item, out)
        else:
            title = join_label(label, field_title(old, name))
            out.append(Change(field_path, title, show(name, before), show(name, after)))


def show(name: str, value: object) -> str:
    """A field's value as text, using the names people know rather than stored ids."""
    if isinstance(value, tuple):
        if not value:
            return BLANK
        return "; ".join(show(name, item) for item in value)
    if value is None:
        return BLANK
    if isinstance(value, bool):
        return format_bool(value)
    if isinstance(value, int | float):
        return format_number(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return format_time(value)
    text = str(value)
    if name == "channels" or name == "channel":
        return channel_label(text) if text else BLANK
    if name == "audiences":
        return audience_label(text)
    if name == "accessibility_checks":
        return ACCESSIBILITY_LABELS.get(text, text)
    if name == "level":
        return level_label(text)
    return format_text(text)


def summarise(record: BaseModel) -> str:
    """A record's first filled-in text, enough to recognise which post or risk it was."""
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, str) and value.strip():
            return show(name, value)
    return BLANK
