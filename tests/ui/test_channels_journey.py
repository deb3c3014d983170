"""A participant chooses channels in a real browser, by mouse and by keyboard."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.support.pages import error_texts, serious_axe_violations, wait_for_app

# Each change goes to the kernel and back, and the chart is drawn a moment after the
# last change: on a busy 2-core machine that can take longer than Playwright's 5 s.
UPDATE = 30_000
TABLE = "Scores out of 100, split by criterion, highest first"


def open_channels(page, kit_server) -> None:
    page.goto(kit_server.app_url("channels.ipynb"), wait_until="commit")
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name="Choose channels")).to_be_visible()


def first_card(page):
    return page.locator(".fp-channel h3").first


def test_purpose_and_audience_give_a_reasoned_shortlist_and_a_weight_reorders_it(page, kit_server):
    open_channels(page, kit_server)
    expect(page.get_by_text("Choose at least one audience.")).to_be_visible()
    assert serious_axe_violations(page) == []

    page.get_by_label("Purpose", exact=True).select_option(label="Recruitment")
    # keyboard only: focus the audience box and tick it with the space bar
    page.get_by_role("checkbox", name="Specialists").focus()
    page.keyboard.press("Space")
    expect(first_card(page)).to_contain_text("1. LinkedIn", timeout=UPDATE)
    expect(page.get_by_text("Reaches specialists: Jobvite", exact=False)).to_be_visible(
        timeout=UPDATE
    )
    expect(page.locator(".fp-whynot")).to_contain_text(
        "Workplace from Meta: Retired", timeout=UPDATE
    )

    chart = page.locator("img.fp-chart")
    expect(chart).to_have_attribute("alt", re.compile("Highest: LinkedIn 100"), timeout=UPDATE)
    assert chart.get_attribute("alt").startswith("Stacked bar chart of 19 channels")
    table = page.get_by_role("table", name=TABLE)
    expect(table).to_be_visible()
    expect(table.locator("tbody tr").first).to_contain_text("LinkedIn")
    expect(page.locator(".fp-chart-note")).to_have_count(0)
    assert serious_axe_violations(page) == []

    # a facilitator sets "Reaches your audiences" to 0 with the keyboard
    weight = page.get_by_label("Weight: Reaches your audiences")
    weight.focus()
    page.keyboard.press("Control+a")
    page.keyboard.type("0")
    page.keyboard.press("Tab")
    expect(first_card(page)).to_contain_text("1. Your organisation's jobs website", timeout=UPDATE)
    expect(table.locator("tbody tr").first).to_contain_text("Your organisation's jobs website")
    # the picture follows once the form is still, and its words say what it now shows
    expect(chart).to_have_attribute(
        "alt", re.compile("Highest: Your organisation's jobs website"), timeout=UPDATE
    )
    assert error_texts(page) == []


def test_shortlist_is_handed_to_the_planner(page, kit_server):
    open_channels(page, kit_server)
    page.get_by_role("checkbox", name="Graduates and interns").check()
    page.get_by_label("Staff hours a week").fill("6")
    page.get_by_label("Staff hours a week").press("Enter")
    expect(first_card(page)).to_contain_text("1. Careers fairs", timeout=UPDATE)
    page.get_by_role("button", name="Use in a pilot plan").click()
    expect(page.get_by_text("Saved your shortlist for the planner", exact=False)).to_be_visible(
        timeout=UPDATE
    )

    page.get_by_role("link", name="Open Plan a pilot").click()
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name="Plan a pilot")).to_be_visible()
    page.get_by_role("button", name="Start from my channel shortlist").click()
    expect(page.get_by_text("Started from what you chose in the channels app.")).to_be_visible()
    expect(page.get_by_label("Plan title")).to_have_value(
        "Recruitment pilot: Careers fairs, open days and campus visits, Facebook page, "
        "Your organisation's jobs website"
    )
    assert error_texts(page) == []
