"""The planner driven without a browser: type, step, save, version, conflict, downloads."""

from __future__ import annotations

import base64
import datetime as dt
import re

import ipywidgets as widgets
import pytest

from firstpost.core.plan.repository import PlanRepository
from firstpost.core.store import open_store
from firstpost.ui.planner import PlannerApp


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def find(app, cls, description: str):
    for widget in walk(app):
        if isinstance(widget, cls) and getattr(widget, "description", None) == description:
            return widget
    raise LookupError(f"no {cls.__name__} described {description!r}")


def button(app, description: str) -> widgets.Button:
    return find(app, widgets.Button, description)


def button_starting(app, prefix: str) -> widgets.Button:
    for widget in walk(app):
        if isinstance(widget, widgets.Button) and widget.description.startswith(prefix):
            return widget
    raise LookupError(prefix)


def page_text(app) -> str:
    return " ".join(w.value for w in walk(app) if isinstance(w, widgets.HTML))


@pytest.fixture
def repo():
    return PlanRepository(open_store())


@pytest.fixture
def app(repo):
    return PlannerApp(repository=repo, owner="local:ana")


def test_opens_on_start_page_with_ways_to_begin(app):
    text = page_text(app)
    assert "<h1>Plan a pilot</h1>" in text
    assert "You have no saved plans yet." in text
    button(app, "Start a blank plan")
    button(app, "Start from the worked example")


def test_typing_is_autosaved_and_offered_back(app, repo):
    button(app, "Start a blank plan").click()
    find(app, widgets.Text, "Plan title").value = "Nurses pilot"
    app.session.flush_draft()
    # a new page (a new kernel after a crash) for the same person
    again = PlannerApp(repository=repo, owner="local:ana")
    assert "unsaved changes to Nurses pilot" in page_text(again)
    button_starting(again, "Bring back Nurses pilot").click()
    assert find(again, widgets.Text, "Plan title").value == "Nurses pilot"


def test_problems_show_at_the_field_and_text_stays(app):
    button(app, "Start a blank plan").click()
    button_starting(app, "5. Implementation").click()
    button(app, "Add a vacancy").click()
    closing = find(app, widgets.DatePicker, "Closing date")
    button(app, "Add a channel post").click()
    publish = find(app, widgets.DatePicker, "Publish date")
    future = dt.date.today() + dt.timedelta(days=60)
    publish.value = future
    closing.value = future - dt.timedelta(days=10)
    text = page_text(app)
    assert "closing date is before the first publish date" in text.lower()
    assert closing.value == future - dt.timedelta(days=10)


def test_a_non_number_is_reported_and_kept(app):
    button(app, "Start a blank plan").click()
    button_starting(app, "2. Objectives").click()
    button(app, "Add a objective").click()
    baseline = find(app, widgets.Text, "Baseline (today)")
    baseline.value = "about ten"
    assert "is not a number" in page_text(app)
    assert baseline.value == "about ten"


def test_save_version_compare_and_download(app, repo):
    button(app, "Start from the worked example").click()
    button(app, "Save plan").click()
    assert "Saved" in app.status.value
    plan_id = app.session.plan_id
    assert repo.get(plan_id).plan.title
    button_starting(app, "Check, save and download").click()
    find(app, widgets.Text, "Note for this version").value = "First draft"
    button(app, "Save a version").click()
    button(app, "Save plan")  # still there
    button_starting(app, "1. About the plan").click()
    find(app, widgets.Text, "Plan title").value = "Changed title"
    button_starting(app, "Check, save and download").click()
    assert find(app, widgets.Dropdown, "Compare version").value == 1
    button(app, "Show what changed").click()
    review = app.editor.form.children[0]
    assert "Changed title" in review.comparison.value
    assert "<td>Title</td>" in review.comparison.value
    find(app, widgets.Dropdown, "Download as").value = "ics"
    button(app, "Prepare download").click()
    link = re.search(r'download="([^"]+)" href="data:text/calendar;base64,([^"]+)"', page_text(app))
    assert link and link.group(1).endswith(".ics")
    assert b"BEGIN:VCALENDAR" in base64.b64decode(link.group(2))


def test_conflicting_saves_are_refused_with_a_way_out(repo):
    first = PlannerApp(repository=repo, owner="local:ana")
    button(first, "Start a blank plan").click()
    find(first, widgets.Text, "Plan title").value = "Shared plan"
    button(first, "Save plan").click()
    plan_id = first.session.plan_id

    second = PlannerApp(repository=repo, owner="local:bo")
    second.session.open(plan_id)
    second.show_editor()
    find(second, widgets.Text, "Team").value = "Bo's team"
    button(second, "Save plan").click()

    find(first, widgets.Text, "Team").value = "Ana's team"
    button(first, "Save plan").click()
    assert "after you" in first.status.value
    assert repo.get(plan_id).plan.team == "Bo's team"
    button(first, "Save my changes as a copy").click()
    copies = [p for p in repo.list_plans() if p.title.startswith("Shared plan (my copy)")]
    assert len(copies) == 1 and repo.get(copies[0].plan_id).plan.team == "Ana's team"


def test_delete_asks_first(app, repo):
    button(app, "Start a blank plan").click()
    find(app, widgets.Text, "Plan title").value = "To delete"
    button(app, "Save plan").click()
    button(app, "My plans").click()
    button(app, "Delete To delete").click()
    assert repo.list_plans(owner="local:ana")
    button(app, "Yes, delete To delete").click()
    assert repo.list_plans(owner="local:ana") == []


def test_suggested_measures_are_added_once(app):
    button(app, "Start a blank plan").click()
    button_starting(app, "8. Scoring").click()
    button(app, "Add the suggested measures").click()
    measures = app.session.plan().scoring.measures
    assert "Applications per vacancy" in [m.name for m in measures]
    button(app, "Add the suggested measures").click()
    assert len(app.session.plan().scoring.measures) == len(measures)


def test_an_enormous_title_is_kept_and_reported(app):
    button(app, "Start a blank plan").click()
    huge = "x" * 1_000_000
    find(app, widgets.Text, "Plan title").value = huge
    assert app.session.plan().title == huge
    assert any(p.path == "title" and p.severity == "error" for p in app.session.problems)
    shown = app.editor.fields["title"].messages.value
    assert "Must fix" in shown and "200" in shown


def test_a_shortlist_handed_over_by_the_channels_app_starts_a_plan(repo):
    from firstpost.core.plan import Plan, Strategy

    plan = Plan(strategy=Strategy(channels=("linkedin", "jobs-site")))
    repo.save_draft("local:ana", "handover", "channels", {"plan": plan.model_dump(mode="json")})
    app = PlannerApp(repository=repo, owner="local:ana")
    button(app, "Start from my channel shortlist").click()
    assert app.session.plan().strategy.channels == ("linkedin", "jobs-site")
    assert "channels app" in app.status.value
