"""Hostile text in a real browser: typed, saved, reloaded and shown everywhere, it never runs.

Payloads (script tags, event handlers, `javascript:` links in HTML and Markdown,
iframes, SVG onload, Markdown and template tricks, right-to-left and zero-width
characters, a very long string) go into the planner's fields through the page and
into every other field of a saved plan through the store, into a surgery question,
a post in the post checker and a case-study answer. Each place they show is then
opened: no dialog opens, `window.__pwned` stays undefined, no element is injected
into the app, and the text reads literally.
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import expect

from firstpost.core.plan.repository import PlanRepository
from firstpost.core.settings import DATABASE_FILE, Settings
from firstpost.core.store import open_store
from tests.support.pages import error_texts, wait_for_app
from tests.unit.export.test_export_inert import hostile_plan

SCRIPT = "<script>window.__pwned=1</script>"
IMAGE = '<img src=x onerror="window.__pwned=1;alert(1)">'
TYPED = {
    "Plan title": f"{SCRIPT} {{{{ 7*7 }}}} **bold**",
    "Organisation": IMAGE,
    "Team": "[x](javascript:window.__pwned=1) <a href=javascript:alert(1)>a</a>",
    "Plan owner": '<iframe src="javascript:alert(1)"></iframe></div>',
    "Workshop code": "<svg onload=alert(1)>",
}
CODE = "HOSTILE1"
STEP_MS = 30_000  # a step full of long text takes a while to build on a busy machine
ROLE = '<img src=x onerror="window.__pwned=1"> Social worker'

INJECTED = """() => {
  const found = [];
  for (const root of document.querySelectorAll('.fp-app')) {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'svg'].includes(tag)) found.push(tag);
      if (tag === 'img' && el.getAttribute('src') === 'x') found.push('img src=x');
      for (const a of el.attributes) {
        if (a.name.startsWith('on')) found.push(tag + ' ' + a.name);
        if (/^\\s*javascript:/i.test(a.value)) found.push(tag + ' ' + a.name + '=javascript:');
      }
    }
  }
  return found;
}"""


def server_engine(kit_server):
    data = Path(kit_server.data_dir)
    return open_store(Settings(data, f"sqlite:///{data / DATABASE_FILE}", database_from_env=False))


def watch_dialogs(page) -> list[str]:
    dialogs: list[str] = []

    def dismiss(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    return dialogs


def assert_inert(page, dialogs: list[str], *shown: str) -> None:
    """Nothing ran or was injected, and each text in `shown` is on the page as typed."""
    for text in shown:
        expect(page.get_by_text(text, exact=False).first).to_be_attached()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate(INJECTED) == []
    assert dialogs == []
    assert error_texts(page) == []


def open_app(page, kit_server, notebook: str, query: str = "") -> None:
    page.goto(kit_server.app_url(notebook, query), wait_until="commit")
    wait_for_app(page)


def test_a_hostile_plan_is_shown_inert_in_the_planner_review_and_workshop(page, kit_server):
    dialogs = watch_dialogs(page)
    open_app(page, kit_server, "planner.ipynb")
    page.get_by_role("button", name="Start a blank plan").click()
    expect(page.get_by_text("A new, empty plan.")).to_be_visible()
    for label, text in TYPED.items():
        page.get_by_label(label, exact=True).fill(text)
    page.get_by_role("button", name="Save plan").click()
    expect(page.get_by_text("Saved “<script>", exact=False)).to_be_visible()
    assert_inert(page, dialogs)

    # Every other field gets a payload too, saved as the same person's next revision.
    repo = PlanRepository(server_engine(kit_server))
    [summary] = [p for p in repo.list_plans() if p.title == TYPED["Plan title"]]
    saved = repo.get(summary.plan_id)
    assert {saved.plan.title, saved.plan.organisation} == {TYPED["Plan title"], IMAGE}
    plan = hostile_plan()
    posts = list(plan.implementation.posts)
    posts[0] = posts[0].model_copy(update={"role": ROLE})
    implementation = plan.implementation.model_copy(update={"posts": tuple(posts)})
    plan = plan.model_copy(update={"workshop_code": CODE, "implementation": implementation})
    repo.save(saved.plan_id, plan, saved.revision, by=saved.owner)

    # A new page: the plan in My plans, then every step of the editor.
    open_app(page, kit_server, "planner.ipynb")
    assert_inert(page, dialogs, SCRIPT)
    page.get_by_role("button", name=re.compile(r"^Open <script>")).first.click()
    expect(page.get_by_label("Plan title", exact=True)).to_have_value(plan.title)
    next_step = page.get_by_role("button", name="Next step")
    for step in range(2, 9):
        next_step.click()
        expect(
            page.get_by_role("button", name=re.compile(rf"^{step}\. .*you are here"))
        ).to_be_visible(timeout=STEP_MS)
    assert_inert(page, dialogs)

    # The pilot review and the facilitator's workshop overview show the same text.
    open_app(page, kit_server, "review.ipynb", f"plan={saved.plan_id}")
    assert_inert(page, dialogs, ROLE)
    open_app(page, kit_server, "workshop.ipynb", f"code={CODE}")
    assert_inert(page, dialogs, SCRIPT)


def test_a_surgery_question_a_checked_post_and_a_case_answer_stay_inert(page, kit_server):
    from firstpost.core.surgery.store import SurgeryStore

    dialogs = watch_dialogs(page)
    question = f"{IMAGE} {SCRIPT} \u202eevil\u200b `code` </div>"
    open_app(page, kit_server, "surgery.ipynb")
    another = page.get_by_role("button", name="Open or show another surgery")
    if another.is_visible():  # a surgery left open by an earlier test in this session
        another.click()
    page.get_by_label("Topic of the month").fill("<svg onload=alert(1)>")
    page.get_by_role("button", name="Open the surgery").click()
    code = page.locator(".fp-fac-join__code span[aria-hidden='true']")
    expect(code).to_have_text(re.compile(r"^[A-Z2-9]{5}$"))
    surgeries = SurgeryStore(server_engine(kit_server))
    surgeries.ask(surgeries.find_by_code(code.inner_text()).surgery_id, question)
    expect(page.get_by_text(SCRIPT, exact=False).first).to_be_visible()
    assert_inert(page, dialogs, "<svg onload=alert(1)>")

    open_app(page, kit_server, "post_checker.ipynb")
    page.get_by_label("Draft post or advert").fill(
        f"We're hiring! {IMAGE} [apply](javascript:alert(1)) {SCRIPT} #socialworkjobs "
        "Questions? Ring Jo Bloggs on 07700 900123 or email jo.bloggs@example.org"
    )
    expect(  # personal data is found, so the draft is shown back with highlights
        page.get_by_role("heading", name="Your draft, with the words to look at")
    ).to_be_visible(timeout=STEP_MS)
    assert_inert(page, dialogs, SCRIPT)

    open_app(page, kit_server, "case_studies.ipynb")
    page.get_by_role("button", name="Open #McDStories").click()
    page.get_by_role("button", name="Show the whole story").click()  # the notes are at the end
    expect(page.get_by_label("Your notes on question 1")).to_be_visible(timeout=STEP_MS)
    page.get_by_label("Your name").fill(SCRIPT)
    notes = page.get_by_label("Your notes on question 1")
    notes.fill(IMAGE)
    notes.press("Tab")
    expect(page.get_by_text(f"Saved as you go under {SCRIPT}", exact=False)).to_be_visible(
        timeout=STEP_MS
    )
    assert_inert(page, dialogs)
