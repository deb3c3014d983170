"""A learner takes the self-paced course in a real browser and comes back to it later."""

from __future__ import annotations

from contextlib import contextmanager
from urllib.parse import urljoin

from playwright.sync_api import expect

from tests.support.pages import error_texts, serious_axe_violations, wait_for_app


def open_lessons(page, kit_server, query: str = "") -> None:
    page.goto(kit_server.app_url("lessons.ipynb", query), wait_until="commit")
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name="Self-paced course")).to_be_visible()


@contextmanager
def another_browser_session(page):
    """A fresh browser context: no cookies or storage, as after closing the browser.
    Its page is watched for the same errors as the `page` fixture's."""
    context = page.context.browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(60_000)
    other = context.new_page()
    problems: list[str] = []
    other.on("pageerror", lambda error: problems.append(str(error)))
    other.on("console", lambda m: m.type == "error" and problems.append(m.text))
    try:
        yield other
    finally:
        other.goto("about:blank")  # fires Voilà's kernel shutdown
        context.close()
    assert problems == []


def test_answer_wrongly_then_rightly_mark_done_and_resume_in_a_new_browser_session(
    page, kit_server
):
    open_lessons(page, kit_server)
    assert serious_axe_violations(page) == []

    page.get_by_label("Your name").fill("Journey Learner")
    page.get_by_role("button", name="Start saving my progress").click()
    expect(page.get_by_text("Welcome, Journey Learner.")).to_be_visible()
    personal_link = page.get_by_role("link", name="my personal link to this course")
    href = personal_link.get_attribute("href")
    assert href and href.startswith("lessons.ipynb?learner=")

    page.get_by_role("button", name="Start episode 1").click()
    expect(
        page.get_by_role("heading", name="Episode 1: Why social media in public-sector HR?")
    ).to_be_visible()
    expect(page.get_by_text("Written for: HR staff in councils")).to_be_visible()
    page.get_by_role("radio", name="Verified").check()
    page.get_by_role("button", name="Check answer 1").click()
    expect(page.get_by_text("Not quite. Read why below, then try again.")).to_be_visible()
    page.get_by_role("radio", name="Disputed").check()
    page.get_by_role("button", name="Check answer 1").click()
    expect(page.get_by_text("Correct.", exact=True)).to_be_visible()
    expect(page.get_by_text("Quiz so far: 1 of 6 questions right")).to_be_visible()
    page.get_by_role("button", name="Mark this episode as done").click()
    expect(page.get_by_text("You marked this episode as done on")).to_be_visible()
    assert serious_axe_violations(page) == []

    # The browser is closed; days later the learner opens their bookmark: a new browser
    # session (no cookies, nothing stored), a new kernel.
    bookmark = urljoin(page.url, href)
    with another_browser_session(page) as later:
        later.goto(bookmark, wait_until="commit")
        wait_for_app(later)
        expect(later.get_by_text("Welcome back, Journey Learner.")).to_be_visible()
        expect(later.get_by_text("1 of 6 episodes done.")).to_be_visible()
        expect(later.get_by_role("button", name="Carry on with Recruiting through")).to_be_visible()
        # ... and reloads the page: still theirs.
        later.reload(wait_until="commit")
        wait_for_app(later)
        expect(later.get_by_text("1 of 6 episodes done.")).to_be_visible()
        later.get_by_role("button", name="Open episode 1 again").click()
        expect(later.get_by_role("radio", name="Disputed")).to_be_checked()
        expect(later.get_by_text("Your saved answer: Correct.")).to_be_visible()
        expect(later.get_by_role("button", name="Mark this episode as not done")).to_be_visible()
        assert error_texts(later) == []


def test_record_of_completion_downloads_as_word_and_web_page_and_opens(page, kit_server, tmp_path):
    from docx import Document

    open_lessons(page, kit_server)
    page.get_by_label("Your name").fill("Siân Download")
    page.get_by_role("button", name="Start saving my progress").click()
    expect(page.get_by_text("Welcome, Siân Download.")).to_be_visible()
    page.get_by_role("button", name="Start episode 3").click()
    page.get_by_role("button", name="Mark this episode as done").click()
    expect(page.get_by_text("You marked this episode as done on")).to_be_visible()
    page.get_by_role("button", name="My records").click()
    expect(page.get_by_role("heading", name="What is saved about you")).to_be_visible()
    assert serious_axe_violations(page) == []

    page.get_by_role("button", name="Prepare my record as a Word document (.docx)").click()
    with page.expect_download() as word:
        page.get_by_role("link", name="Save Record-of-completion-Sian-Download.docx").click()
    assert word.value.suggested_filename == "Record-of-completion-Sian-Download.docx"
    saved = tmp_path / word.value.suggested_filename
    word.value.save_as(saved)
    doc = Document(str(saved))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    assert "Siân Download" in cells and "1 of 6" in cells
    row = cells.index("Welcoming new starters with social tools")
    assert cells[row + 2] == "Done"

    page.get_by_role("button", name="Prepare my record as a web page (.html)").click()
    with page.expect_download() as web:
        page.get_by_role("link", name="Save Record-of-completion-Sian-Download.html").click()
    saved = tmp_path / web.value.suggested_filename
    web.value.save_as(saved)
    record = page.context.new_page()
    requests: list[str] = []
    record.on("request", lambda request: requests.append(request.url))
    record.goto(saved.as_uri())
    expect(record.get_by_role("heading", level=1, name="Record of completion")).to_be_visible()
    expect(record.get_by_text("Siân Download")).to_be_visible()
    expect(
        record.get_by_role("cell", name="Welcoming new starters with social tools")
    ).to_be_visible()
    assert requests == [saved.as_uri()], "the record must open with nothing fetched"
    assert serious_axe_violations(record) == []
    record.close()


def test_deep_link_opens_an_episode_usable_by_keyboard(page, kit_server):
    open_lessons(page, kit_server, "episode=staying-safe")
    expect(page.get_by_role("heading", name="Episode 5: Staying safe", exact=False)).to_be_visible()
    show = page.get_by_role("button", name="Show the model answer to challenge 1")
    show.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Model answer").first).to_be_visible()
    expect(page.get_by_role("button", name="Hide the model answer to challenge 1")).to_be_focused()

    first_radio = page.get_by_role("radio", name="A second named person")
    first_radio.focus()
    page.keyboard.press("Space")
    expect(first_radio).to_be_checked()
    check = page.get_by_role("button", name="Check answer 1")
    for _option in range(4):  # Tab past the other options to the question's button
        page.keyboard.press("Tab")
        if check.evaluate("button => button === document.activeElement"):
            break
    expect(check).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Two-person approval catches most slips")).to_be_visible()
    assert serious_axe_violations(page) == []


def test_unknown_episode_and_unknown_code_are_explained(page, kit_server):
    open_lessons(page, kit_server, "episode=no-such-lesson&learner=k7mp-q2xa-9fth")
    expect(
        page.get_by_text("The link asked for a lesson this course does not have")
    ).to_be_visible()
    expect(page.get_by_text("We could not find any progress saved under that code")).to_be_visible()
    expect(page.get_by_role("heading", name="The course")).to_be_visible()
    expect(page.get_by_role("button", name="Start saving my progress")).to_be_visible()
    assert error_texts(page) == []
    assert serious_axe_violations(page) == []
