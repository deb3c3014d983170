"""Launching Debian's Chromium the way every browser test here needs it.

Playwright's own browser download does not reach this network, and without the
background-networking flags Chromium keeps trying to call Google's hosts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@contextmanager
def launched_chromium() -> Iterator:
    """A Playwright Chromium browser, closed afterwards; fails the test in words if missing."""
    from playwright.sync_api import sync_playwright

    from firstpost.cli.doctor import find_chromium

    executable = find_chromium()
    if executable is None:
        pytest.fail("Chromium is not installed: run `make test` (it installs Debian's chromium).")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
