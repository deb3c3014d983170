"""A learner takes the self-paced course in a real browser and comes back to it later."""

from __future__ import annotations

from playwright.sync_api import expect
from tests.support.pages import error_texts, serious_axe_violations, wait_for_app


def open_lessons(page, kit_server, query: str = "") -> None:
    page.goto(kit_server.app_url("lessons.ipynb", query), wait_until="commit")
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name="Self-paced course")).to_be_visible()


def test_answer_wrongly_then_rightly_mark_done_and_resume_from_personal_link(page, kit_server):
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

    # Closing the browser and coming back through the bookmark: a new page, a new kernel.
    personal_link.click()
    wait_for_app(page)
    expect(page.get_by_text("Welcome back, Journey Learner.")).to_be_visible()
    expect(page.get_by_text("1 of 6 episodes done.")).to_be_visible()
    page.get_by_role("button", name="Open episode 1 again").click()
    expect(page.get_by_role("radio", name="Disputed")).to_be_checked()
    expect(page.get_by_text("Your saved answer: Correct.")).to_be_visible()
    expect(page.get_by_role("button", name="Mark this episode as not done")).to_be_visible()
    assert error_texts(page) == []


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
