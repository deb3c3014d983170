"""The planner driven without a browser: type, step, save, version, conflict, downloads."""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import re

import ipywidgets as widgets
import pytest

from firstpost.core.plan.repository import PlanRepository
from firstpost.core.store import open_store
from firstpost.ui.planner import PlannerApp
from tests.support.widgets import button, button_starting, find, page_text, walk


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


def field_messages(app, path: str) -> str:
    """The words under one field, as a screen reader would read them (tags removed)."""
    return re.sub(r"<[^>]+>", " ", html.unescape(app.editor.fields[path].messages.value))


def test_a_non_number_is_reported_and_kept_through_steps_and_a_crash(app, repo):
    button(app, "Start a blank plan").click()
    button_starting(app, "2. Objectives").click()
    button(app, "Add an objective").click()
    find(app, widgets.Text, "Baseline (today)").value = "12"
    find(app, widgets.Text, "Baseline (today)").value = "about ten"
    path = "objectives[0].baseline"
    assert "“about ten” is not a number" in field_messages(app, path)
    assert "Type digits only" in field_messages(app, path)
    # the plan does not quietly keep the old 12 while the screen shows "about ten"
    assert app.session.plan().objectives[0].baseline is None
    assert any("about ten" in p.message for p in app.session.problems)

    button_starting(app, "3. Audience").click()
    button_starting(app, "2. Objectives").click()
    assert find(app, widgets.Text, "Baseline (today)").value == "about ten"
    assert "is not a number" in field_messages(app, path)

    app.session.flush_draft()
    again = PlannerApp(repository=repo, owner="local:ana")  # a new kernel after a crash
    button_starting(again, "Bring back").click()
    button_starting(again, "2. Objectives").click()
    assert find(again, widgets.Text, "Baseline (today)").value == "about ten"
    find(again, widgets.Text, "Baseline (today)").value = "10"
    assert again.session.plan().objectives[0].baseline == 10
    assert "not a number" not in field_messages(again, path)


@pytest.mark.parametrize("typed", ["nan", "inf", "1e999"])
def test_not_a_figure_is_refused_without_breaking_the_plan(app, typed):
    button(app, "Start from the worked example").click()
    button_starting(app, "2. Objectives").click()
    find(app, widgets.Text, "Baseline (today)").value = typed
    assert "is not a number" in field_messages(app, "objectives[0].baseline")
    assert app.session.plan().title.startswith("Children's social worker")


def test_a_removed_item_takes_its_unreadable_text_with_it(app):
    button(app, "Start a blank plan").click()
    button_starting(app, "2. Objectives").click()
    button(app, "Add an objective").click()
    button(app, "Add an objective").click()
    targets = [w for w in walk(app) if isinstance(w, widgets.Text) and w.description == "Target"]
    targets[1].value = "lots"
    button(app, "Remove objective 1").click()
    button(app, "Yes, remove objective 1").click()
    assert app.session.unparsed == {"objectives[0].target": "lots"}
    assert find(app, widgets.Text, "Target").value == "lots"


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


def test_an_enormous_title_is_kept_and_reported_without_flooding_the_page(app, repo):
    button(app, "Start a blank plan").click()
    huge = "x" * 1_000_000
    find(app, widgets.Text, "Plan title").value = huge
    assert app.session.plan().title == huge
    shown = field_messages(app, "title")
    assert "Title is 1,000,000 characters long; the most allowed is 200" in shown
    assert "Shorten it" in shown
    button(app, "Save plan").click()
    assert repo.get(app.session.plan_id).plan.title == huge
    assert find(app, widgets.Text, "Plan title").value == huge
    # the title bar, the status line and My plans show the start of it, not a megabyte
    assert len(app.title_html.value) < 300 and "x…" in app.title_html.value
    assert len(app.status.value) < 400
    button(app, "My plans").click()
    assert len(page_text(app)) < 20_000


def test_a_draft_too_big_to_autosave_says_so_and_keeps_the_text(app):
    button(app, "Start a blank plan").click()
    huge = "y" * 2_500_000
    find(app, widgets.Text, "Plan title").value = huge
    app.session.flush_draft()
    assert "too big to autosave" in app.status.value and "still on the page" in app.status.value
    assert find(app, widgets.Text, "Plan title").value == huge


def test_a_shortlist_handed_over_by_the_channels_app_starts_a_plan(repo):
    from firstpost.core.plan import Plan, Strategy

    plan = Plan(strategy=Strategy(channels=("linkedin", "jobs-site")))
    repo.save_draft("local:ana", "handover", "channels", {"plan": plan.model_dump(mode="json")})
    app = PlannerApp(repository=repo, owner="local:ana")
    button(app, "Start from my channel shortlist").click()
    assert app.session.plan().strategy.channels == ("linkedin", "jobs-site")
    assert "channels app" in app.status.value


# ----- bad input: each gets a message at the field naming it and the fix; the text stays
TODAY = dt.date.today()


def vacancy_with_a_channel_post(app) -> None:
    button(app, "Start a blank plan").click()
    button_starting(app, "5. Implementation").click()
    button(app, "Add a vacancy").click()
    button(app, "Add a channel post").click()


def test_a_publish_date_in_the_past(app):
    vacancy_with_a_channel_post(app)
    publish = find(app, widgets.DatePicker, "Publish date")
    publish.value = TODAY - dt.timedelta(days=3)
    shown = field_messages(app, "implementation.posts[0].channels[0].publish_date")
    assert "Post 1, channel post 1's publish date" in shown and "is in the past" in shown
    assert "Choose a date from today onwards" in shown
    assert publish.value == TODAY - dt.timedelta(days=3)


def test_a_review_date_before_the_closing_date(app):
    vacancy_with_a_channel_post(app)
    find(app, widgets.DatePicker, "Closing date").value = TODAY + dt.timedelta(days=40)
    button_starting(app, "1. About the plan").click()
    review = find(app, widgets.DatePicker, "Review date")
    review.value = TODAY + dt.timedelta(days=20)
    shown = field_messages(app, "review_date")
    assert "The review date is before the closing date" in shown
    assert "Review after the last vacancy has closed" in shown
    assert review.value == TODAY + dt.timedelta(days=20)


def test_the_author_as_approver(app):
    vacancy_with_a_channel_post(app)
    find(app, widgets.Text, "Author's name").value = "Ana Smith"
    button(app, "Add an approver").click()
    approver = find(app, widgets.Text, "Name")
    approver.value = "ana  SMITH"
    shown = field_messages(app, "implementation.approvers[0].name")
    assert "Approver 1 is also the author" in shown and "Name someone else" in shown
    assert approver.value == "ana  SMITH"


def test_post_text_over_the_channels_limit(app):
    vacancy_with_a_channel_post(app)
    find(app, widgets.Dropdown, "Channel").value = "x"
    text = find(app, widgets.Textarea, "Draft text")
    text.value = "a" * 281
    shown = field_messages(app, "implementation.posts[0].channels[0].text")
    assert "Post 1, channel post 1 is 281 characters" in shown and "allows 280" in shown
    assert "Cut 1 character." in shown
    assert text.value == "a" * 281


def test_more_than_five_posts_is_said_at_the_list_and_no_sixth_can_be_added(app):
    from firstpost.core.plan import Implementation, Plan, Post

    six = Plan(implementation=Implementation(posts=tuple(Post(role=f"Job {n}") for n in range(6))))
    app.session.new_plan(six, "Opened a plan with six posts.")
    app.show_editor()
    button_starting(app, "5. Implementation").click()
    shown = field_messages(app, "implementation.posts")
    assert "The pilot has 6 posts; a first pilot should have at most 5" in shown
    assert "choose up to five vacancies" in shown
    add = button(app, "Add a vacancy")
    assert add.disabled
    add.click()  # a click that slips past the disabled button changes nothing
    assert len(app.session.plan().implementation.posts) == 6
    assert "at most 5 vacancies" in page_text(app)


def test_empty_required_fields_are_named_at_the_field(app):
    button(app, "Start a blank plan").click()
    title = find(app, widgets.Text, "Plan title")
    title.value = "Draft"
    title.value = "   "
    assert "The plan has no title" in field_messages(app, "title")
    assert "Give it a short title" in field_messages(app, "title")
    assert "Nobody is named as the plan's owner" in field_messages(app, "owner")
    assert "There is no review date" in field_messages(app, "review_date")
    assert title.value == "   "
    button_starting(app, "2. Objectives").click()
    assert "The plan has no objectives" in field_messages(app, "objectives")
    assert "Add at least one SMART objective" in field_messages(app, "objectives")
    button(app, "Add an objective").click()
    assert "no objectives" not in field_messages(app, "objectives")


def test_list_buttons_read_as_english():
    from firstpost.ui.planner.lists import plural, with_article

    assert [plural(n) for n in ("vacancy", "risk", "channel post", "day")] == [
        "vacancies",
        "risks",
        "channel posts",
        "days",
    ]
    assert with_article("objective") == "an objective" and with_article("risk") == "a risk"


# ----- the stepper, autosave and conflicts


def test_the_stepper_shows_progress_and_where_you_are(app):
    button(app, "Start a blank plan").click()
    about = button_starting(app, "1. About the plan")
    assert about.description == "1. About the plan (0% filled in), you are here"
    assert "Progress: 0 of 8 steps complete; 0% of the plan filled in" in page_text(app)
    find(app, widgets.Text, "Plan title").value = "Nurses pilot"
    find(app, widgets.Text, "Plan owner").value = "Ana"
    assert about.description.startswith("1. About the plan (50% filled in)")
    button_starting(app, "3. Audience").click()
    assert not about.description.endswith("you are here")
    assert button_starting(app, "3. Audience").description.endswith("you are here")
    assert app.editor.heading.value == "<h2>Step 3 of 9: Audience and insight</h2>"


def test_the_worked_example_fills_every_step(app):
    button(app, "Start from the worked example").click()
    labels = [button_starting(app, f"{n}.").description for n in range(1, 9)]
    assert all("(complete)" in label for label in labels), labels
    assert 'aria-valuenow="100"' in app.editor.progress_html.value


def test_changes_to_a_saved_plan_come_back_after_a_crash_and_save_cleanly(app, repo):
    button(app, "Start from the worked example").click()
    button(app, "Save plan").click()
    plan_id = app.session.plan_id
    find(app, widgets.Text, "Team").value = "Team typed before the crash"
    app.session.flush_draft()

    again = PlannerApp(repository=repo, owner="local:ana")
    assert "unsaved changes to Children's social worker" in page_text(again)
    button_starting(again, "Bring back").click()
    assert find(again, widgets.Text, "Team").value == "Team typed before the crash"
    button(again, "Save plan").click()
    assert "Saved" in again.status.value
    assert repo.get(plan_id).plan.team == "Team typed before the crash"
    assert repo.list_drafts("local:ana", "planner") == []


def conflicting_apps(repo):
    """Ana and Bo open the same plan; Bo saves first."""
    ana = PlannerApp(repository=repo, owner="local:ana")
    button(ana, "Start a blank plan").click()
    find(ana, widgets.Text, "Plan title").value = "Shared plan"
    button(ana, "Save plan").click()
    bo = PlannerApp(repository=repo, owner="local:bo")
    bo.session.open(ana.session.plan_id)
    bo.show_editor()
    find(bo, widgets.Text, "Team").value = "Bo's team"
    button(bo, "Save plan").click()
    return ana, bo


def test_reload_after_a_conflict_shows_their_version(repo):
    ana, _bo = conflicting_apps(repo)
    find(ana, widgets.Text, "Team").value = "Ana's team"
    button(ana, "Save plan").click()
    assert "local:bo saved this plan" in ana.status.value
    assert "Save my changes as a copy" in ana.status.value and 'role="alert"' in ana.status.value
    button(ana, "Reload their version").click()
    assert find(ana, widgets.Text, "Team").value == "Bo's team"
    assert ana.conflict_box.children == ()
    button(ana, "Save plan").click()
    assert "Saved" in ana.status.value


def test_restoring_a_version_someone_has_overtaken_is_a_conflict_not_an_apology(repo):
    ana = PlannerApp(repository=repo, owner="local:ana")
    button(ana, "Start a blank plan").click()
    find(ana, widgets.Text, "Plan title").value = "Versioned"
    button_starting(ana, "Check, save and download").click()
    button(ana, "Save a version").click()
    bo_session = PlannerApp(repository=repo, owner="local:bo").session
    bo_session.open(ana.session.plan_id)
    bo_session.set_field("team", "Bo's team")
    bo_session.save()
    button(ana, "Restore this version").click()
    button(ana, "Yes, restore version 1").click()
    assert "local:bo saved this plan" in ana.status.value
    assert "Sorry" not in page_text(ana)
    button(ana, "Reload their version")


def test_saving_a_plan_someone_deleted_offers_a_copy(repo):
    ana, _bo = conflicting_apps(repo)
    repo.delete(ana.session.plan_id)
    find(ana, widgets.Text, "Team").value = "Ana's team"
    button(ana, "Save plan").click()
    assert "has been deleted since you opened it" in ana.status.value
    with pytest.raises(LookupError):
        button(ana, "Reload their version")
    button(ana, "Save my changes as a copy").click()
    [copy] = repo.list_plans(search="my copy")
    assert repo.get(copy.plan_id).plan.team == "Ana's team"


def test_an_unreadable_draft_is_never_saved_over_the_plan(app, repo):
    button(app, "Start from the worked example").click()
    button(app, "Save plan").click()
    plan_id = app.session.plan_id
    app.session.set_field("title", 12)  # as an old or hand-edited draft might hold
    button(app, "Save plan").click()
    assert "was not saved" in app.status.value and "title" in app.status.value
    assert repo.get(plan_id).plan.title.startswith("Children's social worker")
    button_starting(app, "Check, save and download").click()
    button(app, "Prepare download").click()
    assert "The file was not made" in page_text(app) and "base64" not in page_text(app)


def test_an_over_long_version_note_is_named_and_kept(app, repo):
    button(app, "Start a blank plan").click()
    button_starting(app, "Check, save and download").click()
    note = find(app, widgets.Text, "Note for this version")
    note.value = "n" * 600
    button(app, "Save a version").click()
    assert "The note for this version is 600 characters" in page_text(app)
    assert "Shorten the note" in page_text(app)
    assert note.value == "n" * 600
    assert app.session.plan_id == ""  # nothing saved half-way


def test_my_plans_finds_a_plan_by_workshop_code(app, repo):
    from firstpost.core.plan import Plan

    repo.create(Plan(title="Porters pilot", workshop_code="NHS-7"), owner="local:ana")
    repo.create(Plan(title="Cleaners pilot"), owner="local:ana")
    app.start_view.refresh()
    find(app, widgets.Text, "Search my plans").value = "nhs-7"
    button(app, "Open Porters pilot")
    with pytest.raises(LookupError):
        button(app, "Open Cleaners pilot")


@pytest.mark.parametrize("fmt", ["docx", "html", "md", "csv", "ics", "json"])
def test_every_download_arrives_and_opens(app, fmt):
    button(app, "Start from the worked example").click()
    button_starting(app, "Check, save and download").click()
    find(app, widgets.Dropdown, "Download as").value = fmt
    button(app, "Prepare download").click()
    link = re.search(r'download="([^"]+)" href="data:([^;]+);base64,([^"]+)"', page_text(app))
    assert link and link.group(1).endswith(f".{fmt}")
    data = base64.b64decode(link.group(3))
    if fmt == "docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        assert "Children's social worker recruitment pilot" in text
    elif fmt == "ics":
        import icalendar

        calendar = icalendar.Calendar.from_ical(data)
        assert len(calendar.walk("VEVENT")) >= 3
    elif fmt == "json":
        from firstpost.core.plan import plan_from_json

        plan, problems = plan_from_json(data)
        assert problems == [] and plan == app.session.plan()
    else:
        assert "Children" in data.decode("utf-8-sig")


def test_charts_have_alt_text_and_a_table_saying_the_same(app):
    button(app, "Start from the worked example").click()
    button_starting(app, "Check, save and download").click()
    text = page_text(app)
    plan = app.session.plan()
    assert re.search(
        r'<img class="fp-chart" src="data:image/png;base64,[^"]+" alt="Risk map of 6', text
    )
    assert re.search(r'alt="Timeline of 9 dated items', text)
    assert text.count("<tr><td>") >= len(plan.risks) + 9
    for risk in plan.risks:
        assert risk.risk in text


def test_duplicate_and_archive_from_my_plans(app, repo):
    from firstpost.core.plan import Plan

    repo.create(Plan(title="Porters pilot"), owner="local:ana")
    app.start_view.refresh()
    button(app, "Duplicate Porters pilot").click()
    assert "Made a copy of “Porters pilot”" in page_text(app)
    button(app, "Open Copy of Porters pilot")
    button(app, "Archive Copy of Porters pilot").click()
    assert "Tick “Show archived plans” to find it again" in page_text(app)
    with pytest.raises(LookupError):
        button(app, "Open Copy of Porters pilot")
    find(app, widgets.Checkbox, "Show archived plans").value = True
    button(app, "Unarchive Copy of Porters pilot").click()
    assert [p.title for p in repo.list_plans()] == ["Copy of Porters pilot", "Porters pilot"]


def test_restore_a_version_after_confirming(app, repo):
    button(app, "Start a blank plan").click()
    find(app, widgets.Text, "Plan title").value = "First title"
    button_starting(app, "Check, save and download").click()
    button(app, "Save a version").click()
    button_starting(app, "1. About the plan").click()
    find(app, widgets.Text, "Plan title").value = "Second title"
    button(app, "Save plan").click()
    button_starting(app, "Check, save and download").click()
    button(app, "Restore this version").click()
    assert "Replace the plan with version 1?" in page_text(app)
    assert repo.get(app.session.plan_id).plan.title == "Second title"  # not before "Yes"
    button(app, "Yes, restore version 1").click()
    assert repo.get(app.session.plan_id).plan.title == "First title"
    assert "Before restoring version 1" in page_text(app)


def test_starting_another_blank_plan_never_overwrites_unsaved_work(app, repo):
    button(app, "Start a blank plan").click()
    find(app, widgets.Text, "Plan title").value = "First idea"
    app.session.flush_draft()
    again = PlannerApp(repository=repo, owner="local:ana")  # after a crash
    button(again, "Start a blank plan").click()  # not "Bring back"
    find(again, widgets.Text, "Plan title").value = "Second idea"
    again.session.flush_draft()
    titles = sorted(d.body["data"]["title"] for d in repo.list_drafts("local:ana", "planner"))
    assert titles == ["First idea", "Second idea"]
    button(again, "My plans").click()
    button(again, "Bring back First idea").click()
    button(again, "Save plan").click()
    remaining = [d.body["data"]["title"] for d in repo.list_drafts("local:ana", "planner")]
    assert remaining == ["Second idea"]


def test_opening_a_plan_with_unsaved_changes_says_they_are_waiting(app, repo):
    button(app, "Start from the worked example").click()
    button(app, "Save plan").click()
    find(app, widgets.Text, "Team").value = "Unsaved team"
    app.session.flush_draft()
    again = PlannerApp(repository=repo, owner="local:ana")
    button_starting(again, "Open Children's social worker").click()
    assert "You also have unsaved changes to it" in again.status.value
    assert "choose “Bring back”" in again.status.value


def test_a_problem_with_one_line_of_a_box_shows_at_that_box(app):
    from firstpost.core.plan import Plan, Strategy

    long_message = "m" * 1001
    app.session.new_plan(Plan(strategy=Strategy(key_messages=("Pay is good", long_message))))
    app.show_editor()
    button_starting(app, "4. Strategy").click()
    shown = field_messages(app, "strategy.key_messages")
    assert "Key messages, line 2 is 1,001 characters long; the most allowed is 1,000" in shown


def test_a_saved_pilot_review_is_in_the_plans_own_downloads(app, repo):
    from firstpost.core.review.model import PilotReview
    from firstpost.core.review.store import ReviewStore
    from firstpost.core.store import open_store

    button(app, "Start from the worked example").click()
    button(app, "Save plan").click()
    review = PilotReview(recommendation="adjust", lessons="Post earlier in the week.")
    ReviewStore(open_store()).save_with_plan(repo, app.session.plan_id, review, "local:ana")
    button_starting(app, "Check, save and download").click()
    find(app, widgets.Dropdown, "Download as").value = "md"
    button(app, "Prepare download").click()
    link = re.search(r'href="data:text/markdown;base64,([^"]+)"', page_text(app))
    text = base64.b64decode(link.group(1)).decode()
    assert "Post earlier in the week." in text
    assert "Adjust" in text
