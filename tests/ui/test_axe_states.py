"""The accessibility audit on the states a page reaches, not only on first load (issue #11).

axe (serious and critical) runs here on: the planner's list of what is left to fix,
its restore, delete and discard-changes confirmations, a lesson quiz answered wrongly, and a
facilitator tool refusing someone who is not a facilitator (under a stand-in hub).

The other states are audited where their journeys already reach them, so each is
driven once: every app's first page (test_home_journey), the 404 page
(test_home_journey), the friendly error page (test_error_pages), planner validation
errors and the save conflict (test_planner_journey), the surgery board with questions
(test_surgery_journey), post checker findings (test_check_post_journey), a quiz
answered rightly (test_lessons_journey), a case study answered and revealed
(test_case_studies_journey).
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from tests.support.pages import error_texts, serious_axe_violations, wait_for_app
from tests.support.server import start_server

WAIT = 30_000


def open_app(page, url: str, heading: str) -> None:
    page.goto(url, wait_until="commit")
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name=heading)).to_be_visible(timeout=WAIT)


def test_planner_problems_and_its_confirmations(page, kit_server):
    planner = kit_server.app_url("planner.ipynb")
    open_app(page, planner, "Plan a pilot")
    page.get_by_role("button", name="Start a blank plan").click()
    page.get_by_label("Plan title").fill("Axe states pilot")
    page.get_by_role("button", name="Save plan").click()
    expect(page.get_by_text("Saved “Axe states pilot”")).to_be_visible(timeout=WAIT)

    page.get_by_role("button", name="Check, save and download", exact=False).click()
    expect(page.get_by_role("heading", name="What is left to do")).to_be_visible(timeout=WAIT)
    page.get_by_role("button", name="Save a version").click()
    expect(page.get_by_text("Saved version 1", exact=False).first).to_be_visible(timeout=WAIT)
    page.get_by_role("button", name="Restore this version").click()
    expect(page.get_by_role("button", name="Yes, restore version 1")).to_be_visible(timeout=WAIT)
    assert serious_axe_violations(page) == [], "restore confirmation"

    open_app(page, planner, "Plan a pilot")
    # The plan just saved is the newest, so it is listed first: no search, whose
    # redraw could replace the row between finding the button and clicking it.
    page.get_by_role("button", name="Delete Axe states pilot").first.click()
    expect(page.get_by_role("button", name="Yes, delete Axe states pilot")).to_be_visible(
        timeout=WAIT
    )
    assert serious_axe_violations(page) == [], "delete confirmation"
    assert error_texts(page) == []


def test_discarding_unsaved_changes_asks_first(page, kit_server):
    planner = kit_server.app_url("planner.ipynb")
    open_app(page, planner, "Plan a pilot")
    page.get_by_role("button", name="Start a blank plan").click()
    page.get_by_label("Plan title").fill("Axe draft pilot")
    expect(page.get_by_text("Plan: Axe draft pilot", exact=False)).to_be_visible(timeout=WAIT)

    open_app(page, planner, "Plan a pilot")
    page.get_by_role("button", name="Discard unsaved changes to Axe draft pilot").click()
    expect(page.get_by_role("button", name="Yes, discard them")).to_be_visible(timeout=WAIT)
    assert serious_axe_violations(page) == [], "discard confirmation"
    page.get_by_role("button", name="Yes, discard them").click()
    expect(page.get_by_text("You have unsaved changes to Axe draft pilot")).to_have_count(0)
    assert error_texts(page) == []


def test_a_quiz_answered_wrongly(page, kit_server):
    open_app(page, kit_server.app_url("lessons.ipynb"), "Self-paced course")
    page.get_by_role("button", name="Start episode 1").click()
    page.get_by_role("radio", name="Verified").check()
    page.get_by_role("button", name="Check answer 1").click()
    expect(page.get_by_text("Not quite. Read why below, then try again.")).to_be_visible(
        timeout=WAIT
    )
    assert serious_axe_violations(page) == []


class _StandInHub(BaseHTTPRequestHandler):
    """Answers the hub's "who is this token" call: a member of no group."""

    def do_GET(self) -> None:
        body = json.dumps({"name": "staffer", "groups": [], "kind": "user"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args) -> None:
        return


@pytest.fixture
def staff_server(tmp_path):
    hub = ThreadingHTTPServer(("127.0.0.1", 0), _StandInHub)
    threading.Thread(target=hub.serve_forever, daemon=True).start()
    env = {
        "JUPYTERHUB_USER": "staffer",
        "JUPYTERHUB_API_TOKEN": "stand-in",
        "JUPYTERHUB_API_URL": f"http://127.0.0.1:{hub.server_address[1]}/hub/api",
    }
    server = start_server(tmp_path / "data", tmp_path / "server.log", extra_env=env)
    yield server
    server.stop()
    hub.shutdown()


def test_a_facilitator_tool_refuses_staff_in_plain_words(browser, staff_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(60_000)
    page = context.new_page()
    try:
        open_app(page, staff_server.app_url("surgery.ipynb"), "Social media surgery")
        expect(page.get_by_text("add your account (staffer)", exact=False)).to_be_visible()
        assert serious_axe_violations(page) == []
    finally:
        page.goto("about:blank")
        context.close()
