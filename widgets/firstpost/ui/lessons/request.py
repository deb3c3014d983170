"""The page address as the kernel sees it.

Voilà hands the query string to the kernel as the QUERY_STRING environment variable,
set when the kernel starts. A preheated kernel starts before anyone asks for the page:
there it is empty until the visitor's browser connects, when `firstpost.ui.arrival`
reads the request and the app is built again (never Voilà's `wait_for_request` while
the notebook runs: pages waiting in it for a few minutes never rendered).
"""

from __future__ import annotations

import os


def query_string() -> str:
    return os.environ.get("QUERY_STRING", "")
