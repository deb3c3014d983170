"""Reading and writing plans as JSON, reporting mistakes instead of raising.

A plan file may come from another machine, an older kit, or a hand edit. Every
mistake is returned as a Problem naming the field, so the importer can list them all
at once and write nothing; a stack trace helps nobody in a workshop.

The export form is canonical (fixed key order, two-space indent, trailing newline),
so export → import → export gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from firstpost.core.plan.model import Plan
from firstpost.core.plan.problems import Problem, Stage, stage_of

PLAN_FORMAT = "firstpost-plan"
PLAN_FORMAT_VERSION = 1
MAX_PLAN_BYTES = 2 * 1024 * 1024

_TYPE_WORDS = {
    "string_type": ("This should be text.", "Put the value in double quotes."),
    "bool_type": ("This should be true or false.", "Write true or false, without quotes."),
    "bool_parsing": ("This should be true or false.", "Write true or false, without quotes."),
    "int_type": ("This should be a whole number.", "Write a number without quotes, e.g. 3."),
    "int_parsing": ("This should be a whole number.", "Write a number without quotes, e.g. 3."),
    "int_from_float": ("This should be a whole number.", "Remove the decimal part."),
    "float_type": ("This should be a number.", "Write a number without quotes, e.g. 12.5."),
    "number_type": ("This should be a number.", "Write a number without quotes, e.g. 12.5."),
    "float_parsing": ("This should be a number.", "Write a number without quotes, e.g. 12.5."),
    "tuple_type": ("This should be a list.", "Put the items in square brackets: [ ... ]."),
    "list_type": ("This should be a list.", "Put the items in square brackets: [ ... ]."),
    "model_type": ("This should be a group of fields.", "Put the fields in curly brackets."),
    "dict_type": ("This should be a group of fields.", "Put the fields in curly brackets."),
    "model_attributes_type": (
        "This should be a group of fields.",
        "Put the fields in curly brackets.",
    ),
}
_DATE_FIX = "Write the date as year-month-day, e.g. 2030-03-04."
_TIME_FIX = "Write the time on the 24-hour clock as hours:minutes, e.g. 09:30."


def _path(loc: Sequence[int | str]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text = f"{text}.{part}" if text else str(part)
    return text


def _words(error: Mapping[str, Any]) -> tuple[str, str]:
    kind = str(error.get("type", ""))
    if kind == "extra_forbidden":
        return (
            "This field is not part of a First Post plan.",
            "Check the spelling of the field name, or remove it.",
        )
    if kind == "missing":
        return ("This field is missing.", "Add it.")
    if kind == "string_too_long":
        # Never echo the text itself: it may be a megabyte long.
        size = len(error.get("input") or "")
        limit = int(error.get("ctx", {}).get("max_length", 0))
        return (
            f"This is {size:,} characters long; the most a plan can hold here is {limit:,}.",
            "Shorten it. If you pasted it, check the paste picked up only what you meant.",
        )
    if kind.startswith("date"):
        return ("This is not a valid date.", _DATE_FIX)
    if kind.startswith("time"):
        return ("This is not a valid time.", _TIME_FIX)
    if kind == "literal_error":
        expected = str(error.get("ctx", {}).get("expected", "")).replace("'", '"')
        return ("This is not one of the allowed choices.", f"Use one of: {expected}.")
    if kind in _TYPE_WORDS:
        return _TYPE_WORDS[kind]
    return (str(error.get("msg", "This value is not valid.")) + ".", "Correct the value.")


def problems_from_validation_error(
    error: ValidationError,
    *,
    prefix: str = "",
    stage_for: Callable[[str], Stage] = stage_of,
) -> list[Problem]:
    """Turn pydantic's errors into Problems; `prefix` places a plan inside a bigger file."""
    problems = []
    for item in error.errors(include_url=False):
        relative = _path(item["loc"])
        message, fix = _words(item)
        path = f"{prefix}.{relative}" if prefix and relative else (prefix or relative)
        problems.append(Problem(path, stage_for(relative), "error", message, fix))
    return problems


def _file_problem(message: str, fix: str) -> Problem:
    return Problem("", "summary", "error", message, fix)


def plan_from_dict(data: object) -> tuple[Plan | None, list[Problem]]:
    """A plan from parsed JSON: either the export wrapper or a bare plan object."""
    if not isinstance(data, Mapping):
        return None, [
            _file_problem(
                "This is not a First Post plan: the file should hold one plan in curly brackets.",
                "Choose a plan file exported from First Post.",
            )
        ]
    body: object = data
    problems: list[Problem] = []
    if "format" in data or "format_version" in data or "plan" in data:
        body, problems = _unwrap(data)
        if body is None:
            return None, problems
    # The plan inside is checked even when the wrapper has mistakes, so every
    # problem in the file is listed at once.
    try:
        plan = Plan.model_validate(body)
    except ValidationError as error:
        prefix = "plan" if body is not data else ""
        return None, problems + problems_from_validation_error(error, prefix=prefix)
    return (None, problems) if problems else (plan, [])


def _unwrap(data: Mapping[str, object]) -> tuple[object, list[Problem]]:
    problems = []
    if data.get("format") != PLAN_FORMAT:
        problems.append(
            _file_problem(
                f'This file does not say it is a First Post plan (format "{PLAN_FORMAT}").',
                "Choose a plan file exported from First Post.",
            )
        )
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(
            Problem(
                "format_version",
                "summary",
                "error",
                "The file's format version is missing or not a whole number.",
                f"Set format_version to {PLAN_FORMAT_VERSION}.",
            )
        )
    elif version > PLAN_FORMAT_VERSION:
        problems.append(
            Problem(
                "format_version",
                "summary",
                "error",
                f"This plan was saved by a newer First Post (format {version}).",
                "Upgrade First Post (pip install --upgrade firstpost), then import it again.",
            )
        )
    for key in data:
        if key not in ("format", "format_version", "plan"):
            problems.append(
                Problem(
                    str(key),
                    "summary",
                    "error",
                    "This field is not part of a First Post plan file.",
                    "Check the spelling of the field name, or remove it.",
                )
            )
    if "plan" not in data:
        problems.append(
            Problem("plan", "summary", "error", "The file has no plan in it.", "Add the plan.")
        )
    return data.get("plan"), problems


def plan_from_json(raw: str | bytes) -> tuple[Plan | None, list[Problem]]:
    """A plan from the text of a file, refusing anything over 2 MB before parsing it."""
    size = len(raw.encode("utf-8")) if isinstance(raw, str) else len(raw)
    if size > MAX_PLAN_BYTES:
        return None, [
            _file_problem(
                f"The file is {size / 1024 / 1024:.1f} MB; a plan file can be at most 2 MB.",
                "Check you chose a First Post plan file; real plans are well under 1 MB.",
            )
        ]
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:
        return None, [
            _file_problem(
                "The file is not readable text (it should be UTF-8 JSON).",
                "Choose a plan file exported from First Post.",
            )
        ]
    except json.JSONDecodeError as error:
        return None, [
            _file_problem(
                f"The file is not valid JSON: {error.msg} on line {error.lineno}, "
                f"column {error.colno}.",
                "Fix the file at that point, or export the plan again.",
            )
        ]
    except RecursionError:
        return None, [
            _file_problem(
                "The file is nested too deeply to be a plan.",
                "Choose a plan file exported from First Post.",
            )
        ]
    return plan_from_dict(data)


def plan_to_dict(plan: Plan) -> dict[str, object]:
    """The export wrapper: format name and version first, so any reader can tell."""
    return {
        "format": PLAN_FORMAT,
        "format_version": PLAN_FORMAT_VERSION,
        "plan": plan.model_dump(mode="json"),
    }


def plan_to_json(plan: Plan) -> str:
    """The canonical JSON text of a plan (what the JSON export writes)."""
    return json.dumps(plan_to_dict(plan), indent=2, ensure_ascii=False) + "\n"
