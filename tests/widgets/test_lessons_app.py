"""The lessons app driven without a browser: read, answer, save, resume, export, delete."""

from __future__ import annotations

import base64
import io
import re
from datetime import UTC, datetime

import ipywidgets as widgets
import pytest

from firstpost.core.content import load_content
from firstpost.core.identity import Identity
from firstpost.core.learning.completion import long_date
from firstpost.core.learning.store import LearningStore
from firstpost.core.store import open_store
from firstpost.ui.lessons import LessonsApp
from firstpost.ui.lessons.quiz import QuestionView
from tests.support.widgets import walk


def visible(widget) -> bool:
    return widget.layout.display != "none"


def page_text(app) -> str:
    return " ".join(w.value for w in walk(app) if isinstance(w, widgets.HTML) and visible(w))


def button(app, description: str) -> widgets.Button:
    for widget in walk(app):
        if isinstance(widget, widgets.Button) and widget.description == description:
            return widget
    found = [w.description for w in walk(app) if isinstance(w, widgets.Button)]
    raise LookupError(f"no button {description!r}; buttons: {found}")


def text_input(app, description: str) -> widgets.Text:
    return next(
        w for w in walk(app) if isinstance(w, widgets.Text) and w.description == description
    )


def questions(app) -> list[QuestionView]:
    return [w for w in walk(app) if isinstance(w, QuestionView)]


@pytest.fixture
def store():
    return LearningStore(open_store())


def open_app(store, query="", identity=None) -> LessonsApp:
    return LessonsApp(store=store, query=query, identity=identity)


def personal_code(app) -> str:
    match = re.search(r"learner=([a-z0-9-]{14})", page_text(app))
    assert match, "no personal link on the page"
    return match.group(1)


def test_overview_lists_every_episode_with_time_and_progress(store):
    app = open_app(store)
    text = page_text(app)
    assert text.count("<h1>") == 1 and "<h1>Self-paced course</h1>" in text
    content = load_content()
    for number, episode in enumerate(content.episodes, start=1):
        assert f"<h3>{number}. {episode.title}" in text.replace("&#x27;", "'")
        button(app, f"Start episode {number}")
    assert f"0 of {len(content.episodes)} episodes done" in text
    assert "Save your progress" in text


def test_deep_link_opens_the_episode_and_hides_instructor_notes(store):
    app = open_app(store, "episode=staying-safe")
    text = page_text(app)
    assert "Episode 5: Staying safe" in text
    assert "Notes for facilitators" not in text
    assert "Figures in this episode" in text and "Sources" in text
    facilitator = open_app(store, "episode=staying-safe&mode=facilitator")
    assert "Notes for facilitators" in page_text(facilitator)


def test_unknown_episode_and_bad_code_get_friendly_messages(store):
    app = open_app(store, "episode=nope&learner=<script>")
    text = page_text(app)
    assert "does not have" in text and "does not look like a personal code" in text
    assert "<script>" not in text
    assert "The course" in text  # the overview is still there to choose from


def test_episode_one_shows_the_articles_weak_figures_with_their_status(store):
    text = page_text(open_app(store, "episode=why-social-media"))
    for value in ("3%", "10%", "87%"):
        assert re.search(
            rf"<strong class='fp-figure-value'>{re.escape(value)}</strong> "
            r"<span class='fp-badge fp-badge--disputed'>Disputed</span>",
            text,
        ), value
    assert re.search(r"78%</strong> <span class='fp-badge fp-badge--reported'>Reported", text)
    assert re.search(r"65%</strong> <span class='fp-badge fp-badge--reported'>Reported", text)


def test_solution_is_hidden_until_asked_for(store):
    app = open_app(store, "episode=why-social-media")
    assert "Model answer" not in page_text(app)
    toggle = button(app, "Show the model answer to challenge 1")
    toggle.click()
    assert "Model answer" in page_text(app)
    assert toggle.description == "Hide the model answer to challenge 1"


def test_wrong_then_right_answer_with_feedback_and_score(store):
    app = open_app(store, "episode=why-social-media")
    first = questions(app)[0]
    first.radios.value = 0  # "Verified": wrong
    button(app, "Check answer 1").click()
    text = page_text(app)
    assert "Not quite" in text and "Your choice, not right" in text
    assert "Quiz so far: 0 of 6" in text
    first.radios.value = 2  # "Disputed": right
    button(app, "Check answer 1").click()
    text = page_text(app)
    assert "Correct." in text and "Your choice, right" in text
    assert "Quiz so far: 1 of 6" in text


def test_nothing_chosen_is_a_gentle_prompt_not_an_error(store):
    app = open_app(store, "episode=why-social-media")
    button(app, "Check answer 2").click()
    assert "Choose at least one answer first." in page_text(app)


def test_name_once_then_progress_is_kept_and_resumed_by_personal_link(store):
    app = open_app(store, "episode=why-social-media")
    questions(app)[0].radios.value = 2
    button(app, "Check answer 1").click()  # answered as a guest
    text_input(app, "Your name").value = "Sam <i>Patel</i>"
    button(app, "Start saving my progress").click()
    text = page_text(app)
    assert "Welcome, Sam &lt;i&gt;Patel&lt;/i&gt;" in text
    code = personal_code(app)
    button(app, "Mark this episode as done").click()
    assert "You marked this episode as done" in page_text(app)

    again = open_app(store, f"learner={code}")  # a new page, a new kernel
    text = page_text(again)
    assert "Welcome back" in text and "1 of 6 episodes done" in text
    assert "Quiz: 1 of 6 right" in text
    button(again, "Open episode 1 again").click()
    assert questions(again)[0].radios.value == 2
    assert "Your saved answer: Correct." in page_text(again)


def test_code_can_be_typed_instead_of_using_the_link(store):
    first = open_app(store)
    text_input(first, "Your name").value = "Ana"
    button(first, "Start saving my progress").click()
    code = personal_code(first)
    second = open_app(store)
    text_input(second, "Personal code").value = code.upper()
    button(second, "Carry on from my code").click()
    assert "Welcome back, Ana" in page_text(second)
    assert "Personal code" not in [
        w.description for w in walk(second) if isinstance(w, widgets.Text)
    ]
    assert "Learning as <strong>Ana</strong>" in page_text(second)


def test_unknown_code_offers_a_fresh_start(store):
    app = open_app(store, "learner=k7mp-q2xa-9fth")
    text = page_text(app)
    assert "could not find any progress" in text
    text_input(app, "Your name").value = "Ana"
    button(app, "Start saving my progress").click()
    assert "Welcome, Ana" in page_text(app)


def test_empty_name_is_refused_kindly(store):
    app = open_app(store)
    button(app, "Start saving my progress").click()
    assert "Type your name first" in page_text(app)


def test_hub_user_needs_no_name(store):
    hub = Identity(key="hub:ana", display_name="ana", source="hub")
    app = open_app(store, identity=hub)
    text = page_text(app)
    assert "Signed in as <strong>ana</strong>" in text and "Your name" not in text
    button(app, "Start episode 2").click()
    button(app, "Mark this episode as done").click()
    assert "1 of 6 episodes done" in page_text(open_app(store, identity=hub))


def test_records_can_be_seen_exported_and_deleted(store):
    app = open_app(store)
    text_input(app, "Your name").value = "Sam Patel"
    button(app, "Start saving my progress").click()
    code = personal_code(app)
    button(app, "Start episode 1").click()
    button(app, "Mark this episode as done").click()
    button(app, "My records").click()
    text = page_text(app)
    assert "What is saved about you" in text and "Sam Patel" in text
    assert "Why social media in public-sector HR?" in text

    button(app, "Prepare my record as a web page (.html)").click()
    html_page = decode_download(page_text(app), "Record-of-completion-Sam-Patel.html")
    assert "Record of completion" in html_page and "1 of 6" in html_page
    button(app, "Prepare my record as a Word document (.docx)").click()
    docx = decode_download(page_text(app), "Record-of-completion-Sam-Patel.docx", text=False)
    assert docx[:2] == b"PK"

    button(app, "Delete all my records").click()
    button(app, "Yes, delete all my records").click()
    assert "All your records are deleted" in page_text(app)
    assert "could not find any progress" in page_text(open_app(store, f"learner={code}"))


def test_records_view_for_a_guest_says_nothing_is_kept(store):
    app = open_app(store)
    button(app, "My records").click()
    assert "Nothing is saved about you" in page_text(app)


def test_links_to_other_episodes_carry_the_personal_code(store):
    app = open_app(store, "episode=why-social-media")
    text_input(app, "Your name").value = "Ana"
    button(app, "Start saving my progress").click()
    code = personal_code(app)
    assert f'href="lessons.ipynb?learner={code}&amp;episode=staying-safe"' in page_text(app)


def decode_download(page: str, filename: str, text: bool = True):
    match = re.search(rf'download="{re.escape(filename)}" href="data:[^;]+;base64,([^"]+)"', page)
    assert match, f"no download link for {filename}"
    data = base64.b64decode(match.group(1))
    return data.decode("utf-8") if text else data


def test_episode_lists_its_case_studies_and_sources(store):
    content = load_content()
    episode = content.episode("staying-safe")
    text = page_text(open_app(store, "episode=staying-safe"))
    assert "Case studies for this episode" in text
    for case_id in episode.meta.case_studies:
        assert f"case_studies.ipynb?case={case_id}" in text
    for source_id in episode.meta.sources:
        assert content.source(source_id).publisher.replace("'", "&#x27;") in text


def test_course_with_no_episodes_says_so_instead_of_failing(store, tmp_path):
    from firstpost.core.content.loader import build_content

    (tmp_path / "config.yaml").write_text("title: Empty\nepisodes: []\n", encoding="utf-8")
    app = LessonsApp(store=store, query="", content=build_content(tmp_path))
    assert "no episodes to show yet" in page_text(app)


def test_episode_header_keeps_the_audience_as_written(store):
    text = page_text(open_app(store, "episode=why-social-media"))
    assert "Written for: HR staff in councils" in text
    assert "hR staff" not in text


def test_word_record_opens_and_names_the_learner_and_the_episode_done(store):
    from docx import Document

    app = open_app(store, "episode=why-social-media")
    text_input(app, "Your name").value = "Siân Ó Dálaigh"
    button(app, "Start saving my progress").click()
    questions(app)[0].radios.value = 0  # wrong first ...
    button(app, "Check answer 1").click()
    questions(app)[0].radios.value = 2  # ... then right
    button(app, "Check answer 1").click()
    button(app, "Mark this episode as done").click()
    button(app, "My records").click()
    text = page_text(app)
    assert "1 right at the latest try, 0 right at the first try" in text
    assert "no activity for 12 months" in text
    button(app, "Prepare my record as a Word document (.docx)").click()
    data = decode_download(page_text(app), "Record-of-completion-Sian-O-Dalaigh.docx", text=False)
    doc = Document(io.BytesIO(data))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    assert "Siân Ó Dálaigh" in cells
    assert "1 of 6" in cells
    row = cells.index("Why social media in public-sector HR?")
    assert cells[row + 2 : row + 5] == [
        "Done",
        long_date(datetime.now(UTC).date()),
        "1 of 6 right (0 right first time)",
    ]


def test_guests_are_told_what_is_kept_and_for_how_long(store):
    text = page_text(open_app(store))
    assert "We keep only your name" in text and "no activity for 12 months" in text


def hostile_episode(episode):
    """The episode with HTML in every field the reader shows: the loader refuses such
    files, and this checks the reader would not trust them either."""
    tag = "<img src=x onerror=alert(1)>"

    def block(part):
        if getattr(part, "quiz", None) is None:
            return part
        questions = tuple(
            q.model_copy(
                update={
                    "prompt": q.prompt + tag,
                    "options": tuple(
                        o.model_copy(update={"feedback": o.feedback + tag}) for o in q.options
                    ),
                }
            )
            for q in part.quiz.questions
        )
        return part.model_copy(
            update={"quiz": part.quiz.model_copy(update={"questions": questions})}
        )

    meta = episode.meta.model_copy(
        update={
            "title": episode.meta.title + tag,
            "audience": episode.meta.audience + tag,
            "objectives": [o + tag for o in episode.meta.objectives],
            "keypoints": [k + tag for k in episode.meta.keypoints],
        }
    )
    return episode.model_copy(update={"meta": meta, "body": tuple(block(p) for p in episode.body)})


def test_html_in_any_lesson_field_is_shown_as_text_never_run(store):
    import dataclasses

    content = load_content()
    hostile = tuple(hostile_episode(e) for e in content.episodes)
    app = LessonsApp(store=store, query="", content=dataclasses.replace(content, episodes=hostile))
    overview = page_text(app)
    button(app, "Start episode 1").click()
    first = questions(app)[0]
    first.radios.value = 0
    button(app, "Check answer 1").click()
    html_shown = overview + page_text(app)
    assert "<img" not in html_shown
    # title, audience, objectives, key points, the question and the feedback shown
    assert html_shown.count("&lt;img src=x onerror=alert(1)&gt;") >= 6


def test_personal_link_is_marked_for_the_address_bar(store):
    """The template can copy the marked link into the address bar, so reloading keeps
    progress; only the learner's own link carries the mark."""
    app = open_app(store)
    assert "data-fp-personal-link" not in page_text(app)
    text_input(app, "Your name").value = "Ana"
    button(app, "Start saving my progress").click()
    code = personal_code(app)
    marked = re.findall(r'<a href="([^"]+)" data-fp-personal-link>', page_text(app))
    assert marked == [f"lessons.ipynb?learner={code}"]
