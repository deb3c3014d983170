"""A workshop participant plans a pilot in a real browser and leaves with documents."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import expect

from firstpost.core.plan.repository import PlanRepository
from firstpost.core.settings import DATABASE_FILE, Settings
from firstpost.core.store import open_store
from tests.support.pages import error_texts, serious_axe_violations, wait_for_app


def open_planner(page, kit_server) -> None:
    page.goto(kit_server.app_url("planner.ipynb"), wait_until="commit")
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name="Plan a pilot")).to_be_visible()


def server_repo(kit_server) -> PlanRepository:
    """The plans the server sees, to play the other person in a conflict."""
    data = Path(kit_server.data_dir)
    settings = Settings(data, f"sqlite:///{data / DATABASE_FILE}", database_from_env=False)
    return PlanRepository(open_store(settings))


def download(page, link_name: str, path: Path) -> Path:
    with page.expect_download() as download_info:
        page.get_by_role("link", name=link_name).click()
    download_info.value.save_as(path)
    return path


def test_build_from_example_save_reload_version_compare_and_download(page, kit_server, tmp_path):
    open_planner(page, kit_server)
    assert serious_axe_violations(page) == []

    # keyboard only: Tab to the button and press Enter
    page.get_by_role("button", name="Start from the worked example").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Started from the worked example")).to_be_visible()
    expect(
        page.get_by_role("button", name="1. About the plan (complete), you are here")
    ).to_be_visible()
    expect(page.get_by_text("Progress: 8 of 8 steps complete")).to_be_visible()
    title = page.get_by_label("Plan title")
    expect(title).not_to_have_value("")
    title.fill("Browser journey pilot")
    page.get_by_role("button", name="Save plan").click()
    expect(page.get_by_text("Saved “Browser journey pilot”")).to_be_visible()
    page.get_by_role("button", name="5. Implementation", exact=False).click()
    expect(page.get_by_role("heading", name="Vacancy 2")).to_be_visible()
    assert serious_axe_violations(page) == []

    # a new page load is a new kernel: the saved plan is found under My plans
    open_planner(page, kit_server)
    page.get_by_label("Search my plans").fill("browser journey")
    # Other tests' plans share this server: click once the list shows only the match
    # (a button in the list being redrawn can vanish under the pointer).
    expect(page.get_by_role("button", name=re.compile(r"^Open "))).to_have_count(1)
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
    page.get_by_role("button", name="Check, save and download", exact=False).click()
    page.get_by_role("button", name="Show what changed").click()
    expect(page.get_by_role("cell", name="Recruitment team B")).to_be_visible()

    page.get_by_label("Download as").select_option(label="Word document for sign-off (.docx)")
    page.get_by_role("button", name="Prepare download").click()
    docx_path = download(page, "Save Browser-journey-pilot.docx", tmp_path / "plan.docx")
    import docx

    document = docx.Document(str(docx_path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Browser journey pilot" in text and "Recruitment team B" in (
        text + "".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    )

    page.get_by_label("Download as").select_option(
        label="Calendar of publish slots and dates (.ics)"
    )
    page.get_by_role("button", name="Prepare download").click()
    ics_path = download(page, "Save Browser-journey-pilot.ics", tmp_path / "plan.ics")
    import icalendar

    calendar = icalendar.Calendar.from_ical(ics_path.read_bytes())
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert any(s.startswith("Publish:") for s in summaries) and "Pilot review" in summaries
    assert error_texts(page) == []


def test_bad_input_is_named_at_the_field_kept_and_offered_back_after_reload(page, kit_server):
    open_planner(page, kit_server)
    page.get_by_role("button", name="Start a blank plan").click()
    huge = "Megabyte pilot " + "x" * 1_000_000
    page.get_by_label("Plan title").fill(huge)
    expect(page.get_by_text("Title is 1,000,015 characters long", exact=False)).to_be_visible()
    expect(page.get_by_text("Plan: Megabyte pilot xxx", exact=False)).to_be_visible()

    page.get_by_role("button", name="2. Objectives", exact=False).click()
    page.get_by_role("button", name="Add an objective").click()
    page.get_by_label("Baseline (today)").fill("about ten")
    expect(page.get_by_text("“about ten” is not a number.", exact=False)).to_be_visible()

    page.get_by_role("button", name="5. Implementation", exact=False).click()
    page.get_by_role("button", name="Add a vacancy").click()
    page.get_by_label("Closing date").fill("2030-03-01")
    page.get_by_role("button", name="Add a channel post").click()
    page.get_by_label("Publish date").fill("2030-03-10")
    expect(
        page.get_by_text("closing date is before the first publish date", exact=False)
    ).to_be_visible()
    page.get_by_label("Publish date").fill("2020-01-06")
    expect(page.get_by_text("(6 January 2020) is in the past", exact=False)).to_be_visible()
    expect(page.get_by_label("Publish date")).to_have_value("2020-01-06")
    assert serious_axe_violations(page) == []

    # the tab closes (the kernel goes with it); reopening offers the work back
    open_planner(page, kit_server)
    expect(
        page.get_by_text("You have unsaved changes to Megabyte pilot", exact=False)
    ).to_be_visible()
    page.get_by_role("button", name="Bring back Megabyte pilot", exact=False).click()
    title = page.get_by_label("Plan title")
    expect(title).to_have_value(huge)
    page.get_by_role("button", name="2. Objectives", exact=False).click()
    expect(page.get_by_label("Baseline (today)")).to_have_value("about ten")
    assert error_texts(page) == []


def test_a_conflicting_save_offers_a_copy_or_reload(page, kit_server):
    open_planner(page, kit_server)
    page.get_by_role("button", name="Start a blank plan").click()
    page.get_by_label("Plan title").fill("Conflict journey pilot")
    page.get_by_role("button", name="Save plan").click()
    expect(page.get_by_text("Saved “Conflict journey pilot”")).to_be_visible()

    repo = server_repo(kit_server)
    [summary] = repo.list_plans(search="Conflict journey pilot")
    record = repo.get(summary.plan_id)
    other = record.plan.model_copy(update={"team": "Their team"})
    repo.save(record.plan_id, other, record.revision, by="local:colleague")

    page.get_by_label("Team").fill("My team")
    page.get_by_role("button", name="Save plan").click()
    alert = page.get_by_role("alert").filter(has_text="local:colleague saved this plan")
    expect(alert).to_be_visible()
    expect(page.get_by_role("button", name="Reload their version")).to_be_visible()
    assert serious_axe_violations(page) == []
    page.get_by_role("button", name="Save my changes as a copy").click()
    expect(page.get_by_text("Saved your changes as a new plan", exact=False)).to_be_visible()
    expect(page.get_by_label("Team")).to_have_value("My team")
    assert repo.get(record.plan_id).plan.team == "Their team"
    mine = repo.list_plans(search="Conflict journey pilot (my copy)")
    assert len(mine) == 1 and repo.get(mine[0].plan_id).plan.team == "My team"
