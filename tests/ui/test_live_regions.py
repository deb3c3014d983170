"""Status lines are live regions, so screen readers announce what changed."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.support.pages import wait_for_app


def test_the_post_checker_verdict_is_announced(page, kit_server):
    page.goto(kit_server.app_url("post_checker.ipynb"), wait_until="commit")
    wait_for_app(page)
    verdict = page.locator(".fp-live").first
    expect(verdict).to_have_attribute("aria-live", "polite")
    page.get_by_label("Draft post or advert").fill("Join our friendly team. Apply by Friday.")
    expect(verdict).to_contain_text("Green")
