"""A workshop group reviews #McDStories in a real browser and adopts a control."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.support.pages import error_texts, serious_axe_violations, wait_for_app

# Each click is a round trip to the kernel, and the first chart imports matplotlib; on a
# busy 2-core CI machine that can take more than expect's default 5 seconds.
WAIT = 30_000


def open_cases(page, kit_server, query: str = "") -> None:
    page.goto(kit_server.app_url("case_studies.ipynb", query), wait_until="commit")
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name="Learn from case studies")).to_be_visible(
        timeout=WAIT
    )


def test_decide_reveal_see_the_disputed_figure_and_add_a_control(page, kit_server):
    open_cases(page, kit_server)
    assert page.locator("h1").count() == 1
    assert serious_axe_violations(page) == []

    page.get_by_role("button", name="Open #McDStories").click()
    expect(page.get_by_role("heading", name="What would you do?")).to_be_visible(timeout=WAIT)
    page.get_by_role("button", name="B. No. Ask a few people", exact=False).click()
    expect(page.get_by_text("You chose B:", exact=False)).to_be_visible(timeout=WAIT)
    page.get_by_role("button", name="Reveal what happened next").click()
    expect(page.get_by_text("Step 2 of 10")).to_be_visible(timeout=WAIT)
    expect(page.locator(".fp-cs-history")).to_contain_text(
        "starts paying Twitter (now X)", timeout=WAIT
    )
    expect(
        page.get_by_role("img", name="Timeline so far of #McDStories", exact=False)
    ).to_be_visible(timeout=WAIT)
    assert serious_axe_violations(page) == []

    page.get_by_role("button", name="Show the whole story").click()
    disputed = page.locator(".fp-cs-figure--disputed")
    expect(disputed).to_contain_text("3%", timeout=WAIT)
    expect(disputed.locator(".fp-badge")).to_have_text("Disputed", timeout=WAIT)
    expect(disputed).to_contain_text("timing, not cause", timeout=WAIT)
    # how long until the response: in the timeline's table and in a sentence
    expect(page.locator(".fp-cs-timeline-table")).to_contain_text("under 2 hours", timeout=WAIT)
    expect(page.locator(".fp-cs-response")).to_contain_text("under two hours", timeout=WAIT)

    page.get_by_role(
        "button", name="Add to my plan's risk register: No open hashtag campaigns"
    ).click()
    expect(
        page.get_by_role(
            "button", name="Added to my plan's risk register: No open hashtag campaigns"
        )
    ).to_be_visible(timeout=WAIT)
    expect(
        page.get_by_role("status").filter(has_text="Start from my case-study controls")
    ).to_be_visible(timeout=WAIT)
    assert serious_axe_violations(page) == []
    assert error_texts(page) == []

    # A name typed now starts saving as you go; a note is saved when the box is left.
    page.get_by_label("Your name").fill("Journey tester")
    notes = page.get_by_label("Your notes on question 1")
    notes.fill("We would ask staff for stories instead.")
    notes.press("Tab")
    expect(page.get_by_text("Saved as you go under Journey tester", exact=False)).to_be_visible(
        timeout=WAIT
    )

    # The planner now offers to start from these controls.
    page.goto(kit_server.app_url("planner.ipynb"), wait_until="commit")
    wait_for_app(page)
    expect(page.get_by_role("button", name="Start from my case-study controls")).to_be_visible(
        timeout=WAIT
    )


def test_keyboard_only_facilitator_in_presentation_view(page, kit_server):
    open_cases(page, kit_server, "mode=facilitator")
    expect(page.get_by_text("Facilitator mode", exact=False)).to_be_visible(timeout=WAIT)
    opener = page.get_by_role("button", name="Open The Domino's video")
    opener.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Facilitator notes")).to_be_visible(timeout=WAIT)

    page.get_by_role("button", name="Presentation view (large type)").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Leave presentation view")).to_be_visible(timeout=WAIT)
    expect(page.get_by_role("heading", name="Facilitator notes")).to_be_hidden(timeout=WAIT)
    size = page.locator(".fp-cs-history li").first.evaluate(
        "el => parseFloat(getComputedStyle(el).fontSize)"
    )
    assert size >= 24

    page.get_by_role("button", name="Next: what would you do?").focus()
    page.keyboard.press("Enter")
    option = page.get_by_role("button", name="A. Wait.", exact=False)
    option.focus()
    page.keyboard.press("Enter")
    story = page.locator(".fp-cs-story")
    expect(story.get_by_role("status").first).to_contain_text("You chose A: Wait.", timeout=WAIT)
    expect(story).to_contain_text("Domino's stayed quiet at first", timeout=WAIT)
    expect(option).to_be_focused(timeout=WAIT)
    assert serious_axe_violations(page) == []
