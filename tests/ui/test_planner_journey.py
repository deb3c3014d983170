"""A workshop participant plans a pilot in a real browser and leaves with documents."""

from __future__ import annotations

import zipfile

from playwright.sync_api import expect
from tests.support.pages import error_texts, serious_axe_violations, wait_for_app


def open_planner(page, kit_server) -> None:
    page.goto(kit_server.app_url("planner.ipynb"), wait_until="commit")
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name="Plan a pilot")).to_be_visible()


def test_build_from_example_save_reload_version_compare_and_download(page, kit_server, tmp_path):
    open_planner(page, kit_server)
    assert serious_axe_violations(page) == []

    page.get_by_role("button", name="Start from the worked example").click()
    expect(page.get_by_text("Started from the worked example")).to_be_visible()
    title = page.get_by_label("Plan title")
    expect(title).not_to_have_value("")
    title.fill("Browser journey pilot")
    page.get_by_role("button", name="Save plan").click()
    expect(page.get_by_text("Saved “Browser journey pilot”")).to_be_visible()
    assert serious_axe_violations(page) == []

    # a new page load is a new kernel: the saved plan is found under My plans
    open_planner(page, kit_server)
    page.get_by_role("button", name="Open Browser journey pilot").click()
    expect(page.get_by_label("Plan title")).to_have_value("Browser journey pilot")

    page.get_by_role("button", name="Check, save and download").click()
    expect(page.get_by_role("heading", name="What is left to do")).to_be_visible()
    page.get_by_label("Note for this version").fill("Before manager review")
    page.get_by_role("button", name="Save a version").click()
    expect(page.get_by_role("cell", name="Before manager review")).to_be_visible()
    assert serious_axe_violations(page) == []

    page.get_by_role("button", name="1. About the plan", exact=False).click()
    page.get_by_label("Team").fill("Recruitment team B")
    page.get_by_role("button", name="Check, save and download").click()
    page.get_by_role("button", name="Show what changed").click()
    expect(page.get_by_role("cell", name="Recruitment team B")).to_be_visible()

    page.get_by_label("Download as").select_option(label="Word document for sign-off (.docx)")
    page.get_by_role("button", name="Prepare download").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Save Browser-journey-pilot.docx").click()
    docx_path = tmp_path / "plan.docx"
    download_info.value.save_as(docx_path)
    with zipfile.ZipFile(docx_path) as docx:
        body = docx.read("word/document.xml").decode()
    assert "Browser journey pilot" in body

    page.get_by_label("Download as").select_option(
        label="Calendar of publish slots and dates (.ics)"
    )
    page.get_by_role("button", name="Prepare download").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Save Browser-journey-pilot.ics").click()
    ics = tmp_path / "plan.ics"
    download_info.value.save_as(ics)
    text = ics.read_text()
    assert text.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in text
    assert error_texts(page) == []


def test_closing_date_problem_is_shown_at_the_field(page, kit_server):
    open_planner(page, kit_server)
    page.get_by_role("button", name="Start a blank plan").click()
    page.get_by_role("button", name="5. Implementation", exact=False).click()
    page.get_by_role("button", name="Add a vacancy").click()
    page.get_by_label("Closing date").fill("2030-03-01")
    page.get_by_role("button", name="Add a channel post").click()
    page.get_by_label("Publish date").fill("2030-03-10")
    expect(
        page.get_by_text("closing date is before the first publish date", exact=False)
    ).to_be_visible()
    assert serious_axe_violations(page) == []
