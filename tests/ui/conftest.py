"""One kit server and one Chromium for the whole browser session (CI has 2 cores)."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from tests.support.browser import launched_chromium
from tests.support.server import start_server

LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


@pytest.fixture(scope="session")
def kit_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("server")
    # As `firstpost serve` runs by default: a warm page ready for every app.
    server = start_server(
        folder / "data", folder / "server.log", {"FIRSTPOST_PREHEAT": "all"}, timeout=120
    )
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    with launched_chromium() as chromium:
        yield chromium


class PageWatch:
    """What a page did that a user would notice or a locked-down network would block."""

    def __init__(self) -> None:
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.foreign_requests: list[str] = []

    def on_console(self, message) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)

    def on_request(self, request) -> None:
        host = urlparse(request.url).hostname or ""
        if request.url.startswith(("data:", "blob:", "about:")):
            return
        if host not in LOCAL_HOSTS:
            self.foreign_requests.append(request.url)


@pytest.fixture
def page(browser, kit_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(60_000)
    page = context.new_page()
    watch = PageWatch()
    page.on("console", watch.on_console)
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    page.on("request", watch.on_request)
    page.watch = watch
    yield page
    # Leaving the page fires Voilà's kernel shutdown, so tests do not pile up kernels.
    page.goto("about:blank")
    context.close()
    assert watch.foreign_requests == [], f"requests left this machine: {watch.foreign_requests}"
    assert watch.page_errors == [], f"JavaScript errors: {watch.page_errors}"
    assert watch.console_errors == [], f"console errors: {watch.console_errors}"
