"""The channel app driven without a browser: tick, read the shortlist, move a weight, hand over."""

from __future__ import annotations

import base64
import html
import re
from types import SimpleNamespace

import ipywidgets as widgets
import pytest

from firstpost.core.plan.repository import PlanRepository
from firstpost.core.store import open_store
from firstpost.ui.channels import ChannelsApp


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def find(app, cls, description: str):
    for widget in walk(app):
        if isinstance(widget, cls) and getattr(widget, "description", None) == description:
            return widget
    raise LookupError(f"no {cls.__name__} described {description!r}")


def page_text(app) -> str:
    return " ".join(w.value for w in walk(app) if isinstance(w, widgets.HTML))


def shortlist_names(app) -> list[str]:
    return [html.unescape(n) for n in re.findall(r"<h3>\d+\. (.+?) <span", app.shortlist.value)]


@pytest.fixture
def repo():
    return PlanRepository(open_store())


@pytest.fixture
def app(repo):
    return ChannelsApp(repository=repo, owner="local:ana")


def choose_specialists(app) -> None:
    find(app, widgets.Dropdown, "Purpose").value = "recruitment"
    find(app, widgets.Checkbox, "Specialists").value = True


def test_opens_asking_for_an_audience_with_nothing_to_hand_over(app):
    text = page_text(app)
    assert text.count("<h1>") == 1 and "<h1>Choose channels</h1>" in text
    assert "Choose at least one audience." in app.status.value
    assert app.handover.disabled
    assert "fp-chart" not in text


def test_every_input_has_a_description(app):
    inputs = [
        w
        for w in walk(app)
        if isinstance(
            w,
            widgets.Dropdown | widgets.Checkbox | widgets.BoundedFloatText | widgets.BoundedIntText,
        )
    ]
    assert len(inputs) == 1 + 6 + 4 + 1 + 4  # purpose, audiences, constraints, paid, weights
    assert all(w.description.strip() for w in inputs)
    buttons = [w for w in walk(app) if isinstance(w, widgets.Button)]
    assert all(b.description.strip() for b in buttons)


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


def test_chart_has_alt_text_and_a_table_with_every_number(app):
    choose_specialists(app)
    chart = app.chart.value
    alt = re.search(r'<img class="fp-chart" src="data:image/png;base64,[^"]+" alt="([^"]+)"', chart)
    assert alt and alt.group(1).startswith("Stacked bar chart of 19 channels")
    assert "Highest: LinkedIn 100" in alt.group(1)
    assert chart.count("<tr><th scope=row>") == 19
    assert "<caption>Scores out of 100, split by criterion, highest first</caption>" in chart


def test_changing_a_weight_reorders_the_shortlist_live(app):
    choose_specialists(app)
    assert shortlist_names(app)[0] == "LinkedIn"
    find(app, widgets.BoundedIntText, "Weight: Reaches your audiences").value = 0
    # reach no longer counts: the cheaper routes tie with LinkedIn and come first
    assert shortlist_names(app)[0] == "Your organisation's jobs website"
    find(app, widgets.Button, "Put the weights back").click()
    assert shortlist_names(app)[0] == "LinkedIn"


def test_constraints_change_what_is_left_out(app):
    choose_specialists(app)
    assert "X (formerly Twitter)</strong>: Too exposed for you" in app.why_not.value
    find(app, widgets.Dropdown, "Risk appetite").value = "high"
    assert "X (formerly Twitter)</strong>: Too exposed" not in app.why_not.value
    find(app, widgets.BoundedFloatText, "Staff hours a week").value = 0
    assert shortlist_names(app) == ["Your organisation's jobs website"]
    assert "No social channel fits your settings" in app.shortlist.value


def test_handing_over_saves_a_shortlist_the_planner_offers(app, repo):
    from firstpost.ui.planner.sources import handover_starters, validator

    choose_specialists(app)
    find(app, widgets.Button, "Use this shortlist in a plan").click()
    assert 'href="planner.ipynb"' in app.handover_status.value
    assert "Start from my channel shortlist" in app.handover_status.value
    ((label, plan, _message),) = handover_starters(repo, "local:ana")
    assert label == "Start from my channel shortlist"
    assert plan.strategy.channels == ("linkedin", "jobs-site", "nhs-jobs")
    assert plan.audience.audiences == ("specialists",)
    # the planner's own checks accept the channels (ids known, not social media alone)
    assert [p for p in validator()(plan) if p.path.startswith("strategy.channels")] == []


def test_planner_shows_the_start_button_after_the_handover(app, repo):
    from firstpost.ui.planner import PlannerApp

    choose_specialists(app)
    find(app, widgets.Button, "Use this shortlist in a plan").click()
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
    choose_specialists(app)
    related = app.related.value
    assert "Monmouthshire" in related or "West Sussex" in related
    assert "Case studies about these channels" in related


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
