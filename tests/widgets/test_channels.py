"""The channel app driven without a browser: tick, read the shortlist, move a weight, hand over.

The chart is drawn a moment after the last change, on the kernel's event loop. Here a
ManualLoop stands in for that loop, so each test decides when the moment has passed
and the tests that do not look at the picture never pay for drawing it.
"""

from __future__ import annotations

import asyncio
import base64
import html
import re
from dataclasses import dataclass
from types import SimpleNamespace

import ipywidgets as widgets
import pytest

from firstpost.core.plan.repository import PlanRepository
from firstpost.core.store import open_store
from firstpost.ui.channels import ChannelsApp, deferred_chart
from firstpost.ui.channels.chart import chart_alt as alt_for
from firstpost.ui.channels.deferred_chart import DELAY_SECONDS, DeferredChart
from tests.support.widgets import find, walk


def page_text(app) -> str:
    return " ".join(w.value for w in walk(app) if isinstance(w, widgets.HTML))


def shortlist_names(app) -> list[str]:
    return [html.unescape(n) for n in re.findall(r"<h3>\d+\. (.+?) <span", app.shortlist.value)]


@dataclass
class Timer:
    delay: float
    callback: object
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


class ManualLoop:
    """The kernel's event loop as the chart sees it; timers run when the test says."""

    def __init__(self) -> None:
        self.timers: list[Timer] = []

    def call_later(self, delay: float, callback) -> Timer:
        timer = Timer(delay, callback)
        self.timers.append(timer)
        return timer

    @property
    def waiting(self) -> list[Timer]:
        return [t for t in self.timers if not t.cancelled]

    def let_time_pass(self) -> None:
        due, self.timers = self.waiting, []
        for timer in due:
            timer.callback()


@pytest.fixture
def loop(monkeypatch) -> ManualLoop:
    manual = ManualLoop()
    monkeypatch.setattr(deferred_chart, "running_loop", lambda: manual)
    return manual


def quick_picture(ranking) -> str:
    """A stand-in for the matplotlib drawing: the real alt text, no real picture."""
    alt = html.escape(alt_for(ranking))
    return f'<img class="fp-chart" src="data:image/png;base64,AA" alt="{alt}">'


@pytest.fixture
def quick_chart(app, monkeypatch):
    monkeypatch.setattr(app.chart, "_draw", quick_picture)


@pytest.fixture
def repo():
    return PlanRepository(open_store())


@pytest.fixture
def app(repo, loop):
    return ChannelsApp(repository=repo, owner="local:ana")


def choose_specialists(app) -> None:
    find(app, widgets.Dropdown, "Purpose").value = "recruitment"
    find(app, widgets.Checkbox, "Specialists").value = True


def test_opens_asking_for_an_audience_with_nothing_to_hand_over(app):
    text = page_text(app)
    assert text.count("<h1>") == 1 and "<h1>Choose channels</h1>" in text
    assert "Choose at least one audience." in app.status.value
    assert app.handover.disabled
    assert "fp-chart" not in text and not app.chart.waiting


def test_every_input_has_a_description(app):
    kinds = widgets.Dropdown | widgets.Checkbox | widgets.BoundedFloatText | widgets.BoundedIntText
    inputs = [w for w in walk(app) if isinstance(w, kinds)]
    assert len(inputs) == 1 + 6 + 4 + 1 + 4  # purpose, audiences, constraints, paid, weights
    assert all(w.description.strip() for w in inputs)
    buttons = [w for w in walk(app) if isinstance(w, widgets.Button)]
    assert {b.description for b in buttons} == {"Put the weights back", "Use in a pilot plan"}


def test_choosing_purpose_and_audience_gives_a_reasoned_shortlist(app):
    choose_specialists(app)
    assert "Shortlist for recruitment, reaching specialists" in app.status.value
    names = shortlist_names(app)
    assert names[0] == "LinkedIn" and len(names) == 3
    shown = app.shortlist.value
    assert "Reaches specialists: Jobvite" in shown
    assert "fp-badge--reported" in shown  # the 94% carries its status
    assert "Your route that is not social media: Acas advises" in shown
    assert "Needs about 2 h a week" in shown
    assert "Workplace from Meta</strong>: Retired, so never recommended." in app.why_not.value
    assert not app.handover.disabled


def chart_alt(app) -> str:
    found = re.search(
        r'<img class="fp-chart" src="data:image/png;base64,[^"]+" alt="([^"]+)"',
        app.chart.image.value,
    )
    assert found, "no chart image with alt text"
    return html.unescape(found.group(1))


def table_rows(app) -> list[str]:
    return [html.unescape(n) for n in re.findall(r"<tr><th scope=row>(.+?)</th>", app.scores.value)]


def test_chart_has_alt_text_and_a_table_with_every_number(app, loop):
    choose_specialists(app)
    # the table is there at once; the picture waits for the form to be still
    assert "<caption>Scores out of 100, split by criterion, highest first</caption>" in (
        app.scores.value
    )
    assert len(table_rows(app)) == 19 and table_rows(app)[0] == "LinkedIn"
    assert app.chart.image.value == "" and len(loop.waiting) == 1
    assert loop.waiting[0].delay == DELAY_SECONDS
    loop.let_time_pass()
    alt = chart_alt(app)
    assert alt.startswith("Stacked bar chart of 19 channels")
    png = re.search(r"base64,([^\"]+)", app.chart.image.value).group(1)
    assert base64.b64decode(png).startswith(b"\x89PNG")
    assert "Highest: LinkedIn 100" in alt
    assert "On the shortlist: LinkedIn, Your organisation's jobs website, NHS Jobs" in alt
    # the chart comes before the table of the same numbers
    children = list(walk(app))
    assert children.index(app.chart.image) < children.index(app.scores)


def test_changing_a_weight_reorders_the_shortlist_live(app):
    choose_specialists(app)
    assert shortlist_names(app)[0] == "LinkedIn"
    find(app, widgets.BoundedIntText, "Weight: Reaches your audiences").value = 0
    # reach no longer counts: the cheaper routes tie with LinkedIn and come first
    assert shortlist_names(app)[0] == "Your organisation's jobs website"
    assert table_rows(app)[0] == "Your organisation's jobs website"
    find(app, widgets.Button, "Put the weights back").click()
    assert shortlist_names(app)[0] == "LinkedIn"


def test_all_weights_at_zero_says_what_to_change_and_the_reset_button_recovers(app):
    choose_specialists(app)
    for box in (w for w in walk(app) if isinstance(w, widgets.BoundedIntText)):
        box.value = 0
    assert "Every weight is 0, so nothing would count" in app.status.value
    assert 'role="status"' in app.status.value
    assert app.shortlist.value == "" and app.scores.value == "" and app.handover.disabled
    find(app, widgets.Button, "Put the weights back").click()
    assert shortlist_names(app)[0] == "LinkedIn" and not app.handover.disabled


def test_a_run_of_weight_changes_redraws_the_chart_once_and_the_table_every_time(
    app, loop, quick_chart
):
    choose_specialists(app)
    loop.let_time_pass()
    assert app.chart.drawings == 1 and "Highest: LinkedIn 100" in chart_alt(app)
    weight = find(app, widgets.BoundedIntText, "Weight: Reaches your audiences")
    for value in (2, 1, 0):  # a facilitator pressing the down arrow three times
        weight.value = value
    # words and table follow every step at once ...
    assert shortlist_names(app)[0] == "Your organisation's jobs website"
    assert table_rows(app)[0] == "Your organisation's jobs website"
    # ... the old picture stays, labelled as being redrawn, until the form is still
    assert app.chart.drawings == 1 and "Highest: LinkedIn 100" in chart_alt(app)
    assert "Redrawing the chart for your new settings" in app.chart.note.value
    assert len(loop.waiting) == 1
    loop.let_time_pass()
    assert app.chart.drawings == 2
    assert chart_alt(app).split("Highest: ")[1].startswith("Your organisation's jobs website")
    assert app.chart.note.value == ""


def test_clearing_the_audience_removes_the_chart_and_any_drawing_still_waiting(
    app, loop, quick_chart
):
    choose_specialists(app)
    loop.let_time_pass()
    find(app, widgets.Dropdown, "Risk appetite").value = "high"
    find(app, widgets.Checkbox, "Specialists").value = False
    assert "Choose at least one audience." in app.status.value
    assert app.scores.value == "" and app.chart.image.value == "" and not app.chart.waiting
    loop.let_time_pass()
    assert app.chart.image.value == "" and app.chart.drawings == 1


def test_a_failure_while_drawing_is_shown_in_words_and_the_shortlist_stays(app, loop, monkeypatch):
    choose_specialists(app)

    def broken(_ranking):
        raise RuntimeError("no fonts")

    monkeypatch.setattr(app.chart, "_draw", broken)
    loop.let_time_pass()
    assert 'role="alert"' in app.chart.note.value
    assert "Sorry, something went wrong while drawing the chart" in app.chart.note.value
    assert shortlist_names(app)[0] == "LinkedIn" and len(table_rows(app)) == 19


def test_in_a_running_event_loop_the_app_draws_once_after_the_changes_stop(monkeypatch):
    """The kernel's own loop does the waiting: no stand-in, a real asyncio loop."""
    import firstpost.ui.channels.app as module

    drawn: list[str] = []

    def draw(ranking) -> str:
        drawn.append(ranking.shortlist[0].name)
        return f'<img class="fp-chart" src="data:image/png;base64,AA" alt="{len(drawn)}">'

    monkeypatch.setattr(module, "chart_image_html", draw)

    async def session() -> ChannelsApp:
        app = ChannelsApp(owner="local:ana")
        choose_specialists(app)
        find(app, widgets.BoundedIntText, "Weight: Reaches your audiences").value = 0
        assert drawn == [] and shortlist_names(app)[0] == "Your organisation's jobs website"
        await asyncio.sleep(DELAY_SECONDS + 0.3)
        return app

    app = asyncio.run(session())
    assert drawn == ["Your organisation's jobs website"]
    assert 'alt="1"' in app.chart.image.value


def test_with_no_event_loop_the_chart_is_drawn_straight_away():
    drawn = []
    chart = DeferredChart(lambda r: drawn.append(r) or "<img alt='x'>", loop=lambda: None)
    chart.show("a ranking")
    assert drawn == ["a ranking"] and chart.image.value == "<img alt='x'>"
    assert not chart.waiting


def test_constraints_change_what_is_left_out(app):
    choose_specialists(app)
    assert "X (formerly Twitter)</strong>: Too exposed for you" in app.why_not.value
    find(app, widgets.Dropdown, "Risk appetite").value = "high"
    assert "X (formerly Twitter)</strong>: Too exposed" not in app.why_not.value
    find(app, widgets.BoundedFloatText, "Staff hours a week").value = 0
    assert shortlist_names(app) == ["Your organisation's jobs website"]
    assert "No social channel fits your settings" in app.shortlist.value
    assert "<p>1 channel; about 0.5 staff hours a week in total.</p>" in app.shortlist.value


def test_handing_over_saves_a_shortlist_the_planner_opens_with_a_start_button(app, repo):
    from firstpost.ui.planner import PlannerApp
    from firstpost.ui.planner.sources import handover_starters, validator

    choose_specialists(app)
    find(app, widgets.Button, "Use in a pilot plan").click()
    assert 'href="planner.ipynb"' in app.handover_status.value
    assert "Start from my channel shortlist" in app.handover_status.value
    ((label, plan, _message),) = handover_starters(repo, "local:ana")
    assert label == "Start from my channel shortlist"
    assert plan.strategy.channels == ("linkedin", "jobs-site", "nhs-jobs")
    assert plan.audience.audiences == ("specialists",)
    # the planner's own checks accept the channels (ids known, not social media alone)
    assert [p for p in validator()(plan) if p.path.startswith("strategy.channels")] == []
    planner = PlannerApp(repository=repo, owner="local:ana")
    find(planner, widgets.Button, "Start from my channel shortlist")


def test_download_holds_the_shortlist_and_every_why_not(app):
    choose_specialists(app)
    payload = re.search(
        r'download="channel-shortlist.md" href="data:text/markdown;base64,([^"]+)"',
        app.download.value,
    )
    text = base64.b64decode(payload.group(1)).decode("utf-8")
    assert "### 1. LinkedIn" in text and "## Why not the others" in text


def test_related_case_studies_and_lessons_follow_the_shortlist(app):
    choose_specialists(app)  # LinkedIn, jobs site, NHS Jobs
    related = app.related.value
    links = dict(re.findall(r'<a href="([^"]+)">([^<]+)</a>', related))
    # each case about LinkedIn opens that case; none is only about X or Facebook
    assert "case_studies.ipynb?case=monmouthshire-open-access" in links
    assert "case_studies.ipynb?case=west-sussex-social-workers" in links
    assert "case_studies.ipynb?case=mcdstories" not in links
    assert "lessons.ipynb?episode=social-recruitment" in links
    assert "lessons.ipynb?episode=staying-safe" in links
    find(app, widgets.Dropdown, "Purpose").value = "learning"
    assert 'href="lessons.ipynb?episode=social-learning"' in app.related.value


def test_the_app_shows_the_ranking_the_command_line_prints(app, capsys):
    """Issue #3: `firstpost channels rank` prints the same ranking the app shows."""
    import json

    from firstpost.cli.main import main

    find(app, widgets.Dropdown, "Purpose").value = "onboarding"
    find(app, widgets.Checkbox, "Existing staff").value = True
    find(app, widgets.Checkbox, "Graduates and interns").value = True
    find(app, widgets.Dropdown, "Risk appetite").value = "medium"
    find(app, widgets.BoundedFloatText, "Staff hours a week").value = 3
    find(app, widgets.BoundedIntText, "Weight: Fits your risk appetite").value = 5
    argv = ["channels", "rank", "--purpose", "onboarding", "--audience", "existing-staff"]
    argv += ["--audience", "graduates-interns", "--risk", "medium", "--hours", "3"]
    assert main([*argv, "--weight", "risk=5", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [item["name"] for item in printed["shortlist"]] == shortlist_names(app)
    assert printed == app.ranking.as_dict()


def test_tiktoks_disputed_caption_limit_and_a_missing_limit_are_said_plainly(app):
    find(app, widgets.Dropdown, "Purpose").value = "recruitment"
    find(app, widgets.Checkbox, "School leavers").value = True
    find(app, widgets.Dropdown, "Risk appetite").value = "high"
    find(app, widgets.BoundedFloatText, "Staff hours a week").value = 8
    find(app, widgets.BoundedIntText, "Weight: Fits your hours").value = 0
    assert "TikTok" in shortlist_names(app)
    assert "Posts can be up to 2,200 characters." in app.shortlist.value
    assert 'fp-badge--disputed" title="Sources differ' in app.shortlist.value
    # the doubt is written out too, for people who cannot hover over the badge
    trust = app.shortlist.value.split("How far to trust the numbers above")[1]
    assert (
        "<strong>2,200</strong>" in trust and "some give 2,200 characters and others 4,000" in trust
    )
    find(app, widgets.Dropdown, "Purpose").value = "onboarding"
    find(app, widgets.Checkbox, "School leavers").value = False
    find(app, widgets.Checkbox, "Existing staff").value = True
    assert "Staff intranet forums" in shortlist_names(app)
    assert "The kit has no checked post length limit for it" in app.shortlist.value


def test_a_failure_while_ranking_is_shown_in_words_and_the_form_stays(app, monkeypatch):
    import firstpost.ui.channels.app as module

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(module, "rank_channels", broken)
    box = find(app, widgets.Checkbox, "Specialists")
    box.value = True
    assert "Sorry, something went wrong while updating the shortlist" in app.status.value
    assert box.value is True


def test_without_channel_files_the_app_says_what_to_do():
    empty = SimpleNamespace(channels=(), sources={}, figures={}, case_studies=(), episodes=())
    app = ChannelsApp(content=empty, owner="local:ana")
    find(app, widgets.Checkbox, "Specialists").value = True
    assert "There are no channel files in the course yet" in app.status.value
    assert app.handover.disabled
