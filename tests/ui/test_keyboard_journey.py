"""Keyboard only, from choosing channels to a saved plan and its download (issue #11).

No mouse, no `.click()`, no `.fill()`: only Tab, Shift+Tab, Enter, Space, the arrow
keys and typing, as someone who cannot use a mouse works. At every stop the focused
control must show a focus ring a sighted keyboard user can see.
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import expect

from tests.support.pages import error_texts, wait_for_app

WAIT = 30_000
MOST_TABS = 80  # a control further than this from where you are is a finding in itself
FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const s = getComputedStyle(e);
  const labels = e.labels && e.labels.length ? e.labels[0].innerText : '';
  const name = (e.getAttribute('aria-label') || labels || e.innerText || e.title || '').trim();
  const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
    || (s.boxShadow !== 'none' && !/^rgba\\(0, 0, 0, 0\\)/.test(s.boxShadow));
  const box = e.getBoundingClientRect();
  return {tag: e.tagName.toLowerCase(), id: e.id, name: name.replace(/\\s+/g, ' '), ring,
          shown: box.width > 0 && box.height > 0, value: e.value === undefined ? null : e.value};
}"""


def focused(page, wrapping: bool = False) -> dict | None:
    """The focused control, after checking a keyboard user can see where they are.

    None only when `wrapping`: Tab past the last control leaves the page for the
    browser's own toolbar, which a headless browser reports as the page body.
    """
    info = page.evaluate(FOCUSED)
    if info is None and wrapping:
        return None
    assert info is not None, "focus was lost to the page itself"
    assert info["shown"], f"focus is on something not on screen: {info}"
    assert info["ring"], f"no visible focus indicator on {info}"
    return info


def tab_to(page, name: str | re.Pattern, back: bool = False) -> dict:
    """Press Tab (Shift+Tab if `back`) until the control called `name` has focus."""
    seen = []
    for _ in range(MOST_TABS):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        info = focused(page, wrapping=True)
        if info is None:
            seen.append("(out of the page)")
            continue
        seen.append(info["name"][:40])
        found = name.search(info["name"]) if isinstance(name, re.Pattern) else info["name"] == name
        if found:
            return info
    raise AssertionError(f"{name!r} not reached in {MOST_TABS} presses; passed {seen}")


def open_app(page, kit_server, notebook: str, heading: str) -> None:
    page.goto(kit_server.app_url(notebook), wait_until="commit")
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name=heading)).to_be_visible(timeout=WAIT)


def test_skip_link_then_channels_case_study_and_planner_to_a_download(page, kit_server):
    open_app(page, kit_server, "channels.ipynb", "Choose channels")

    # the first Tab shows the skip link; Enter takes focus to the main content
    page.keyboard.press("Tab")
    skip = focused(page)
    assert re.fullmatch(r"Skip to (main content|the app)", skip["name"]), skip
    expect(page.locator(".fp-skip-link")).to_be_in_viewport()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.tagName") == "MAIN"

    # channels: purpose with the arrow keys, an audience with the space bar
    tab_to(page, "Purpose")
    page.keyboard.press("ArrowDown")
    assert focused(page)["value"] == "Onboarding new starters"
    page.keyboard.press("ArrowUp")
    assert focused(page)["value"] == "Recruitment"
    tab_to(page, "Specialists")
    page.keyboard.press("Space")
    expect(page.get_by_role("checkbox", name="Specialists")).to_be_checked()
    expect(page.locator(".fp-channel h3").first).to_contain_text("1. LinkedIn", timeout=WAIT)
    tab_to(page, "Purpose", back=True)  # and back up the form with Shift+Tab

    # a case study: open one and answer its question
    open_app(page, kit_server, "case_studies.ipynb", "Learn from case studies")
    tab_to(page, "Open #McDStories")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="What would you do?")).to_be_visible(timeout=WAIT)
    tab_to(page, re.compile(r"^B\. No\. Ask a few people"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("You chose B:", exact=False)).to_be_visible(timeout=WAIT)

    # the planner: a blank plan, a title typed, saved, then a download
    open_app(page, kit_server, "planner.ipynb", "Plan a pilot")
    tab_to(page, "Start a blank plan")
    page.keyboard.press("Enter")
    tab_to(page, "Plan title")
    page.keyboard.type("Keyboard only pilot")
    tab_to(page, "Save plan")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Saved “Keyboard only pilot”")).to_be_visible(timeout=WAIT)
    tab_to(page, re.compile(r"Check, save and download"), back=True)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="What is left to do")).to_be_visible(timeout=WAIT)
    tab_to(page, "Download as")
    page.keyboard.press("ArrowDown")  # the one-page summary
    assert focused(page)["value"] == "One-page summary to print (.html)"
    tab_to(page, "Prepare download")
    page.keyboard.press("Enter")
    link = page.get_by_role("link", name=re.compile(r"^Save Keyboard-only-pilot\.html"))
    expect(link).to_be_visible(timeout=WAIT)
    tab_to(page, re.compile(r"^Save Keyboard-only-pilot\.html"), back=True)
    with page.expect_download() as arrived:
        page.keyboard.press("Enter")
    download = arrived.value
    assert download.suggested_filename == "Keyboard-only-pilot.html"
    assert "Keyboard only pilot" in Path(download.path()).read_text(encoding="utf-8")
    assert error_texts(page) == []
