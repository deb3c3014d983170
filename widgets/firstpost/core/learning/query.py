"""What the page address asks for: a learner's personal code, an episode, a mode.

Other apps link to `lessons.ipynb?episode=<id>`, and learners bookmark
`lessons.ipynb?learner=<code>`. Anything in an address can be mistyped or tampered
with, so every value is checked here and turned into a message, never an error.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode

from firstpost.core.learning.codes import code_problem, display_code

MAX_QUERY_CHARS = 2000
MAX_VALUE_CHARS = 120


@dataclass(frozen=True)
class LessonsRequest:
    """The address, checked: each value is usable, or None with a message saying why."""

    learner_code: str | None = None
    episode_id: str | None = None
    facilitator: bool = False
    messages: tuple[str, ...] = ()
    code_rejected: bool = False


def parse_request(query: str, episode_ids: Collection[str]) -> LessonsRequest:
    """Read `QUERY_STRING` (e.g. `learner=k7mp-q2xa-9fth&episode=staying-safe`)."""
    query = (query or "").lstrip("?")[:MAX_QUERY_CHARS]
    values = parse_qs(query, keep_blank_values=True)
    messages: list[str] = []

    code = None
    code_rejected = False
    raw_code = _first(values, "learner")
    if raw_code is not None:
        problem = code_problem(raw_code)
        if problem is None:
            code = display_code(raw_code)
        else:
            code_rejected = True
            messages.append(
                f"{problem} You can type your code below, or start afresh with your name."
            )

    episode = None
    raw_episode = _first(values, "episode")
    if raw_episode is not None:
        wanted = raw_episode.strip().lower()
        if wanted in episode_ids:
            episode = wanted
        else:
            messages.append(
                "The link asked for a lesson this course does not have (it may have been "
                "renamed). Choose a lesson from the list below."
            )

    mode = (_first(values, "mode") or "").strip().lower()
    return LessonsRequest(
        learner_code=code,
        episode_id=episode,
        facilitator=mode == "facilitator",
        messages=tuple(messages),
        code_rejected=code_rejected,
    )


def _first(values: dict[str, list[str]], name: str) -> str | None:
    found = values.get(name)
    if not found:
        return None
    return found[0][:MAX_VALUE_CHARS]


def lessons_link(code: str | None = None, episode_id: str | None = None) -> str:
    """A relative link to the course, keeping the learner's code so progress follows."""
    params = {}
    if code:
        params["learner"] = display_code(code)
    if episode_id:
        params["episode"] = episode_id
    return "lessons.ipynb" + (f"?{urlencode(params)}" if params else "")
