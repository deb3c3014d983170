"""The page address as the kernel sees it.

Voilà hands the query string to the kernel as the QUERY_STRING environment variable,
set when the kernel starts. A preheated kernel starts before anyone asks for the page,
so there Voilà's `wait_for_request` must run first; the kit does not preheat the
lessons page, but this keeps the page correct if a facilitator turns preheating on.
"""

from __future__ import annotations

import os


def query_string() -> str:
    if os.environ.get("VOILA_PREHEAT", "False") == "True":
        from voila.utils import wait_for_request

        wait_for_request()
    return os.environ.get("QUERY_STRING", "")
