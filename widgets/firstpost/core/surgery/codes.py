"""Join codes: how people in the room reach the question page of this month's surgery.

The code is shown large on the facilitator's screen and typed on phones, so it is short
and avoids characters that look alike (0/O, 1/I/L). It only lets someone send an
anonymous question to an open surgery, so five characters are plenty; the database
refuses a repeat, and the store simply draws again.
"""

from __future__ import annotations

import secrets
from urllib.parse import parse_qs

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 5
MAX_TYPED = 40


def new_join_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise_join_code(text: str) -> str:
    """The code as stored: capitals, with spaces and hyphens people add taken out."""
    return "".join(ch for ch in text.strip().upper() if ch not in " -_")


def join_code_problem(text: str) -> str | None:
    """Why `text` cannot be a join code, in words for the person typing it; None if it can."""
    code = normalise_join_code(text)
    if not code:
        return "Type the join code shown on the facilitator's screen."
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        return (
            f"A join code has {CODE_LENGTH} letters and numbers, such as K7MPQ. Check the code "
            "on the facilitator's screen and type it again."
        )
    return None


def spoken_code(code: str) -> str:
    """The code spaced out, so a screen reader reads it letter by letter."""
    return " ".join(normalise_join_code(code))


def join_code_from_query(query_string: str) -> str | None:
    """The `join` value from a page address's query string, or None if there is none.

    Returned as typed (trimmed and capped), so the page can say what was wrong with it.
    """
    values = parse_qs(query_string or "", keep_blank_values=True).get("join")
    if not values:
        return None
    return values[0].strip()[:MAX_TYPED]


def join_link(code: str) -> str:
    """The attendee page's address relative to the kit's pages (as Home links apps)."""
    return f"surgery.ipynb?join={normalise_join_code(code)}"
