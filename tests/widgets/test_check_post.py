"""The post checker driven without a browser: type, tick, read the findings and links."""

from __future__ import annotations

import asyncio
import base64
import re

import ipywidgets as widgets
import pytest

from firstpost.core.checks import ChannelLimit
from firstpost.ui.check_post import CheckPostApp
from firstpost.ui.check_post import app as app_module
from firstpost.ui.check_post.debounce import Debouncer
from firstpost.ui.check_post.resources import CheckerResources
from tests.support.widgets import walk

CHANNELS = (
    ChannelLimit("x", "X", 280, "x-weighted"),
    ChannelLimit("linkedin", "LinkedIn", 3000, visible_before_more=210),
)


def resources(**overrides) -> CheckerResources:
    fields = {
        "channels": CHANNELS,
        "case_titles": {"mcdstories": "#McDStories", "chrysler-tweet": "The Chrysler tweet"},
        "episodes_by_case": {"mcdstories": (("staying-safe", "Staying safe"),)},
        "episodes_by_source": {"gcs-accessible-social-media": (("writing", "Writing posts"),)},
        "sources": {"gcs-accessible-social-media": ("GCS: Accessible social media", "")},
        "case_studies_app": True,
        "lessons_app": True,
    }
    fields.update(overrides)
    return CheckerResources(**fields)


def page(app) -> str:
    return " ".join(w.value for w in walk(app) if isinstance(w, widgets.HTML))


def visible_text(app) -> str:
    return re.sub(r"<[^>]+>", "", page(app))


def box(app, description: str) -> widgets.Checkbox:
    return next(
        w for w in walk(app) if isinstance(w, widgets.Checkbox) and w.description == description
    )


@pytest.fixture
def app():
    return CheckPostApp(resources=resources())


def test_opens_with_a_heading_labelled_inputs_and_an_invitation(app):
    assert page(app).count("<h1>") == 1 and "<h1>Check a draft post</h1>" in page(app)
    inputs = [
        w
        for w in walk(app)
        if isinstance(w, (widgets.Textarea, widgets.Checkbox, widgets.RadioButtons))
    ]
    assert inputs and all(w.description for w in inputs)
    assert [w.description for w in walk(app) if isinstance(w, widgets.Button)][:3] == [
        "Check now",
        "Show an example",
        "Clear the draft",
    ]
    assert "Type or paste a draft above" in page(app)
    assert {box(app, "X").description, box(app, "LinkedIn").description} == {"X", "LinkedIn"}


def test_typing_shows_a_traffic_light_and_highlights_the_words(app):
    app.draft.value = "Apply now, f*ck it. <script>alert(1)</script>"
    html = page(app)
    assert "Red: do not post this yet" in html
    assert '<mark class="fp-cp-mark fp-cp-mark--stop">f*ck</mark>' in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="#fp-cp-finding-1"' in html and 'id="fp-cp-finding-1"' in html
    assert "Must change before posting (1)" in html
    assert "Case study: The Chrysler tweet" in html


def test_a_clean_post_is_green_with_counts(app):
    box(app, "X").value = True
    app.draft.value = "We're hiring a social worker. Apply by 29 March. #SocialWorkJobs"
    html = page(app)
    assert "Green: nothing to fix" in html
    assert "A second person should still read it" in html
    assert "Length on X" in visible_text(app) and "64 of 280" in visible_text(app)


def test_ticking_a_channel_checks_its_length(app):
    app.draft.value = "a" * 290
    assert "Too long for X" not in page(app)
    box(app, "X").value = True
    assert "Too long for X: 290 of 280" in visible_text(app)
    box(app, "X").value = False
    assert "Too long for X" not in page(app)


def test_advert_adds_gendered_and_equal_opportunities_checks(app):
    app.draft.value = "We want a competitive, ambitious, decisive and confident leader."
    assert "masculine-coded" not in page(app)
    app.kind.value = "advert"
    text = visible_text(app)
    assert "strongly masculine-coded" in text
    assert "does not say that you welcome applications from everyone" in text
    assert "Gender coding" in text


def test_image_needs_alt_text(app):
    app.draft.value = "Meet the team."
    box(app, "It will have an image").value = True
    assert "alt text has not been written" in visible_text(app)
    box(app, "Alt text is written for every image").value = True
    assert "alt text has not been written" not in visible_text(app)
    assert "Lesson: Writing posts" not in page(app)  # no finding left to link from


def test_hashtag_risk_links_to_the_case_study_and_lesson(app):
    app.draft.value = "Tell us about your time here! #WestshireStories"
    html = page(app)
    assert 'href="case_studies.ipynb?case=mcdstories"' in html
    assert 'href="lessons.ipynb?episode=staying-safe"' in html
    plain = CheckPostApp(resources=resources(case_studies_app=False, lessons_app=False))
    plain.draft.value = "Tell us about your time here! #WestshireStories"
    assert "case_studies.ipynb" not in page(plain) and "lessons.ipynb" not in page(plain)


def test_sources_are_cited(app):
    app.draft.value = "Hello 🎉🎉"
    assert "Source: GCS: Accessible social media" in visible_text(app)


def test_example_and_clear_buttons(app):
    app.example.click()
    assert app.draft.value.startswith("We're looking for a young and dynamic handyman")
    assert app.kind.value == "advert"
    assert "Red: do not post this yet" in page(app)
    app.clear.click()
    assert app.draft.value == ""
    assert "Type or paste a draft above" in page(app)
    assert "What the checks found" not in page(app)


def test_prepare_a_copy_to_keep(app):
    app.draft.value = "Call Dave on 07700 900123"
    assert app.keep.layout.display is None
    app.prepare.click()
    link = app.download.value
    assert 'download="post-check.md"' in link and "Save post-check.md" in link
    payload = base64.b64decode(re.search(r"base64,([^\"]+)", link).group(1)).decode()
    assert payload.startswith("Verdict: Amber")
    assert payload.endswith("Call Dave on 07700 900123")
    app.draft.value = ""
    assert app.download.value == "" and app.keep.layout.display == "none"


def test_a_failure_shows_words_and_keeps_the_draft(app, monkeypatch, caplog):
    def broken(*_args, **_kwargs):
        raise RuntimeError("checker exploded")

    monkeypatch.setattr(app_module, "check_post", broken)
    app.draft.value = "My carefully typed draft"
    assert "Sorry, something went wrong while checking the draft" in page(app)
    assert "Nothing you typed has been lost" in page(app)
    assert "exploded" not in page(app) and "exploded" in caplog.text
    assert app.draft.value == "My carefully typed draft"


def test_the_real_course_gives_channels_and_links():
    app = CheckPostApp()
    assert "could not open" not in page(app)
    ids = [c.id for c in app.resources.channels]
    assert "x" in ids and "bluesky" in ids and "linkedin" in ids


def test_debouncer_runs_once_after_typing_pauses():
    calls = []
    debouncer = Debouncer(lambda: calls.append(1), delay=0.01)

    async def type_quickly():
        for _ in range(5):
            debouncer.trigger()
        assert debouncer.pending and calls == []
        while debouncer.pending:
            await asyncio.sleep(0.005)

    asyncio.run(type_quickly())
    assert calls == [1]
    debouncer.trigger()  # no running loop: straight away
    assert calls == [1, 1]


def test_the_example_never_loses_a_typed_draft(app):
    assert app.restore.layout.display == "none"
    app.draft.value = "My own draft about our #SocialWorkJobs"
    app.example.click()
    assert app.draft.value.startswith("We're looking for a young and dynamic handyman")
    assert app.restore.layout.display is None
    assert "Your own draft is kept" in page(app) and 'role="status"' in app.status.value
    app.restore.click()
    assert app.draft.value == "My own draft about our #SocialWorkJobs"
    assert app.kind.value == "post"  # the example made it an advert; that is undone too
    assert app.restore.layout.display == "none"
    assert "Your draft is back" in page(app)
    assert "Green: nothing to fix" in page(app)  # and it was checked again


def test_clearing_can_be_undone(app):
    app.kind.value = "advert"
    app.draft.value = "Advert for a social worker. We are an equal opportunities employer."
    app.clear.click()
    assert app.draft.value == "" and "The draft is cleared" in page(app)
    app.restore.click()
    assert app.draft.value.startswith("Advert for a social worker")
    assert app.kind.value == "advert"


def test_nothing_to_keep_means_no_bring_back_button(app):
    app.example.click()
    app.clear.click()  # clearing the example itself keeps nothing
    assert app.restore.layout.display == "none"
    assert "Bring back" not in app.status.value
