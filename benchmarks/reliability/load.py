"""Load held (issue #11): many people saving plans at once lose nothing.

    .venv/bin/python benchmarks/reliability/load.py --browsers 20 --seconds 60

One `firstpost serve` and one headless Chromium with `--browsers` pages that each
start a plan and save it again every few seconds (changing its title and team), plus
two pages editing one shared plan. Then `--attendees` pages join one surgery and send
a question at the same moment. Every write to the plans table is copied by a SQLite
trigger into an audit table (test instrumentation only), so afterwards the database
itself shows whether any save a page saw confirmed is missing, was written with other
content, or silently replaced a version its writer never saw. Writes
benchmarks/results/load.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.reliability.audit import (  # noqa: E402 - after the path set-up
    CONFLICT_WORDS,
    check_plans,
    install_audit,
)

PAGE_TIMEOUT = 240_000  # ms: 22 kernels starting on 2 shared cores take a while
LOAD_TIMEOUT = 150_000  # ms before a page that has not appeared is reloaded
ANSWER_TIMEOUT = 90_000  # ms for one save to be confirmed or refused
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


RELOADS: list[str] = []  # pages a person would have had to reload, by address


# People arrive a few at a time; what must be simultaneous is the saving (and the
# surgery's Send), which start together behind a gate. Twenty Chromium pages drawing the
# app at the same moment on 2 cores measure the browser, not the kit (issue #9).
ARRIVING_AT_ONCE = 4
_arrivals: dict[int, asyncio.Semaphore] = {}


async def open_app(page, url: str, heading: str) -> None:
    """Open the app; a page still not shown after `LOAD_TIMEOUT` is reloaded, as a person would."""
    loop = id(asyncio.get_running_loop())
    async with _arrivals.setdefault(loop, asyncio.Semaphore(ARRIVING_AT_ONCE)):
        await _open_app(page, url, heading)


async def _open_app(page, url: str, heading: str) -> None:
    for attempt in range(3):
        try:
            await page.goto(url, wait_until="commit", timeout=LOAD_TIMEOUT)
            for selector in ("#rendered_cells", ".fp-app"):
                await page.wait_for_selector(selector, state="visible", timeout=LOAD_TIMEOUT)
            await page.wait_for_selector("#loading", state="hidden", timeout=LOAD_TIMEOUT)
            await page.get_by_role("heading", level=1, name=heading).wait_for(timeout=LOAD_TIMEOUT)
            return
        except Exception:
            if attempt == 2:
                raise
            RELOADS.append(url)


async def save(page, token: str, base: str, log: list[dict]) -> str:
    """Type `token` as title and team, press Save plan; record what the person was shown."""
    title, team = page.get_by_label("Plan title"), page.get_by_label("Team")
    await title.fill(token)
    await team.fill(token)
    started = time.monotonic()
    await page.get_by_role("button", name="Save plan").click()
    saved = page.get_by_text(f"Saved “{token}”")
    refused = page.get_by_role("alert").filter(has_text=CONFLICT_WORDS)
    event = {"token": token, "base": base}
    try:
        await saved.or_(refused).first.wait_for(timeout=ANSWER_TIMEOUT)
    except Exception:  # a save with no answer is a finding, not a crash
        event.update(outcome="no answer", seconds=time.monotonic() - started)
        log.append(event)
        return "no answer"
    event["seconds"] = time.monotonic() - started
    if await saved.count():
        event["outcome"] = "saved"
    else:
        words = await refused.first.inner_text()
        kept = await title.input_value() == token and await team.input_value() == token
        event.update(outcome="conflict", words=words, kept=kept)
    log.append(event)
    return event["outcome"]


class Gate:
    """The saving minute starts when every page is up, however long the room took to load."""

    def __init__(self, pages: int, seconds: float) -> None:
        self.waiting, self.seconds = pages, seconds
        self.opened = asyncio.Event()
        self.stop = 0.0

    async def arrive(self) -> float:
        self.waiting -= 1
        if self.waiting == 0:
            self.stop = time.monotonic() + self.seconds
            self.opened.set()
        await self.opened.wait()
        return self.stop


async def solo_page(context, url: str, name: str, gate: Gate, log: list[dict]) -> None:
    """One person with their own plan, saving a changed title every few seconds."""
    page = await context.new_page()
    await open_app(page, url, "Plan a pilot")
    await page.get_by_role("button", name="Start a blank plan").click()
    stop = await gate.arrive()
    base, n = "", 0
    while time.monotonic() < stop:
        token = f"{name} save {n:03d}"
        if await save(page, token, base, log) == "saved":
            base = token
        n += 1
        await asyncio.sleep(random.uniform(1.0, 3.0))
    await page.goto("about:blank")


async def shared_pages(context, url: str, run: str, gate: Gate, logs: dict) -> None:
    """Two people on one plan, saving at random moments: one of each near pair must conflict."""
    first, second = await context.new_page(), await context.new_page()
    await asyncio.gather(
        open_app(first, url, "Plan a pilot"), open_app(second, url, "Plan a pilot")
    )
    await first.get_by_role("button", name="Start a blank plan").click()
    shared = f"{run} shared start"
    assert await save(first, shared, "", logs["A"]) == "saved", logs["A"]
    await second.get_by_label("Search my plans").fill(shared)
    await second.get_by_role("button", name=f"Open {shared}").click()
    await second.get_by_text(f"Opened “{shared}”").wait_for(timeout=ANSWER_TIMEOUT)
    stop = await gate.arrive()

    async def person(page, who: str, base: str) -> None:
        n = 0
        while time.monotonic() < stop:
            token = f"{run} shared {who} save {n:03d}"
            outcome = await save(page, token, base, logs[who])
            if outcome == "saved":
                base = token
            elif outcome == "conflict":
                await page.get_by_role("button", name="Reload their version").click()
                await page.get_by_text("Opened “").wait_for(timeout=ANSWER_TIMEOUT)
                base = await page.get_by_label("Plan title").input_value()
            n += 1
            await asyncio.sleep(random.uniform(0.5, 2.5))

    await asyncio.gather(person(first, "A", shared), person(second, "B", shared))
    for page in (first, second):
        await page.goto("about:blank")


async def run_load(server, browsers: int, seconds: float, attendees: int, run: str) -> dict:
    """The whole load run against a started server whose database has the audit installed."""
    from playwright.async_api import async_playwright

    from firstpost.cli.doctor import find_chromium

    url = server.app_url("planner.ipynb")
    logs: dict[str, list[dict]] = {"A": [], "B": []}
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=find_chromium(), args=CHROMIUM_ARGS
        )
        contexts = [await browser.new_context() for _ in range(browsers + 1)]
        for i in range(browsers):
            logs[f"p{i:02d}"] = []
        for context in contexts:
            context.set_default_timeout(PAGE_TIMEOUT)
        gate = Gate(browsers + 1, seconds)
        started = time.monotonic()
        await asyncio.gather(
            shared_pages(contexts[-1], url, run, gate, logs),
            *(
                solo_page(contexts[i], url, f"{run} p{i:02d}", gate, logs[f"p{i:02d}"])
                for i in range(browsers)
            ),
        )
        elapsed = time.monotonic() - started
        loading = gate.stop - seconds - started
        for context in contexts:
            await context.close()
        from benchmarks.reliability.surgery_room import surgery_room

        surgery = await surgery_room(browser, server, attendees, run) if attendees else None
        await browser.close()
    result = check_plans(server.data_dir, logs, len(RELOADS))
    result.update(
        browsers=browsers,
        shared_pages=2,
        saving_seconds=seconds,
        pages_loaded_seconds=round(loading, 1),
        wall_seconds=round(elapsed, 1),
    )
    result["surgery"] = surgery
    return result


def main(argv: list[str] | None = None) -> int:
    from tests.support.server import start_server

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--browsers", type=int, default=20, help="pages each saving their plan")
    parser.add_argument("--seconds", type=float, default=60, help="how long the pages save")
    parser.add_argument("--attendees", type=int, default=20, help="surgery questions at once")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "load.json")
    parser.add_argument(
        "--server-log", type=Path, help="keep a copy of the server's log here (to diagnose)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        server = start_server(Path(folder) / "data", Path(folder) / "server.log")
        try:
            install_audit(server.data_dir)
            result = asyncio.run(
                run_load(server, args.browsers, args.seconds, args.attendees, "Load")
            )
        finally:
            server.stop()
            if args.server_log:
                shutil.copyfile(Path(folder) / "server.log", args.server_log)
    result["command"] = " ".join(["python benchmarks/reliability/load.py", *sys.argv[1:]])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    surgery = result["surgery"] or {"lost": 0}
    return 0 if result["lost_updates"] == 0 and surgery["lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
