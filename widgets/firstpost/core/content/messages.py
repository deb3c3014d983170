"""Turn pydantic validation errors into plain-English problems with line numbers.

Pydantic's own messages ("Input should be a valid dictionary or instance of Figure")
are written for programmers. Facilitators editing YAML need the field, where it is, and
what to write instead, so each error type gets a sentence of its own.
"""

from __future__ import annotations

import types
from collections.abc import Sequence
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, RootModel, ValidationError
from pydantic_core import ErrorDetails

from firstpost.core.content.fields import PATTERN_HELP
from firstpost.core.content.figures import EMBEDDED_FIGURE_TAG, FIGURE_ID_TAG
from firstpost.core.content.problems import Problem
from firstpost.core.content.yaml_lines import Loc, YamlDoc

# Pieces of pydantic locations that name a union branch, not a place in the file.
_UNION_TAGS = frozenset({FIGURE_ID_TAG, EMBEDDED_FIGURE_TAG})

_TYPE_WORDS = {
    "string_type": "text (put it in quotes if it looks like a number or date)",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "date_type": "a date like 2014-10-27",
    "date_parsing": "a date like 2014-10-27",
    "date_from_datetime_parsing": "a real date like 2014-10-27",
    "date_from_datetime_inexact": "a date like 2014-10-27, without a time",
    "dict_type": "a set of fields (one `name: value` per line)",
    "model_type": "a set of fields (one `name: value` per line)",
    "model_attributes_type": "a set of fields (one `name: value` per line)",
    "list_type": "a list (one `- item` per line)",
    "tuple_type": "a list (one `- item` per line)",
}

_FIELD_HINTS = {
    "sources": "list at least one source id from sources.yaml",
    "figures": "use a figure id from figures.yaml, or write the figure in place with id, "
    "value, claim, status and sources",
    "controls": "list at least one control id from the list in lessons/README.md",
    "options": "give at least two options",
    "objectives": "list at least one learning objective",
    "keypoints": "list at least one key point",
}


def validation_problems(
    doc: YamlDoc, error: ValidationError, model: type[BaseModel], whole: str = "the file"
) -> list[Problem]:
    """One problem per pydantic error, placed on the line of the offending key.

    `whole` names the document in messages about its overall shape ("the quiz").
    """
    problems = []
    details = error.errors(include_url=False)
    for detail in details:
        if _follows_from_item_error(detail, details):
            continue
        loc = tuple(p for p in detail["loc"] if p not in _UNION_TAGS)
        problems.append(doc.problem(loc, describe(detail, loc, model, whole)))
    return problems


def _follows_from_item_error(detail: ErrorDetails, details: list[ErrorDetails]) -> bool:
    # Pydantic counts a list's length after dropping invalid items, so one bad item in a
    # one-item list also yields "too short"; the item's own error is the one to fix.
    if detail["type"] != "too_short":
        return False
    loc = detail["loc"]
    return any(len(o["loc"]) > len(loc) and o["loc"][: len(loc)] == loc for o in details)


def describe(
    detail: ErrorDetails, loc: Loc, model: type[BaseModel], whole: str = "the file"
) -> str:
    """A sentence naming the field, where it sits, and how to fix it."""
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    field, where = _name(loc, whole)
    names = [part for part in loc if isinstance(part, str) and part != "[key]"]
    hint = _FIELD_HINTS.get(names[-1]) if names else None
    if kind == "missing":
        return f"{field}{where} is missing; add it" + (f" ({hint})" if hint else "")
    if kind == "extra_forbidden":
        allowed = allowed_fields(model, loc[:-1])
        listing = f" (allowed here: {', '.join(allowed)})" if allowed else ""
        return f"{field}{where} is not a field here; check the spelling or remove it{listing}"
    if kind == "value_error":
        return f"{field}{where} {_own_message(ctx)}"
    if kind == "too_short":
        need = ctx.get("min_length", 1)
        items = "item" if need == 1 else "items"
        extra = f"; {hint}" if hint else ""
        return f"{field}{where} needs at least {need} {items}{extra}"
    if kind == "string_too_short":
        return f"{field}{where} is empty; write some text or remove the field"
    if kind == "string_pattern_mismatch":
        rule = PATTERN_HELP.get(ctx.get("pattern", ""), f"must match {ctx.get('pattern')}")
        return f"{field}{where} {rule}; it is {detail['input']!r}"
    if kind == "literal_error":
        return f"{field}{where} must be one of {ctx.get('expected')}; it is {detail['input']!r}"
    if kind in {"greater_than_equal", "greater_than"}:
        bound = ctx.get("ge", ctx.get("gt"))
        if isinstance(bound, float) and bound.is_integer():
            bound = int(bound)
        word = "at least" if kind == "greater_than_equal" else "more than"
        return f"{field}{where} must be {word} {bound}; it is {detail['input']!r}"
    if kind == "string_type" and isinstance(detail["input"], bool):
        return (
            f"{field}{where} must be text, but YAML reads yes, no, on, off, true and "
            "false as true/false; put the text in quotes"
        )
    if kind in _TYPE_WORDS:
        return f"{field}{where} must be {_TYPE_WORDS[kind]}; it is {_show(detail['input'])}"
    return f"{field}{where}: {detail['msg']}"


def _own_message(ctx: dict[str, Any]) -> str:
    # Validators in this package write messages that continue the field's name.
    error = ctx.get("error")
    return str(error) if error is not None else "is not valid"


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a set of fields"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    return repr(value)


def _name(loc: Sequence[str | int], whole: str = "the file") -> tuple[str, str]:
    """('timeline', 2, 'at') -> ('`at`', ' in timeline item 3').

    Items are counted from 1, as a person counts the `-` lines in the file.
    """
    parts = [p for p in loc if p != "[key]"]
    is_key = bool(loc) and loc[-1] == "[key]"
    if not parts:
        return whole, ""
    last = parts[-1]
    if isinstance(last, int):
        name = f"item {last + 1}"
        context = parts[:-1]
        if context and isinstance(context[-1], str):
            name = f"item {last + 1} of `{context[-1]}`"
            context = context[:-1]
    else:
        name = f"the id '{last}'" if is_key else f"`{last}`"
        context = parts[:-1]
    where = []
    for index, part in enumerate(context):
        if isinstance(part, int):
            continue
        following = context[index + 1] if index + 1 < len(context) else None
        where.append(f"{part} item {following + 1}" if isinstance(following, int) else f"{part}")
    return name, (f" in {', '.join(where)}" if where else "")


def allowed_fields(model: Any, loc: Sequence[str | int]) -> list[str]:
    """The field names accepted at `loc` inside `model`, for "did you mean" listings."""
    current = model
    for part in loc:
        current = _step(_unwrap(current), part)
        if current is None:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(tp: Any) -> Any:
    """Strip Annotated, Optional, RootModel and unions down to the model that holds fields."""
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
        elif origin is Union or origin is types.UnionType:
            members = [_unwrap(a) for a in get_args(tp) if a is not type(None)]
            models = [m for m in members if isinstance(m, type) and issubclass(m, BaseModel)]
            tp = models[0] if models else members[0]
        elif isinstance(tp, type) and issubclass(tp, RootModel):
            tp = tp.model_fields["root"].annotation
        else:
            return tp


def _step(tp: Any, part: str | int) -> Any:
    origin = get_origin(tp)
    if isinstance(tp, type) and issubclass(tp, BaseModel) and isinstance(part, str):
        field = tp.model_fields.get(part)
        return field.annotation if field is not None else None
    if origin is dict:
        return get_args(tp)[1]
    if origin in (tuple, list) and isinstance(part, int):
        return get_args(tp)[0]
    return None
