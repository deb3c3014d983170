"""A pilot review in a real browser: figures checked as typed, results, saved with the plan."""

from __future__ import annotations

import zipfile
from pathlib import Path

from playwright.sync_api import expect

from firstpost.core.plan import plan_from_json
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.settings import DATABASE_FILE, Settings
from firstpost.core.store import open_store
from tests.support.pages import serious_axe_violations, wait_for_app

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "lessons" / "examples" / "council-social-workers.json"
)
ROW = "1. Children's social worker, Family Support team on LinkedIn"


def seed_plan(kit_server) -> tuple[PlanRepository, str]:
    data = Path(kit_server.data_dir)
    settings = Settings(data, f"sqlite:///{data / DATABASE_FILE}", database_from_env=False)
    repo = PlanRepository(open_store(settings))
    plan, _ = plan_from_json(EXAMPLE.read_bytes())
    return repo, repo.create(
        plan.model_copy(update={"title": "Review journey pilot"}), "local:amara"
    ).plan_id


def test_review_figures_results_and_saving_with_the_plan(page, kit_server, tmp_path):
    repo, plan_id = seed_plan(kit_server)
    page.goto(kit_server.app_url("review.ipynb", f"plan={plan_id}"), wait_until="commit")
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name="Review a pilot")).to_be_visible()
    expect(page.get_by_role("heading", name=ROW)).to_be_visible()
    assert serious_axe_violations(page) == []

    # every box is named with its post and channel for screen readers
    page.get_by_label(f"Applications ({ROW})", exact=True).fill("3")
    page.get_by_label(f"Hires ({ROW})", exact=True).fill("5")
    page.get_by_label(f"Hires ({ROW})", exact=True).press("Tab")
    expect(page.get_by_text("Hires cannot be more than applications.")).to_be_visible()
    expect(page.get_by_label(f"Hires ({ROW})", exact=True)).to_have_value("5")
    page.get_by_label(f"Hires ({ROW})", exact=True).fill("1")
    page.get_by_label(f"Impressions ({ROW})", exact=True).fill("9,000")
    page.get_by_label(f"Clicks ({ROW})", exact=True).fill("270")
    page.get_by_label(f"Clicks ({ROW})", exact=True).press("Tab")
    expect(page.get_by_text("Hires cannot be more than applications.")).to_be_hidden()

    page.get_by_role("button", name="Work out the results").click()
    chart = page.locator("img.fp-chart").first
    expect(chart).to_be_visible(timeout=60_000)  # the first chart imports matplotlib
    expect(chart).to_have_attribute(
        "alt",
        "Bar chart along the GCS chain: impressions 9,000, clicks 270, applications 3, hires 1. "
        "The table gives the same figures.",
    )
    expect(page.get_by_role("cell", name="3.0%")).to_be_visible()

    page.get_by_label("Recommendation").select_option(label="Adjust: run it again with changes")
    page.get_by_label("Lessons learned").fill("LinkedIn brought qualified applicants")
    page.get_by_role("button", name="Save with the plan as a new version").click()
    expect(page.get_by_text("Saved with the plan as version 1 (Adjust)")).to_be_visible()
    assert [v.note for v in repo.list_versions(plan_id)] == ["Pilot review: Adjust"]
    assert serious_axe_violations(page) == []

    page.get_by_role("button", name="Prepare download").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Save Review-journey-pilot-review.docx").click()
    path = tmp_path / "review.docx"
    download.value.save_as(path)
    with zipfile.ZipFile(path) as docx:
        body = docx.read("word/document.xml").decode()
    assert "Pilot review" in body and "LinkedIn brought qualified applicants" in body
