"""An organisation's hub, for real: JupyterHub, PostgreSQL and two people in Chromium.

Proves issue #10 end to end with the deployer's own config file: each person lands on
Home, saves a plan and a lesson's progress to the one shared database, and sees only
their own records (plus the plans of a workshop they joined); one person's server is
refused to another; a member of the facilitators' hub group (read by each kernel from
the hub's API) sees both plans on the workshop overview. That others are turned away
from facilitator pages is the role policy's job, tested without a hub in tests/widgets.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.hub.conftest import FACILITATOR
from tests.support.hub import PASSWORD
from tests.support.pages import error_texts, wait_for_app

pytestmark = pytest.mark.browser

CODE = "HUBROOM"
HOME = "voila/render/index.ipynb"


def begin_sign_in(hub_browser, hub, name: str):
    """Sign in from a new browser context (one context is one person: the hub's cookies
    are per path on one host). The hub then starts their server; `arrive` waits for it,
    so one person's server starts while the test works with another's pages."""
    context = hub_browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(90_000)
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.on(
        "request",
        lambda r: (
            r.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:"))
            or page.problems.append(f"foreign request {r.url}")
        ),
    )
    page.goto(f"{hub.url}/hub/login", wait_until="commit")
    page.locator("#username_input").fill(name)
    page.locator("#password_input").fill(PASSWORD)
    page.locator("#login_submit").click()
    return page


def arrive(page, hub, name: str):
    """Signed in, the person lands on the kit's Home page in their own server."""
    page.wait_for_url(f"{hub.url}/user/{name}/{HOME}", wait_until="commit", timeout=90_000)
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name="First Post")).to_be_visible()
    return page


def open_app(page, hub, name: str, notebook: str):
    response = page.goto(f"{hub.url}/user/{name}/voila/render/{notebook}", wait_until="commit")
    wait_for_app(page)
    return response


def save_plan(page, title: str) -> None:
    page.get_by_role("button", name="Start a blank plan").click()
    page.get_by_label("Plan title").fill(title)
    page.get_by_label("Workshop code").fill(CODE)
    page.get_by_role("button", name="Save plan").click()
    expect(page.get_by_text(f"Saved “{title}”")).to_be_visible()
    page.get_by_role("button", name="My plans").click()


def finish_episode(page, number: int) -> None:
    expect(page.get_by_text("Signed in as")).to_be_visible()
    page.get_by_role("button", name=f"Start episode {number}").click()
    page.get_by_role("button", name="Mark this episode as done").click()
    expect(page.get_by_text("You marked this episode as done on")).to_be_visible()
    page.get_by_role("button", name="Course overview", exact=True).click()


def close(page) -> None:
    page.goto("about:blank")
    page.context.close()
    assert page.problems == []


# Measured on 2 shared cores: 98 s (+29 s starting the hub) at load average 11, 182 s
# (+68 s) at load average 50+, so allow more than the suite's 300 s default per test.
@pytest.mark.timeout(480)
def test_two_people_and_a_facilitator_share_one_hub_and_database(hub_browser, hub):
    ana = arrive(begin_sign_in(hub_browser, hub, "ana"), hub, "ana")
    ben = begin_sign_in(hub_browser, hub, "ben")  # his server starts meanwhile
    response = open_app(ana, hub, "ana", "planner.ipynb")
    # The kit's Voilà settings hold inside a hub user server: its template, no code, CSP.
    assert "default-src 'self'" in response.headers["content-security-policy"]
    expect(ana.locator("main#firstpost-main")).to_have_count(1)
    expect(ana.locator(".jp-InputArea-editor")).to_have_count(0)
    save_plan(ana, "Ana hub pilot")
    open_app(ana, hub, "ana", "lessons.ipynb")
    expect(ana.get_by_text("Signed in as ana")).to_be_visible()
    finish_episode(ana, 1)
    expect(ana.get_by_text("1 of 6 episodes done.")).to_be_visible()

    arrive(ben, hub, "ben")
    fay = begin_sign_in(hub_browser, hub, FACILITATOR)
    open_app(ben, hub, "ben", "lessons.ipynb")
    expect(ben.get_by_text("Signed in as ben")).to_be_visible()
    expect(ben.get_by_text("0 of 6 episodes done.")).to_be_visible()  # not Ana's progress
    finish_episode(ben, 2)
    expect(ben.get_by_text("1 of 6 episodes done.")).to_be_visible()  # his only
    open_app(ben, hub, "ben", "planner.ipynb")
    expect(ben.get_by_text("You have no saved plans yet.")).to_be_visible()
    expect(ben.get_by_text("Ana hub pilot")).to_have_count(0)  # private until he joins
    save_plan(ben, "Ben hub pilot")
    # Ben typed the workshop's code: now Ana's plan is shared with him, and his with her.
    expect(ben.get_by_role("heading", name="Shared in your workshops")).to_be_visible()
    expect(ben.get_by_role("button", name="Open Ana hub pilot")).to_be_visible()
    expect(ben.get_by_role("button", name="Delete Ana hub pilot")).to_have_count(0)

    # Ben's server is refused to Ana.
    refused = ana.goto(f"{hub.url}/user/ben/{HOME}", wait_until="commit")
    assert refused is not None and refused.status in (403, 404), refused and refused.status
    expect(ana.locator(".fp-app")).to_have_count(0)

    arrive(fay, hub, FACILITATOR)
    open_app(fay, hub, FACILITATOR, "workshop.ipynb")
    fay.get_by_label("Or type its code").fill(CODE)
    fay.get_by_role("button", name="Show the plans").click()
    expect(fay.get_by_role("heading", name=f"Workshop {CODE}: 2 plans")).to_be_visible()
    table = fay.get_by_role("region", name=f"Plans in workshop {CODE}")
    expect(table.get_by_role("columnheader", name="Ana hub pilot")).to_be_visible()
    expect(table.get_by_role("columnheader", name="Ben hub pilot")).to_be_visible()
    assert error_texts(fay) == []

    # Sizing for the README: one server per person, one kernel per open page.
    sizing = hub.measure_memory()
    print("hub sizing:", json.dumps(sizing))
    (hub.folder / "sizing.json").write_text(json.dumps(sizing, indent=2))
    assert sizing["user_servers"] == 3 and sizing["kernels"] >= 2
    for page in (ana, ben, fay):
        close(page)
