"""Visit every field of a plan with its path and a label a person would recognise.

Used by the length checks (every text field, however deeply nested) and by "compare
two versions", so both name fields the same way: "Implementation › Post 2 › Role".
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

SEPARATOR = " › "

# Lists of sub-records are numbered for people ("Post 2") rather than titled.
ITEM_NAMES: dict[str, str] = {
    "objectives": "Objective",
    "posts": "Post",
    "channels": "Channel post",
    "approvers": "Approver",
    "risks": "Risk",
    "measures": "Measure",
}


@dataclass(frozen=True)
class Leaf:
    path: str
    label: str
    name: str
    value: object


def join_path(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def join_label(prefix: str, label: str) -> str:
    return f"{prefix}{SEPARATOR}{label}" if prefix else label


def field_title(model: BaseModel, name: str) -> str:
    info = type(model).model_fields[name]
    return info.title or name.replace("_", " ").capitalize()


def is_record_list(model: BaseModel, name: str) -> bool:
    """True for fields declared as a list of sub-records (posts, risks), even when empty."""
    args = typing.get_args(type(model).model_fields[name].annotation)
    return bool(args) and isinstance(args[0], type) and issubclass(args[0], BaseModel)


def item_label(name: str, index: int) -> str:
    return f"{ITEM_NAMES.get(name, name)} {index + 1}"


def leaves(model: BaseModel, path: str = "", label: str = "") -> Iterator[Leaf]:
    """Every scalar field (and every list of plain values, as one field), depth first."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        field_path = join_path(path, name)
        if isinstance(value, BaseModel):
            yield from leaves(value, field_path, join_label(label, field_title(model, name)))
        elif is_record_list(model, name):
            for index, item in enumerate(value):
                yield from leaves(
                    item, f"{field_path}[{index}]", join_label(label, item_label(name, index))
                )
        else:
            yield Leaf(field_path, join_label(label, field_title(model, name)), name, value)
