"""A participant opens the kit, reads Home and opens every app it links to."""

from __future__ import annotations

from playwright.sync_api import expect

from firstpost.core.apps import built_apps
from tests.support.pages import error_texts, serious_axe_violations, wait_for_app
from tests.support.processes import kernel_process_alive


def test_root_opens_home_and_every_link_works(page, kit_server):
    page.goto(kit_server.url, wait_until="commit")
    page.wait_for_url("**/voila/render/index.ipynb", timeout=30_000)
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name="First Post")).to_be_visible()
    assert page.title() == "First Post - Home"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("main").count() == 1

    links = page.locator(".fp-setting a")
    hrefs = sorted({links.nth(i).get_attribute("href") for i in range(links.count())})
    assert hrefs == sorted(app.notebook for app in built_apps())
    assert serious_axe_violations(page) == []

    for href in hrefs:
        page.goto(kit_server.app_url(href), wait_until="commit")
        wait_for_app(page)
        assert error_texts(page) == [], f"{href} shows an error"
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert serious_axe_violations(page) == [], f"{href} fails the accessibility audit"


def test_unknown_page_is_friendly(page, kit_server):
    response = page.goto(kit_server.app_url("no-such-app.ipynb"))
    assert response.status == 404
    expect(page.get_by_role("heading", level=1, name="Page not found")).to_be_visible()
    expect(page.get_by_role("link", name="Go to First Post's Home page")).to_be_visible()
    assert "Traceback" not in page.content()
    assert serious_axe_violations(page) == []
    # The browser logs the 404 it was just shown; that one is expected here.
    page.watch.console_errors[:] = [e for e in page.watch.console_errors if "404" not in e]


def test_closing_the_tab_frees_its_kernel(browser, kit_server):
    """Voilà issue #1458: without the kit's template, closed tabs leak kernels until culled."""
    import json
    import time

    context = browser.new_context()
    page = context.new_page()
    page.goto(kit_server.app_url("index.ipynb"), wait_until="commit")
    wait_for_app(page)
    config = json.loads(page.locator("#jupyter-config-data").text_content())
    kernel_id = config["kernelId"]

    assert kernel_process_alive(kernel_id)
    page.goto("about:blank")
    context.close()
    deadline = time.monotonic() + 20
    while kernel_process_alive(kernel_id) and time.monotonic() < deadline:
        time.sleep(0.25)
    assert not kernel_process_alive(kernel_id)


def test_home_is_usable_by_keyboard(page, kit_server):
    page.goto(kit_server.app_url("index.ipynb"), wait_until="commit")
    wait_for_app(page)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Skip to the app"
    assert page.locator(".fp-skip-link").is_visible()
