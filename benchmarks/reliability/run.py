"""Full-size reliability proofs for issue #11: no page hangs, no kernel leaks.

    .venv/bin/python benchmarks/reliability/run.py hangs --loads 300
    .venv/bin/python benchmarks/reliability/run.py cycles --n 100

`hangs`: consecutive page loads across every app against one `firstpost serve`. Each
load is what a participant's page does on the wire (benchmarks/harness/room.py's light
client): GET the page, read its kernel id, open the kernel websocket and wait for the
widget state; then the tab-close beacon. A load "hangs" if the page or the widget
state does not arrive within --deadline seconds, or the page ends in the kit's
"taking too long" message (a stall cut short by --cell-timeout).

`cycles`: open and close app pages in headless Chromium (a real tab: the kernel is
shut down by the page's own beacon on leaving), then check the live kernels return
to the warm-pool size: no leak (Voilà issue #1458).

Both write their figures into benchmarks/results/reliability.json (one key each).
Every process started here is stopped by its PID at the end (harness/servers.py).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import signal
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from harness.room import CONFIG_RE, Participant, _in_own_thread, _leave, _widget_state  # noqa: E402
from harness.servers import start_kit  # noqa: E402

RESULTS = HERE.parent / "results" / "reliability.json"
STALLED_MARK = "fp-stalled"


def app_notebooks() -> list[str]:
    from firstpost.core.apps import HOME, built_apps

    return [app.notebook for app in (HOME, *built_apps())]


async def _one_load(base: str, url: str, deadline: float) -> dict:
    from tornado.httpclient import AsyncHTTPClient, HTTPRequest

    start = time.monotonic()
    outcome: dict = {"url": url.rsplit("/", 1)[-1], "ok": False}
    who = Participant()
    try:
        response = await AsyncHTTPClient().fetch(HTTPRequest(url, request_timeout=deadline))
        body = response.body.decode(errors="replace")
        outcome["page_s"] = round(time.monotonic() - start, 3)
        if STALLED_MARK in body:
            outcome["stalled"] = True
        found = CONFIG_RE.search(body)
        if found is None:
            raise RuntimeError("the page carried no kernel id")
        who.kernel_id = json.loads(found.group(1))["kernelId"]
        remaining = max(1.0, deadline - (time.monotonic() - start))
        ws = base.replace("http://", "ws://") + f"api/kernels/{who.kernel_id}/channels"
        await asyncio.wait_for(_widget_state(ws), remaining)
        outcome["ready_s"] = round(time.monotonic() - start, 3)
        outcome["ok"] = not outcome.get("stalled", False)
    except Exception as error:  # recorded per load; the run carries on
        outcome["error"] = f"{type(error).__name__}: {error}"[:300]
    finally:
        await _leave(base, who, send_cookie=True)
    return outcome


def run_hangs(loads: int, deadline: float, work: Path) -> dict:
    """Loads one after another; figures recorded after each, so a stopped run still counts."""
    server = start_kit(work)
    notebooks = app_notebooks()
    outcomes: list[dict] = []
    pool = 0
    leak: dict = {}
    try:
        server.settle(timeout=90)
        pool = len(server.kernels())
        for index in range(loads):
            notebook = notebooks[index % len(notebooks)]
            result = _in_own_thread(_one_load(server.base, server.url(notebook), deadline))
            outcomes.append(result)
            if not result["ok"]:
                print(f"load {index + 1}: {result}", file=sys.stderr, flush=True)
            elif (index + 1) % 10 == 0:
                print(f"{index + 1} loads done", file=sys.stderr, flush=True)
            record("hangs", _hang_figures(outcomes, loads, notebooks, deadline, partial=True))
        leak = _kernels_return(server, pool)
    finally:
        server.stop()
    figures = _hang_figures(outcomes, loads, notebooks, deadline, partial=len(outcomes) < loads)
    return {**figures, **leak}


def _kernels_return(server, pool: int, wait_s: float = 120.0) -> dict:
    """After every page has left: do the live kernels come back to the warm-pool size?"""
    started = time.monotonic()
    live = len(server.kernels())
    while live != pool and time.monotonic() - started < wait_s:
        time.sleep(0.5)
        live = len(server.kernels())
    return {
        "pool_kernels": pool,
        "kernels_after": live,
        "leaked": live - pool,
        "seconds_to_return": round(time.monotonic() - started, 1),
    }


def _hang_figures(outcomes, loads, notebooks, deadline, partial) -> dict:
    ready = [o["ready_s"] for o in outcomes if o["ok"]]
    failed = [o for o in outcomes if not o["ok"]]
    return {
        "partial": partial,
        "loads_asked": loads,
        "loads": len(outcomes),
        "apps": notebooks,
        "hangs": len(failed),
        "stalled_pages": sum(1 for o in outcomes if o.get("stalled")),
        "deadline_s": deadline,
        "ready_median_s": round(statistics.median(ready), 2) if ready else None,
        "ready_p95_s": round(sorted(ready)[math.ceil(0.95 * len(ready)) - 1], 2) if ready else None,
        "ready_max_s": round(max(ready), 2) if ready else None,
        "failures": failed[:20],
    }


def run_cycles(n: int, work: Path, minutes: float = 0.0) -> dict:
    from playwright.sync_api import sync_playwright

    from harness.browser import CHROMIUM, CHROMIUM_ARGS

    server = start_kit(work)
    notebooks = app_notebooks()
    peak = 0
    opened = shown = 0
    not_shown: list[str] = []
    errors: list[str] = []
    try:
        server.settle(timeout=90)
        pool = len(server.kernels())
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            stop_at = time.monotonic() + minutes * 60 if minutes else float("inf")
            for index in range(n):
                if time.monotonic() > stop_at:  # out of time: stop opening, still count
                    index -= 1
                    break
                notebook = notebooks[index % len(notebooks)]
                context = browser.new_context()
                page = context.new_page()
                try:
                    page.goto(server.url(notebook), wait_until="commit", timeout=120_000)
                    page.wait_for_selector("#rendered_cells", state="visible", timeout=120_000)
                    opened += 1
                except Exception as error:
                    errors.append(f"{notebook}: {type(error).__name__}: {error}"[:200])
                try:  # the app's widgets drawn, not only the page executed
                    page.wait_for_selector(".fp-app", state="visible", timeout=10_000)
                    shown += 1
                except Exception:
                    not_shown.append(notebook)
                peak = max(peak, len(server.kernels()))
                # Leaving the page sends its kernel-shutdown beacon, as closing a tab does.
                page.goto("about:blank")
                context.close()
                if (index + 1) % 10 == 0:
                    print(f"{index + 1} cycles, {len(server.kernels())} kernels", file=sys.stderr)
            browser.close()
        # Pools refill a second after use; give shutdowns and refills a moment to land.
        leak = _kernels_return(server, pool)
    finally:
        server.stop()
    return {
        "cycles": n,
        "pages_opened": opened,
        "apps_drawn": shown,
        "apps_not_drawn_within_10s": not_shown[:20],
        **leak,
        "peak_kernels": peak,
        "apps": notebooks,
        "errors": errors[:20],
    }


def record(key: str, figures: dict) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    existing = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    figures["measured_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    existing[key] = figures
    RESULTS.write_text(json.dumps(existing, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    hangs = sub.add_parser("hangs", help="consecutive page loads across the apps")
    hangs.add_argument("--loads", type=int, default=300)
    hangs.add_argument("--deadline", type=float, default=150.0, help="seconds a load may take")
    cycles = sub.add_parser("cycles", help="open/close cycles in Chromium, then count kernels")
    cycles.add_argument("--n", type=int, default=100)
    cycles.add_argument(
        "--minutes", type=float, default=0, help="stop opening pages after this long (0: no limit)"
    )
    args = parser.parse_args(argv)
    # `kill PID` ends the run like Ctrl-C: servers stopped, figures so far kept.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    with tempfile.TemporaryDirectory(prefix="fp-reliability-") as folder:
        work = Path(folder)
        if args.what == "hangs":
            figures = run_hangs(args.loads, args.deadline, work)
            ok = figures["hangs"] == 0 and figures.get("leaked", 0) == 0
        else:
            figures = run_cycles(args.n, work, args.minutes)
            ok = figures["leaked"] == 0 and not figures["errors"]
    record(args.what, figures)
    print(json.dumps(figures, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
