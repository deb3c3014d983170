"""A facilitator compares a workshop's plans in a real browser and takes the pack away."""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path

from playwright.sync_api import expect

from firstpost.core.plan import Plan, plan_from_json
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.settings import DATABASE_FILE, Settings
from firstpost.core.store import open_store
from tests.support.pages import error_texts, serious_axe_violations, wait_for_app

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "lessons" / "examples" / "council-social-workers.json"
)


def seed_workshop(kit_server) -> str:
    """Two plans with a workshop code of their own, in the server's database."""
    data = Path(kit_server.data_dir)
    settings = Settings(data, f"sqlite:///{data / DATABASE_FILE}", database_from_env=False)
    repo = PlanRepository(open_store(settings))
    code = f"UI{uuid.uuid4().hex[:6].upper()}"
    plan, _ = plan_from_json(EXAMPLE.read_bytes())
    repo.create(plan.model_copy(update={"workshop_code": code}), "local:amara")
    repo.create(Plan(title="Porters pilot", workshop_code=code), "local:bo")
    return code


def test_facilitator_compares_plans_and_downloads_the_pack(page, kit_server, tmp_path):
    code = seed_workshop(kit_server)
    page.goto(kit_server.app_url("workshop.ipynb"), wait_until="commit")
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name="Workshop overview")).to_be_visible()
    page.get_by_label("Or type its code").fill(code)
    page.get_by_role("button", name="Show the plans").click()
    expect(page.get_by_role("heading", name=f"Workshop {code}: 2 plans")).to_be_visible()
    table = page.get_by_role("region", name=f"Plans in workshop {code}")
    expect(table.get_by_role("columnheader", name="Porters pilot")).to_be_visible()
    expect(table.get_by_role("rowheader", name="Filled in: Risk register")).to_be_visible()
    assert serious_axe_violations(page) == []

    # the side-scrolling comparison can be reached and scrolled with the keyboard
    table.focus()
    assert page.evaluate("document.activeElement.getAttribute('role')") == "region"

    page.get_by_role("button", name="Prepare the workshop pack (Word)").click()
    with page.expect_download() as download:
        page.get_by_role("link", name=f"Save workshop-{code}-pack.docx").click()
    path = tmp_path / "pack.docx"
    download.value.save_as(path)
    with zipfile.ZipFile(path) as docx:
        body = docx.read("word/document.xml").decode()
    assert "Porters pilot" in body and "Children" in body
    assert error_texts(page) == []
