"""Attendees of one surgery press Send at the same moment: no question is lost.

Part of the load run (benchmarks/reliability/load.py --attendees 20) and, smaller, of
the suite (tests/ui/test_surgery_load.py). Through the real join pages, one browser
context each: the store's own concurrency test cannot see a question lost between the
page and the kernel.
"""

from __future__ import annotations

import asyncio
import time

from benchmarks.reliability.audit import server_engine
from benchmarks.reliability.load import ANSWER_TIMEOUT, CHROMIUM_ARGS, open_app


async def surgery_room(browser, server, attendees: int, run: str) -> dict:
    """`attendees` phones on the join page press Send at the same moment."""
    from datetime import date

    from firstpost.core.surgery.store import SurgeryStore

    store = SurgeryStore(server_engine(server.data_dir))
    surgery = store.open_surgery(date.today(), f"Load run {run}", by="local:load")
    url = server.app_url("surgery.ipynb", f"join={surgery.join_code}")
    contexts = [await browser.new_context() for _ in range(attendees)]
    pages = [await c.new_page() for c in contexts]
    started = time.monotonic()
    await asyncio.gather(*(open_app(p, url, "Ask a question") for p in pages))
    loaded = time.monotonic() - started
    questions = [f"Question {i:02d} from attendee {i:02d} ({run})" for i in range(attendees)]
    for page, question in zip(pages, questions, strict=True):
        await page.get_by_label("Your question").fill(question)
    sent = time.monotonic()
    await asyncio.gather(*(p.get_by_role("button", name="Send question").click() for p in pages))
    answers = []
    for page in pages:
        confirm = page.get_by_text("Your question is number")
        await confirm.wait_for(timeout=ANSWER_TIMEOUT)
        answers.append(await confirm.inner_text())
    all_confirmed = time.monotonic() - sent
    stored = store.questions(surgery.surgery_id)
    for context in contexts:
        await context.close()
    numbers = sorted(q.number for q in stored)
    return {
        "attendees": attendees,
        "pages_loaded_seconds": round(loaded, 1),
        "all_confirmed_seconds": round(all_confirmed, 2),
        "confirmed_on_screen": len(answers),
        "stored": len(stored),
        "lost": len(set(questions) - {q.body for q in stored}),
        "numbers_one_to_n": numbers == list(range(1, attendees + 1)),
        "surgery_id": surgery.surgery_id,
    }


async def surgery_only(server, attendees: int, run: str) -> dict:
    """The surgery room on its own, in a Chromium of its own."""
    from playwright.async_api import async_playwright

    from firstpost.cli.doctor import find_chromium

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=find_chromium(), args=CHROMIUM_ARGS
        )
        try:
            return await surgery_room(browser, server, attendees, run)
        finally:
            await browser.close()
