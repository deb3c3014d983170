"""How the app was opened: as a participant, or as a facilitator (`?mode=facilitator`).

Voilà passes the page's query string to the kernel as the QUERY_STRING environment
variable. Facilitator mode only shows notes; it grants no extra rights, so reading it
from the address bar is safe.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from urllib.parse import parse_qs


def facilitator_mode(query: str | None = None, environ: Mapping[str, str] | None = None) -> bool:
    """True when the page address asks for facilitator mode."""
    if query is None:
        query = (os.environ if environ is None else environ).get("QUERY_STRING", "")
    values = parse_qs(query.lstrip("?")).get("mode", [])
    return any(value.strip().lower() == "facilitator" for value in values)


def requested_case(query: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The case id a link asked for (`?case=mcdstories`), or "" for the list of cases.

    Other apps link straight to a case this way; the id is checked against the content
    before use, so any text here is harmless.
    """
    if query is None:
        query = (os.environ if environ is None else environ).get("QUERY_STRING", "")
    values = parse_qs(query.lstrip("?")).get("case", [])
    return values[0].strip()[:100] if values else ""
