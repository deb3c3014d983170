"""What a participant feels in a real browser: time to interactive, a small room, interactions.

Times are taken inside the page with performance.now(), whose zero is the navigation
start, so the driver's own overhead is not counted. Requests to other hosts fail at
once (as on a locked-down network) instead of waiting for a DNS answer: stock Voilà's
page asks a CDN for Font Awesome, and the number of such requests is recorded.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from urllib.parse import urlparse

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    # Only this machine answers: other hosts fail at once, as on a locked-down network.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]
LOCAL = {"localhost", "127.0.0.1", "::1", "[::1]"}
TIMEOUT_MS = 120_000

# Ready: Voilà's spinner gone, the cells shown, and the app's primary control enabled
# (a primary-styled button if the app has one, otherwise its first control).
READY_JS = """
() => {
  const loading = document.getElementById('loading');
  if (loading && loading.offsetParent !== null) return false;
  const cells = document.getElementById('rendered_cells');
  if (!cells || cells.offsetParent === null) return false;
  const root = document.querySelector('.fp-app') || cells;
  const selectors = ['button.mod-primary',
    'button, select, textarea, input:not([type=hidden]), a[href]'];
  for (const selector of selectors) {
    for (const el of root.querySelectorAll(selector)) {
      if (!el.disabled && el.offsetParent !== null) {
        const text = el.tagName === 'SELECT' ? '' : el.innerText;
        const name = (text || el.getAttribute('aria-label') || el.tagName.toLowerCase()).trim();
        return {ms: performance.now(), control: name.slice(0, 50)};
      }
    }
  }
  return false;
}
"""

# Interaction timing: the last click or key press, and the first DOM change after which
# the expected result is on screen.
WATCH_JS = """
(predicateSource) => {
  window.__fpSeen = null;
  window.__fpAct = null;
  if (!window.__fpListening) {
    window.__fpListening = true;
    for (const kind of ['click', 'keydown']) {
      document.addEventListener(kind, () => { window.__fpAct = performance.now(); }, true);
    }
  }
  const predicate = new Function('return (' + predicateSource + ')();');
  const observer = new MutationObserver(() => {
    if (window.__fpSeen === null && predicate()) {
      window.__fpSeen = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body,
    {subtree: true, childList: true, characterData: true, attributes: true});
}
"""


@dataclass
class Browser:
    """One Chromium for the whole run; a fresh context (no cache, no cookies) per page."""

    playwright: object
    chromium: object
    external_requests: list[str] = field(default_factory=list)

    def new_page(self):
        context = self.chromium.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        page.on("request", self._on_request)
        return page

    def _on_request(self, request) -> None:
        host = urlparse(request.url).hostname or ""
        if request.url.startswith("http") and host not in LOCAL:
            self.external_requests.append(request.url)

    def close_page(self, page) -> None:
        """Leave as a participant does, so Voilà's tab-close shutdown fires, then close."""
        with contextlib.suppress(Exception):
            page.goto("about:blank")
        with contextlib.suppress(Exception):
            page.context.close()


@contextlib.contextmanager
def open_browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield Browser(playwright, chromium)
        finally:
            chromium.close()


def wait_ready(page) -> dict:
    handle = page.wait_for_function(READY_JS, polling="raf", timeout=TIMEOUT_MS)
    return handle.json_value()


def time_to_interactive(browser: Browser, url: str) -> dict:
    """One fresh page: milliseconds from navigation start to ready, and the control found."""
    page = browser.new_page()
    try:
        page.goto(url, wait_until="commit")
        return wait_ready(page)
    finally:
        browser.close_page(page)


def browser_room(browser: Browser, url: str, pages: int) -> list[float | None]:
    """`pages` pages opened at once in one Chromium; each one's own time to interactive.

    A page not ready within the timeout is None (reported as such), not the end of the run.
    """
    opened = [browser.new_page() for _ in range(pages)]
    times: list[float | None] = []
    try:
        for page in opened:
            page.goto(url, wait_until="commit")
        for page in opened:
            try:
                times.append(wait_ready(page)["ms"])
            except Exception:
                times.append(None)
        return times
    finally:
        for page in opened:
            browser.close_page(page)


def _measure(page, predicate: str, action) -> float:
    page.evaluate(WATCH_JS, predicate)
    action()
    page.wait_for_function("() => window.__fpSeen !== null", timeout=TIMEOUT_MS)
    return page.evaluate("() => window.__fpSeen - window.__fpAct")


def _cards() -> str:
    return "Array.from(document.querySelectorAll('.fp-channel h3')).map(e => e.innerText).join('|')"


def channels_latency(browser: Browser, url: str, runs: int) -> list[float]:
    """Tick or untick an audience → the shortlist on screen has changed."""
    page = browser.new_page()
    try:
        page.goto(url, wait_until="commit")
        wait_ready(page)
        page.get_by_label("Purpose", exact=True).select_option(label="Recruitment")
        box = page.get_by_role("checkbox", name="Specialists")
        samples = []
        for _ in range(runs + 1):
            before = page.evaluate(f"() => {_cards()}")
            predicate = f"() => ({_cards()}) !== {before!r}"
            samples.append(_measure(page, predicate, box.click))
        return samples[1:]
    finally:
        browser.close_page(page)


DRAFTS = ["Tell us your story! #WestshireStories sh!t", "Join our friendly care team in Westshire."]


def check_post_latency(browser: Browser, url: str, runs: int) -> list[float]:
    """Type a draft key by key → the verdict changes (includes the app's pause for typing)."""
    page = browser.new_page()
    try:
        page.goto(url, wait_until="commit")
        wait_ready(page)
        draft = page.get_by_label("Draft post or advert")
        samples = []
        for n in range(runs + 1):
            draft.fill("")
            page.wait_for_timeout(0)
            verdict = "(document.querySelector('.fp-cp-verdict') || {}).innerText || ''"
            before = page.evaluate(f"() => {verdict}")
            predicate = f"() => ({verdict}) !== {before!r} && ({verdict}) !== ''"
            text = DRAFTS[n % 2]
            samples.append(
                _measure(page, predicate, lambda t=text: draft.press_sequentially(t, delay=5))
            )
        return samples[1:]
    finally:
        browser.close_page(page)


def planner_save_latency(browser: Browser, url: str, runs: int) -> list[float]:
    """Click "Save plan" → the "Saved …" confirmation is on screen."""
    page = browser.new_page()
    try:
        page.goto(url, wait_until="commit")
        wait_ready(page)
        page.get_by_role("button", name="Start from the worked example").click()
        page.get_by_text("Started from the worked example").wait_for()
        title = page.get_by_label("Plan title")
        save = page.get_by_role("button", name="Save plan")
        samples = []
        for n in range(runs + 1):
            name = f"Benchmark pilot {n}"
            title.fill(name)
            predicate = f"() => document.body.innerText.includes('Saved \u201c{name}\u201d')"
            samples.append(_measure(page, predicate, save.click))
        return samples[1:]
    finally:
        browser.close_page(page)
