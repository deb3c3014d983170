"""The pilot review driven without a browser: figures kept as typed, checks, saving."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import ipywidgets as widgets
import pytest

from firstpost.core.identity import Identity
from firstpost.core.plan import plan_from_json
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.review.store import ReviewStore
from firstpost.core.store import open_store
from firstpost.core.workshop.documents import document_text
from firstpost.ui.review import ReviewApp
from tests.support.widgets import find, walk

FACILITATOR = Identity("local:fran", "fran", "local")
EXAMPLE = (
    Path(__file__).resolve().parents[2] / "lessons" / "examples" / "council-social-workers.json"
)


def click(app, description: str) -> None:
    find(app, widgets.Button, description).click()


def page_text(app) -> str:
    return " ".join(w.value for w in walk(app) if isinstance(w, widgets.HTML))


@pytest.fixture
def stores():
    engine = open_store()
    return PlanRepository(engine), ReviewStore(engine)


@pytest.fixture
def plan_id(stores) -> str:
    plan, _ = plan_from_json(EXAMPLE.read_bytes())
    return stores[0].create(plan, "local:amara").plan_id


def review_app(stores, identity=FACILITATOR, query="") -> ReviewApp:
    plans, reviews = stores
    return ReviewApp(repository=plans, reviews=reviews, identity=identity, query_string=query)


def box(app, row: int, field: str) -> widgets.Text:
    return app.editor.figures.rows[row].boxes[field]


def test_a_plan_opens_with_a_block_per_post_and_channel(stores, plan_id):
    app = review_app(stores, query=f"plan={plan_id}")
    text = page_text(app)
    assert text.count("<h1>") == 1
    assert "<h3>1. Children&#x27;s social worker, Family Support team on LinkedIn</h3>" in text
    assert len(app.editor.figures.rows) == 6
    assert (
        'Hires<span class="fp-fac-sr-only"> (1. Children&#x27;s social worker'
        in box(app, 1, "hires").description
    )


def test_impossible_figures_are_flagged_at_once_and_kept_as_typed(stores, plan_id):
    app = review_app(stores, query=f"plan={plan_id}")
    box(app, 1, "applications").value = "3"
    box(app, 1, "hires").value = "5"
    box(app, 1, "cost").value = "$40"
    row_text = app.editor.figures.rows[1].problems.value
    assert "Hires cannot be more than applications." in row_text
    assert "Cost (£) should be in pounds (£)." in row_text
    click(app, "Save the review")
    assert "2 figures still need fixing" in page_text(app)
    again = review_app(stores, query=f"plan={plan_id}")
    assert (box(again, 1, "hires").value, box(again, 1, "cost").value) == ("5", "$40")


def test_results_and_suggested_actuals_come_from_the_figures(stores, plan_id):
    app = review_app(stores, query=f"plan={plan_id}")
    for field, value in (
        ("impressions", "9,000"),
        ("clicks", "270"),
        ("applications", "8"),
        ("hires", "2"),
        ("cost", "£500"),
    ):
        box(app, 1, field).value = value
    click(app, "Work out the results")
    results = app.editor.results.value
    assert 'alt="Bar chart along the GCS chain: impressions 9,000' in results
    assert "<td>Click-through rate (clicks ÷ impressions)</td><td>3.0%</td>" in results
    assert "<td>Cost per hire (total cost ÷ hires)</td><td>£250.00</td>" in results
    click(app, "Fill in blank actuals from the figures")
    actual = dict(
        zip(app.editor.targets.measure_labels, app.editor.targets.measure_boxes, strict=True)
    )
    assert actual["Cost per hire"].value == "£250"
    assert actual["Applications per vacancy"].value == "4"


def test_saving_with_the_plan_needs_clean_figures_and_a_decision(stores, plan_id):
    plans, reviews = stores
    app = review_app(stores, query=f"plan={plan_id}")
    box(app, 0, "hires").value = "-1"
    click(app, "Save with the plan as a new version")
    text = page_text(app)
    assert "not saved with the plan yet" in text
    assert "Hires cannot be negative." in text and "Choose a recommendation" in text
    assert plans.list_versions(plan_id) == []
    box(app, 0, "hires").value = "1"
    find(app, widgets.Dropdown, "Recommendation").value = "scale-up"
    find(app, widgets.Textarea, "Lessons learned").value = "LinkedIn at 9am worked"
    click(app, "Save with the plan as a new version")
    assert "Saved with the plan as version 1 (Scale up)" in page_text(app)
    (version,) = plans.list_versions(plan_id)
    assert version.note == "Pilot review: Scale up"
    assert reviews.for_version(plan_id, 1).lessons == "LinkedIn at 9am worked"
    find(app, widgets.Dropdown, "Download as").value = "docx"
    click(app, "Prepare download")
    data = base64.b64decode(re.search(r"base64,([^\"]+)", app.editor.downloads.value).group(1))
    text = document_text(data)
    assert "Saved with the plan as | Version 1" in text and "LinkedIn at 9am worked" in text


def test_someone_elses_save_is_not_overwritten(stores, plan_id):
    first = review_app(stores, query=f"plan={plan_id}")
    second = review_app(stores, query=f"plan={plan_id}")
    find(first, widgets.Textarea, "Lessons learned").value = "mine"
    click(first, "Save the review")
    find(second, widgets.Textarea, "Lessons learned").value = "theirs"
    click(second, "Save the review")
    assert "saved this review at" in page_text(second)
    assert find(second, widgets.Textarea, "Lessons learned").value == "theirs"


def test_people_who_are_not_facilitators_review_only_their_own_plans(stores, plan_id):
    owner = Identity("local:amara", "amara", "local")
    other = Identity("hub:bo", "bo", "hub", ())
    mine = review_app(stores, identity=owner, query=f"plan={plan_id}")
    assert mine.editor.record.plan_id == plan_id
    theirs = review_app(stores, identity=other, query=f"plan={plan_id}")
    assert "You can only review plans you own" in page_text(theirs)
    assert find(theirs, widgets.Dropdown, "Plan").options == ()


def test_plans_are_found_by_search_and_opened_from_the_list(stores, plan_id):
    app = review_app(stores)
    find(app, widgets.Text, "Find a plan").value = "social worker"
    assert find(app, widgets.Dropdown, "Plan").value == plan_id
    click(app, "Review this plan")
    assert app.editor.record.plan_id == plan_id
    find(app, widgets.Text, "Find a plan").value = "no such plan"
    assert "No saved plans match." in page_text(app)
    missing = review_app(stores, query="plan=ffff")
    assert "could not be found" in page_text(missing)
