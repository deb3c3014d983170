"""Reading and writing one field of a plan held as a JSON-shaped dict.

The planner edits a plan as plain data ("implementation.posts[1].closing_date") and
rebuilds the immutable `Plan` from it after each change; the paths are the same ones
validation uses, so a problem lands on the field it names.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def parse_path(path: str) -> list[str | int]:
    tokens: list[str | int] = []
    for name, index in _TOKEN.findall(path):
        tokens.append(int(index) if index else name)
    return tokens


def get_path(data: Any, path: str, default: Any = None) -> Any:
    current = data
    for token in parse_path(path):
        try:
            current = current[token]
        except (KeyError, IndexError, TypeError):
            return default
    return current


def set_path(data: dict, path: str, value: Any) -> None:
    """Set `value` at `path`, creating missing dicts along the way."""
    tokens = parse_path(path)
    current: Any = data
    for token, following in itertools.pairwise(tokens):
        if isinstance(token, int):
            current = current[token]
        else:
            if current.get(token) is None:
                current[token] = [] if isinstance(following, int) else {}
            current = current[token]
    last = tokens[-1]
    current[last] = value
