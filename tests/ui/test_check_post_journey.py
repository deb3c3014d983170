"""A member of staff checks a draft at a surgery, in a real browser, by keyboard too."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.support.pages import error_texts, serious_axe_violations, wait_for_app

# Each change goes to the kernel and back; on a busy 2-core machine that can take
# longer than Playwright's default 5 s wait.
UPDATE = 30_000


def open_checker(page, kit_server) -> None:
    page.goto(kit_server.app_url("post_checker.ipynb"), wait_until="commit")
    wait_for_app(page)
    expect(page.get_by_role("heading", level=1, name="Check a draft post")).to_be_visible()


def test_findings_appear_as_you_type_with_reasons_and_links(page, kit_server):
    open_checker(page, kit_server)
    expect(page.get_by_text("Type or paste a draft above.")).to_be_visible()
    assert serious_axe_violations(page) == []

    draft = page.get_by_label("Draft post or advert")
    draft.click()
    # typed key by key: the checks wait for a pause, then run once
    draft.press_sequentially("Tell us your story! #WestshireStories sh!t", delay=5)
    verdict = page.locator(".fp-cp-verdict")
    expect(verdict).to_contain_text("Red: do not post this yet", timeout=UPDATE)
    expect(page.locator("mark.fp-cp-mark--stop").first).to_have_text("#WestshireStories")
    expect(page.get_by_role("heading", name="Must change before posting (2)")).to_be_visible()
    case_link = page.get_by_role("link", name="Case study: #McDStories").first
    expect(case_link).to_have_attribute("href", "case_studies.ipynb?case=mcdstories")

    # keyboard only: tick X with the space bar; the length is counted X's way
    page.get_by_role("checkbox", name=re.compile(r"^X\b")).focus()
    page.keyboard.press("Space")
    expect(page.get_by_role("row", name="Length on X", exact=False)).to_contain_text(
        "of 280", timeout=UPDATE
    )
    page.get_by_role("radio", name="A job advert").check()
    expect(
        page.get_by_text("does not say that you welcome applications", exact=False)
    ).to_be_visible(timeout=UPDATE)
    assert serious_axe_violations(page) == []

    draft.fill(
        "We're hiring a social worker in Westshire. Apply by 29 March. "
        "We are an equal opportunities employer. #SocialWorkJobs"
    )
    expect(verdict).to_contain_text("Green: nothing to fix", timeout=UPDATE)
    assert error_texts(page) == []


def test_example_by_keyboard_and_a_copy_to_keep(page, kit_server, tmp_path):
    open_checker(page, kit_server)
    own = "My own draft: we're hiring a social worker."
    page.get_by_label("Draft post or advert").fill(own)
    page.get_by_role("button", name="Show an example").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".fp-cp-verdict")).to_contain_text(
        "Red: do not post this yet", timeout=UPDATE
    )
    expect(page.get_by_label("Draft post or advert")).to_have_value(
        re.compile(r"^We're looking for a young and dynamic handyman")
    )
    expect(page.get_by_text("“young and dynamic”", exact=False).first).to_be_visible()
    assert serious_axe_violations(page) == []

    page.get_by_role("button", name="Prepare a copy of this check").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Save post-check.md").click()
    saved = tmp_path / "post-check.md"
    download_info.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    assert text.startswith("Verdict: Red: do not post this yet")
    assert "young and dynamic handyman" in text

    # the example did not cost the person their own draft
    expect(page.get_by_text("Your own draft is kept", exact=False)).to_be_visible()
    page.get_by_role("button", name="Bring back my draft").click()
    expect(page.get_by_label("Draft post or advert")).to_have_value(own, timeout=UPDATE)
    expect(page.get_by_role("radio", name="A social media post")).to_be_checked()
    expect(page.get_by_role("button", name="Bring back my draft")).to_be_hidden()
    assert error_texts(page) == []
