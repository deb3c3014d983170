"""The workshop overview driven without a browser."""

from __future__ import annotations

import base64
import io
import re
import zipfile
from pathlib import Path

import ipywidgets as widgets
import pytest

from firstpost.core.identity import Identity
from firstpost.core.plan import Plan, plan_from_json
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.store import open_store
from firstpost.ui.workshop import WorkshopApp
from tests.support.widgets import find, walk

FACILITATOR = Identity("hub:fran", "fran", "hub", ("firstpost-facilitators",))
EXAMPLE = (
    Path(__file__).resolve().parents[2] / "lessons" / "examples" / "council-social-workers.json"
)


def page_text(app) -> str:
    return " ".join(w.value for w in walk(app) if isinstance(w, widgets.HTML))


def payload(html: str) -> bytes:
    return base64.b64decode(re.search(r"base64,([^\"]+)", html).group(1))


@pytest.fixture
def repo():
    repo = PlanRepository(open_store())
    plan, _ = plan_from_json(EXAMPLE.read_bytes())
    repo.create(
        plan.model_copy(update={"title": "Social <workers>", "workshop_code": "NOV26"}), "hub:a"
    )
    repo.create(Plan(title="Porters", workshop_code="NOV26"), "hub:b")
    repo.create(Plan(title="Elsewhere", workshop_code="DEC26"), "hub:c")
    return repo


def test_plans_of_the_chosen_workshop_side_by_side(repo):
    app = WorkshopApp(repository=repo, identity=FACILITATOR, query_string="")
    assert find(app, widgets.Dropdown, "Workshop").value == "NOV26"
    find(app, widgets.Button, "Show the plans").click()
    text = page_text(app)
    assert "Workshop NOV26: 2 plans" in text
    assert "<th scope='col'>Social &lt;workers&gt;</th>" in text
    assert "Filled in: Governance" in text and "Elsewhere" not in text
    assert 'role="region" tabindex="0"' in text


def test_a_typed_code_or_the_page_address_chooses_the_workshop(repo):
    app = WorkshopApp(repository=repo, identity=FACILITATOR, query_string="")
    find(app, widgets.Text, "Or type its code").value = "DEC26"
    find(app, widgets.Button, "Show the plans").click()
    assert "Workshop DEC26: 1 plan" in page_text(app)
    linked = WorkshopApp(repository=repo, identity=FACILITATOR, query_string="code=NOV26")
    assert "Workshop NOV26: 2 plans" in page_text(linked)


def test_an_unknown_code_says_what_to_check(repo):
    app = WorkshopApp(repository=repo, identity=FACILITATOR, query_string="code=jan99")
    assert "No plans have the workshop code “jan99”" in page_text(app)
    # capitals do not split a workshop: "nov26" finds the NOV26 plans
    typed = WorkshopApp(repository=repo, identity=FACILITATOR, query_string="code=nov26")
    assert "2 plans" in page_text(typed)


def test_pack_downloads(repo):
    app = WorkshopApp(repository=repo, identity=FACILITATOR, query_string="code=NOV26")
    find(app, widgets.Button, "Prepare the workshop pack (Word)").click()
    assert 'download="workshop-NOV26-pack.docx"' in app.downloads.value
    assert payload(app.downloads.value).startswith(b"PK")
    find(app, widgets.Button, "Prepare every plan's files (zip)").click()
    with zipfile.ZipFile(io.BytesIO(payload(app.downloads.value))) as archive:
        assert any(name.endswith("Porters.ics") for name in archive.namelist())


def test_staff_who_are_not_facilitators_are_told_how_to_get_access(repo):
    staff = Identity("hub:bo", "bo", "hub", ("staff",))
    app = WorkshopApp(repository=repo, identity=staff, query_string="code=NOV26")
    text = page_text(app)
    assert "<h1>Workshop overview</h1>" in text and "firstpost-facilitators" in text
    assert "Porters" not in text


def test_with_no_workshop_codes_yet_the_page_explains_how_plans_join():
    app = WorkshopApp(
        repository=PlanRepository(open_store()), identity=FACILITATOR, query_string=""
    )
    assert "code in the first step of the planner" in page_text(app)


def test_the_word_pack_carries_a_plans_saved_pilot_review(repo):
    from firstpost.core.review.model import PilotReview
    from firstpost.core.review.store import ReviewStore
    from firstpost.core.workshop.documents import document_text

    porters = next(s.plan_id for s in repo.list_plans() if s.title == "Porters")
    review = PilotReview(recommendation="stop", lessons="Nobody saw the Facebook posts")
    ReviewStore(open_store()).save_with_plan(repo, porters, review, "hub:fran")
    app = WorkshopApp(repository=repo, identity=FACILITATOR, query_string="code=NOV26")
    find(app, widgets.Button, "Prepare the workshop pack (Word)").click()
    text = document_text(payload(app.downloads.value))
    assert "Pilot review" in text and "Nobody saw the Facebook posts" in text
