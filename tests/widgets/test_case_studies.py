"""The case-study app driven without a browser: pick, decide, reveal, adopt, save, export."""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path

import ipywidgets as widgets
import pytest

from firstpost.core.content import clear_content_cache, load_content
from firstpost.core.identity import Identity
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.store import open_store
from firstpost.ui.case_studies import CaseStudiesApp
from firstpost.ui.case_studies.services import CaseServices
from tests.support.widgets import walk

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
LOCAL = Identity(key="local:workshop", display_name="workshop", source="local")
HUB = Identity(key="hub:ana", display_name="ana", source="hub")


def visible(widget, root) -> bool:
    """False if the widget or any box holding it is hidden (display: none)."""

    def path(node, target):
        if node is target:
            return [node]
        for child in getattr(node, "children", ()):
            found = path(child, target)
            if found:
                return [node, *found]
        return []

    return all(
        getattr(getattr(n, "layout", None), "display", None) != "none" for n in path(root, widget)
    )


def button(app, prefix: str) -> widgets.Button:
    for widget in walk(app):
        if isinstance(widget, widgets.Button) and widget.description.startswith(prefix):
            return widget
    raise LookupError(prefix)


def page_text(app, only_visible: bool = True, raw: bool = False) -> str:
    """The HTML on the page; entities decoded unless `raw`, to check escaping."""
    text = " ".join(
        w.value
        for w in walk(app)
        if isinstance(w, widgets.HTML) and (not only_visible or visible(w, app))
    )
    return text if raw else html.unescape(text)


def textareas(app) -> list[widgets.Textarea]:
    return [w for w in walk(app) if isinstance(w, widgets.Textarea)]


@pytest.fixture(scope="module")
def content():
    clear_content_cache()
    return load_content(LESSONS)


def make_app(content, identity=LOCAL, query: str = "", **services) -> CaseStudiesApp:
    return CaseStudiesApp(
        services=CaseServices(
            content=content, identity=identity, facilitator="facilitator" in query, **services
        )
    )


@pytest.fixture
def app(content):
    return make_app(content)


def open_mcd(app) -> None:
    button(app, "Open #McDStories").click()


def test_opens_on_cards_with_title_year_and_kind(app, content):
    text = page_text(app)
    assert text.count("<h1>") == 1 and "<h1>Learn from case studies</h1>" in text
    opens = [
        w for w in walk(app) if isinstance(w, widgets.Button) and w.description.startswith("Open ")
    ]
    assert len(opens) == len(content.case_studies) >= 8
    assert "<h3>#McDStories</h3>" in text and "Cautionary tale</span> 2012" in text
    assert "What worked</span> 2014" in text
    assert "Facilitator notes" not in page_text(app, only_visible=False)
    name = next(
        w for w in walk(app) if isinstance(w, widgets.Text) and not isinstance(w, widgets.Textarea)
    )
    assert name.description == "Your name"


def test_decide_before_the_reveal_then_see_feedback_and_the_next_event(app):
    open_mcd(app)
    assert "What would you do?" in page_text(app)
    assert "Step 1 of 10" in page_text(app)
    button(app, "Reveal what happened next").click()
    assert "Choose one of the options above first" in page_text(app)
    assert "Step 1 of 10" in page_text(app)

    choice = button(app, "B. No. Ask a few people")
    choice.click()
    assert choice.description.endswith("(your choice)")
    assert "You chose B:" in page_text(app) and "decide what appears under" in page_text(app)

    button(app, "Reveal what happened next").click()
    text = page_text(app)
    assert "Step 2 of 10" in text
    assert "McDonald's starts paying Twitter (now X) to promote" in text
    assert "Revealed event 1, about 18 Jan 2012" in text
    assert 'alt="Timeline so far of #McDStories.' in text and "<td>the start</td>" in text
    # the figures and lessons wait until the story is told
    assert "3%" not in text
    assert "appear once the story has been told" in text


def test_whole_story_shows_the_disputed_3pc_with_its_reason(app):
    open_mcd(app)
    button(app, "Show the whole story").click()
    text = page_text(app)
    assert "How it ended" in text and "News coverage around the world" in text
    three = re.search(
        r'fp-cs-value">3%</span> <span class="fp-badge fp-badge--disputed">Disputed</span>', text
    )
    assert three
    assert "Why disputed:</strong> The only link found is Know Your Meme" in text
    assert "Decision skipped: Your team wants people to share good memories" in text
    assert not visible(app.case_view.story.next_button, app)  # nothing left to reveal


def test_add_a_control_to_the_plan_the_planner_offers(app, content):
    from firstpost.ui.planner.sources import handover_starters

    open_mcd(app)
    button(app, "Show the whole story").click()
    add = button(app, "Add to my plan's risk register: No open hashtag campaigns")
    add.click()
    assert add.description == "Added to my plan's risk register: No open hashtag campaigns"
    assert "Added “No open hashtag campaigns” to your plan's risk register" in page_text(app)
    add.click()
    assert "is already in your plan's risk register" in page_text(app)

    repo = PlanRepository(open_store())
    ((label, plan, _message),) = handover_starters(repo, "local:workshop")
    assert label == "Start from my case-study controls"
    assert [(r.case_study, r.control[:28]) for r in plan.risks] == [
        ("mcdstories", "Do not run hashtag campaigns")
    ]
    # a new page shows the control as already added
    again = make_app(content)
    open_mcd(again)
    assert button(again, "Added to my plan's risk register: No open hashtag campaigns")


def name_box(app) -> widgets.Text:
    return next(w for w in walk(app) if type(w) is widgets.Text)


def saved_under(name: str, case_id: str = "mcdstories"):
    """What the store holds for a name typed on this machine's account."""
    from firstpost.core.case_studies.answer_store import AnswerStore, person_key

    key, _ = person_key(LOCAL, name)
    return AnswerStore(open_store()).load(key, case_id)


def test_save_needs_a_name_then_answers_come_back_in_a_new_page(app, content):
    open_mcd(app)
    button(app, "C. Yes, but watch").click()
    assert "Not saved yet: type your name at the top" in page_text(app)
    button(app, "Show the whole story").click()
    textareas(app)[0].value = "We would <never> do this."
    button(app, "Save my answers").click()
    assert "Type your name first" in page_text(app)
    assert saved_under("Sam <Patel>") is None

    name_box(app).value = "Sam <Patel>"
    button(app, "Save my answers").click()
    assert "Saved your answers to “#McDStories” as Sam &lt;Patel&gt;" in page_text(app, raw=True)

    # Typing the same name (any case or spacing) before opening the case brings it all back.
    fresh = make_app(content)
    name_box(fresh).value = "  sam <patel> "
    open_mcd(fresh)
    assert textareas(fresh)[0].value == "We would <never> do this."
    assert "are back. Carry on where you left off." in page_text(fresh)
    assert "How it ended" in page_text(fresh)  # back where they left off
    button(fresh, "Start the story again").click()
    assert button(fresh, "C. Yes, but watch").description.endswith("(your choice)")


def test_answers_are_saved_as_you_go_once_the_name_is_known(app, content):
    name_box(app).value = "Ana"
    open_mcd(app)
    button(app, "B. No. Ask a few people").click()
    assert saved_under("Ana").answers.choice_map == {0: 1}
    assert "Saved as you go under Ana" in page_text(app)
    button(app, "Show the whole story").click()
    textareas(app)[1].value = "Ask the comms team who watches at weekends."
    saved = saved_under("Ana").answers
    assert saved.position > 0
    assert saved.reflections[1].text == "Ask the comms team who watches at weekends."
    button(app, "Add to my plan's risk register: No open hashtag campaigns").click()
    assert saved_under("Ana").answers.controls == ("no-open-hashtags",)

    # Nothing was pressed to save, and a new page (a closed tab, a lost connection) has it all.
    again = make_app(content)
    name_box(again).value = "ana"
    open_mcd(again)
    assert textareas(again)[1].value == "Ask the comms team who watches at weekends."


def test_a_name_typed_later_never_overwrites_answers_saved_earlier(content):
    first = make_app(content)
    name_box(first).value = "Sam"
    open_mcd(first)
    button(first, "Show the whole story").click()
    textareas(first)[0].value = "Written last week."

    app = make_app(content)
    open_mcd(app)
    name_box(app).value = "Sam"  # typed after the case was opened
    button(app, "A. Yes. Promote").click()
    text = page_text(app)
    assert "Answers to “#McDStories” were saved under Sam on" in text
    assert "They are kept as they were" in text
    assert saved_under("Sam").answers.reflections[0].text == "Written last week."
    assert saved_under("Sam").answers.choice_map == {}

    button(app, "Bring back my saved answers").click()
    assert textareas(app)[0].value == "Written last week."
    assert "Brought back the answers you saved on" in page_text(app)
    textareas(app)[0].value = "Written last week, and again today."
    assert saved_under("Sam").answers.reflections[0].text == "Written last week, and again today."


def test_going_back_to_the_cards_keeps_what_was_typed(app):
    open_mcd(app)
    button(app, "B. No. Ask a few people").click()
    button(app, "Show the whole story").click()
    textareas(app)[0].value = "Not saved anywhere yet."
    button(app, "Presentation view (large type)").click()
    button(app, "Back to all cases").click()
    assert "fp-cs-presenting" not in app._dom_classes and visible(app.intro, app)
    button(app, "Open The Chrysler tweet").click()
    button(app, "Back to all cases").click()
    open_mcd(app)
    assert textareas(app)[0].value == "Not saved anywhere yet."
    assert "How it ended" in page_text(app)
    assert button(app, "Presentation view (large type)")  # left presentation view


def test_the_next_person_on_a_shared_machine_sees_their_own_answers(app):
    name_box(app).value = "Sam"
    open_mcd(app)
    button(app, "Show the whole story").click()
    textareas(app)[0].value = "Sam's note."
    button(app, "Back to all cases").click()
    name_box(app).value = "Ana"
    open_mcd(app)
    assert textareas(app)[0].value == ""
    assert saved_under("Ana") is None  # nothing of Sam's was copied under Ana
    button(app, "Back to all cases").click()
    name_box(app).value = "Sam"
    open_mcd(app)
    assert textareas(app)[0].value == "Sam's note."


def test_response_time_and_related_figures_are_labelled_honestly(app):
    open_mcd(app)
    assert "Time to respond" not in page_text(app)  # not before the group has decided
    button(app, "Show the whole story").click()
    text = page_text(app)
    assert "Time to respond:</strong> McDonald's says its team saw the problem within" in text
    assert "<td>within an hour</td>" in text and "<td>under 2 hours</td>" in text
    disputed, reported = text.split('fp-cs-figure--reported">', 1)
    assert "What the sources do show:" in disputed
    assert "What the sources do show:" not in reported and "Related figures:" in reported


def test_nothing_saved_yet_is_said_plainly(app):
    next(w for w in walk(app) if type(w) is widgets.Text).value = "Nobody"
    open_mcd(app)
    button(app, "Bring back my saved answers").click()
    assert "There are no saved answers to “#McDStories” under Nobody yet." in page_text(app)


def test_download_holds_the_answers_with_typed_text_escaped(app):
    next(w for w in walk(app) if type(w) is widgets.Text).value = "Sam"
    open_mcd(app)
    button(app, "A. Yes. Promote").click()
    button(app, "Show the whole story").click()
    textareas(app)[1].value = "<img src=x onerror=alert(1)>"
    button(app, "Prepare a download of my answers").click()
    text = page_text(app)
    link = re.search(
        r'download="mcdstories-answers.md" href="data:text/markdown;base64,([^"]+)"', text
    )
    assert link and 'download="mcdstories-answers.json"' in text
    assert 'download="mcdstories-answers.docx"' in text and "as a Word document (.docx)" in text
    record = base64.b64decode(link.group(1)).decode()
    assert record.startswith("# Case study review: #McDStories")
    assert "Answers of Sam." in record and "You chose A: Yes. Promote" in record
    assert "&lt;img src=x onerror=alert(1)&gt;" in record and "<img" not in record


def test_facilitator_mode_shows_notes_with_every_option(content):
    app = make_app(content, query="mode=facilitator")
    assert "Facilitator mode" in page_text(app)
    open_mcd(app)
    text = page_text(app)
    assert "<h3>Facilitator notes</h3>" in text and "Allow about 37 minutes" in text
    assert "C. Yes, but watch the hashtag closely" in text and "Feedback: Watching helps" in text
    assert "3% (disputed): The only link found" in text


def test_presentation_view_keeps_only_the_story_in_large_type(app):
    open_mcd(app)
    toggle = button(app, "Presentation view (large type)")
    toggle.click()
    view = app.case_view
    assert "fp-cs-present" in view._dom_classes and "fp-cs-presenting" in app._dom_classes
    assert toggle.description == "Leave presentation view"
    assert not visible(view.save_panel, app) and not visible(view.timeline, app)
    assert not visible(app.intro, app)
    assert "What would you do?" in page_text(app)
    toggle.click()
    assert "fp-cs-present" not in view._dom_classes and visible(view.save_panel, app)


def test_header_gives_the_month_and_says_when_channels_are_unknown(content):
    import dataclasses

    police = content.case_study("police-scotland-facebook-chat")
    silent = police.model_copy(
        update={"channels": (), "channels_note": "The sources do not name the channels."}
    )
    app = make_app(dataclasses.replace(content, case_studies=(silent,)))
    button(app, f"Open {police.title}").click()
    assert "Channels: The sources do not name the channels." in page_text(app)
    app = make_app(content)
    button(app, "Open Monmouthshire opens social media").click()
    assert "Monmouthshire County Council · Jan 2011 · Channels: X" in page_text(app)


def test_back_to_all_cases(app):
    open_mcd(app)
    button(app, "Back to all cases").click()
    assert button(app, "Open The Chrysler tweet") and app.case_view is None


def test_hub_user_saves_without_a_name_and_gets_answers_back_on_opening(content):
    app = make_app(content, identity=HUB)
    assert not any(type(w) is widgets.Text for w in walk(app))
    button(app, "Open The Domino's video").click()
    button(app, "Next: what would you do?").click()
    button(app, "B. Post a short").click()
    button(app, "Save my answers").click()
    assert "as ana" in page_text(app)

    again = make_app(content, identity=HUB)
    button(again, "Open The Domino's video").click()
    assert "Your answers saved on" in page_text(again) and "are back" in page_text(again)
    assert button(again, "B. Post a short").description.endswith("(your choice)")


def test_a_failing_store_is_explained_and_typed_text_stays(content):
    def broken():
        raise RuntimeError("database gone")

    app = make_app(content, answers_factory=broken)
    next(w for w in walk(app) if type(w) is widgets.Text).value = "Sam"
    open_mcd(app)
    assert "could not be brought back just now" in page_text(app)
    choice = button(app, "B. No. Ask a few people")
    choice.click()  # saving as you go fails; the choice still counts
    assert choice.description.endswith("(your choice)")
    assert "Your answers could not be saved just now. They are still on screen" in page_text(app)
    button(app, "Show the whole story").click()
    textareas(app)[0].value = "keep me"
    button(app, "Save my answers").click()
    assert "Sorry, something went wrong while saving your answers" in page_text(app)
    assert textareas(app)[0].value == "keep me"


def test_without_a_confirmed_identity_controls_cannot_reach_the_planner(content):
    app = CaseStudiesApp(
        services=CaseServices(content=content, identity=None, identity_problem="The hub is down.")
    )
    assert "The hub is down." in page_text(app)
    open_mcd(app)
    button(app, "Show the whole story").click()
    add = button(app, "Add to my plan's risk register: No open hashtag campaigns")
    add.click()
    assert "The control could not be added to your plan. The hub is down." in page_text(app)
    assert add.description.startswith("Add to")
    assert "Not saved yet: The hub is down." in page_text(app)


def test_every_case_opens_and_can_be_told_to_the_end(app, content):
    for case in content.case_studies:
        button(app, "Back to all cases").click() if app.case_view else None
        button(app, f"Open {case.title}").click()
        button(app, "Show the whole story").click()
        text = page_text(app)
        assert "How it ended" in text and "Lessons, and the controls" in text, case.id
        assert all(
            isinstance(w, widgets.Button) and w.description
            for w in walk(app)
            if isinstance(w, widgets.Button)
        )


def test_a_link_with_a_case_id_opens_that_case():
    from firstpost.ui.case_studies import CaseStudiesApp

    app = CaseStudiesApp(query="case=chrysler-tweet")
    assert app.case_view is not None
    assert app.case_view.case.id == "chrysler-tweet"


def test_a_link_with_an_unknown_case_id_shows_the_list_and_says_so():
    from firstpost.ui.case_studies import CaseStudiesApp

    app = CaseStudiesApp(query="case=<script>alert(1)</script>")
    assert app.case_view is None
    assert "does not have" in app.status.value
    assert "<script>" not in app.status.value
