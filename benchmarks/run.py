"""`make bench`: what a workshop room feels, for the kit and for stock Voilà, in one run.

    .venv/bin/python benchmarks/run.py            # the full run the issue (#9) asks for
    .venv/bin/python benchmarks/run.py --runs 1 --pages 2 --room 2 --kernel-wait 5 \\
        --apps planner --quick-core --out /tmp/bench   # the smoke run the tests do

Measures time to interactive in headless Chromium (kit, stock Voilà, bare notebook),
kernel memory per participant, a room of participants (light clients, then a few real
pages), interaction latency in the browser and core latency, then writes
<out>/latest.json and <out>/latest.md with a PASS/FAIL per target. Ratios are taken
within the run, because this machine is shared and absolute times drift. Every
process started here is stopped by its PID at the end, even on failure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

from harness import browser as web
from harness.core import run_core
from harness.memory import participant_pss, room_cost
from harness.readme import write_readme
from harness.report import markdown, percentile, summary, verdicts
from harness.room import arrive, leave
from harness.servers import (
    REPO,
    STARTED_PIDS,
    Server,
    bare_folder,
    start_kit,
    start_stock,
    stop_all,
)

RESULTS = Path(__file__).resolve().parent / "results"
PARTS = ("core", "tti", "memory", "interactions", "room")
INTERACTIONS = {
    "channels.ipynb": ("rank channels after a change", web.channels_latency),
    "post_checker.ipynb": ("check a post while typing", web.check_post_latency),
    "planner.ipynb": ("save a plan", web.planner_save_latency),
}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="counted page loads per app")
    parser.add_argument("--warmup", type=int, default=1, help="uncounted loads first")
    parser.add_argument(
        "--apps", help="comma-separated notebooks (planner or planner.ipynb); default: all"
    )
    parser.add_argument("--room", type=int, default=20, help="light-client participants")
    parser.add_argument("--pages", type=int, default=5, help="real-browser room size")
    parser.add_argument("--room-app", default="planner.ipynb", help="the notebook the room opens")
    parser.add_argument(
        "--kernel-wait",
        type=float,
        default=180.0,
        help="seconds after the room leaves before kernels are counted (default 3 minutes)",
    )
    parser.add_argument("--core-repeat", type=int, default=25, help="repeats of each core timing")
    parser.add_argument(
        "--quick-core", action="store_true", help="skip the plan store and chart timings"
    )
    parser.add_argument("--skip", default="", help=f"comma-separated parts to skip: {PARTS}")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for latest.json/.md")
    parser.add_argument(
        "--readme",
        type=Path,
        default=None,
        help="README to write the table into, between its bench markers (default: the "
        "repository's README.md after a complete run into the default --out; 'none' to skip)",
    )
    return parser.parse_args(argv)


def notebooks(args: argparse.Namespace) -> list[str]:
    if args.apps:
        names = [name.strip() for name in args.apps.split(",") if name.strip()]
        return [name if name.endswith(".ipynb") else f"{name}.ipynb" for name in names]
    return sorted(path.name for path in (REPO / "notebooks").glob("*.ipynb"))


def readme_target(args: argparse.Namespace, code: int) -> Path | None:
    """Where the README copy goes: only a complete run of every app and part updates
    the repository's README by default, so a smoke or partial run never replaces it."""
    if args.readme is not None:
        return None if str(args.readme).lower() == "none" else args.readme
    complete = code == 0 and not args.apps and not args.skip.strip() and args.out == RESULTS
    return REPO / "README.md" if complete else None


def log(message: str) -> None:
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def tti_series(browser, server: Server, notebook: str, args) -> dict:
    """Warm-up loads, then counted ones, each in a fresh context once the server is idle."""
    samples, controls, errors = [], set(), []
    for n in range(args.warmup + args.runs):
        server.settle()
        try:
            ready = web.time_to_interactive(browser, server.url(notebook))
        except Exception as error:
            errors.append(f"{type(error).__name__}: {error}"[:200])
            continue
        if n >= args.warmup:
            samples.append(ready["ms"])
            controls.add(ready["control"])
    row = {**summary(samples), "control": " / ".join(sorted(controls))}
    if errors:
        row["errors"] = errors
    return row


def measure_tti(browser, kit: Server, work: Path, apps: list[str], args, results) -> None:
    tti = results.setdefault("tti", {})
    for notebook in [*apps, "bare.ipynb"]:
        log(f"time to interactive, kit: {notebook}")
        tti.setdefault(Path(notebook).stem, {})["kit"] = tti_series(browser, kit, notebook, args)
    for notebook in apps:
        log(f"time to interactive, stock Voilà: {notebook}")
        stock = start_stock(work, notebook)
        try:
            stock.settle()
            tti[Path(notebook).stem]["stock"] = tti_series(browser, stock, notebook, args)
        finally:
            stock.stop()


def measure_memory(kit: Server, apps: list[str], results) -> None:
    memory = results.setdefault("memory", {})
    for notebook in ["bare_mpl.ipynb", "bare.ipynb", *apps]:
        log(f"kernel memory: {notebook}")
        key = "bare_ipywidgets_matplotlib" if notebook == "bare_mpl.ipynb" else notebook
        memory[Path(key).stem] = participant_pss(kit, notebook, send_cookie=True)


def measure_interactions(browser, kit: Server, apps: list[str], args, results) -> None:
    found = results.setdefault("interactions", {})
    for notebook, (name, measure) in INTERACTIONS.items():
        if notebook in apps:
            log(f"interaction latency: {name}")
            kit.settle()
            try:
                found[name] = summary(measure(browser, kit.url(notebook), args.runs))
            except Exception as error:
                found[name] = {"n": 0, "error": f"{type(error).__name__}: {error}"[:300]}


def room_for(server: Server, browser, notebook: str, args, cookie: bool) -> dict:
    """One participant alone, then the room, then a real-browser room."""
    server.settle()
    pool = len(server.kernels())
    alone = arrive(server.base, server.url(notebook), 1, cookie)
    leave(server.base, alone, cookie)
    row = room_cost(server, notebook, args.room, cookie)
    # Kernels idle before anyone came (the preheated pool); stock Voilà keeps none.
    row["pool_before"] = pool
    row["left_at"] = time.monotonic()
    row["single_s"] = round(alone[0].ready_s, 3) if not alone[0].error else None
    ready = row["ready_s"]
    if ready:
        row["p50_s"] = round(percentile(ready, 0.5), 3)
        row["p95_s"] = round(percentile(ready, 0.95), 3)
    if args.pages and browser is not None:
        server.settle(timeout=300)  # the pool refills after the light room first
        row["browser_room"] = summary(web.browser_room(browser, server.url(notebook), args.pages))
    return row


def measure_room(browser, work: Path, args, results) -> None:
    """The kit as a facilitator starts it for the room (`firstpost serve --room N`)."""
    notebook = args.room_app
    room = results.setdefault("room", {"app": notebook, "kit_command": f"serve --room {args.room}"})
    log(f"starting the kit's server for a room of {args.room} (warm pages fill first)")
    kit = start_kit(work, room=args.room)
    kit.settle(timeout=600)
    log(f"room of {args.room}, kit: {notebook}")
    room["kit"] = room_for(kit, browser, notebook, args, cookie=True)
    stock = start_stock(work, notebook)
    try:
        log(f"room of {args.room}, stock Voilà: {notebook}")
        room["stock"] = room_for(stock, None, notebook, args, cookie=False)
        # The browser room after the light one: its kernels leak on stock (403 beacon),
        # so they are counted apart from the light room's.
        if args.pages and browser is not None:
            stock.settle()
            pages = web.browser_room(browser, stock.url(notebook), args.pages)
            room["stock"]["browser_room"] = summary(pages)
        for kind, server in (("kit", kit), ("stock", stock)):
            row = room[kind]
            wait = row["left_at"] + args.kernel_wait - time.monotonic()
            if wait > 0:
                log(f"waiting {wait:.0f} s before counting {kind} kernels")
                time.sleep(wait)
            row["kernels_after_wait"] = len(server.kernels())
            row["wait_s"] = args.kernel_wait
            del row["left_at"]
    finally:
        stock.stop()
        kit.stop()


def run(args: argparse.Namespace, work: Path, results: dict) -> None:
    skip = {part.strip() for part in args.skip.split(",") if part.strip()}
    apps = notebooks(args)
    results.update(
        meta={
            "started": f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            "machine": platform.node() or "this machine",
            "cores": os.cpu_count(),
            "load_average": [round(value, 2) for value in os.getloadavg()],
            "runs": args.runs,
            "warmup": args.warmup,
            "apps": apps,
            "argv": sys.argv[1:],
        }
    )
    if "core" not in skip:
        log("core latency and import times")
        modules = None
        if args.apps:
            from harness.core import ui_modules

            modules = [m for m in ui_modules() if any(Path(a).stem in m for a in apps)] or None
        results["core"] = run_core(args.core_repeat, modules, quick=args.quick_core)
    if not set(PARTS[1:]) - skip:
        return
    log("starting the kit's server")
    kit = start_kit(work, bare_folder(work))
    kit.settle()
    with web.open_browser() as browser:
        if "tti" not in skip:
            measure_tti(browser, kit, work, apps, args, results)
        if "memory" not in skip:
            measure_memory(kit, apps, results)
        if "interactions" not in skip:
            measure_interactions(browser, kit, apps, args, results)
        kit.stop()
        if "room" not in skip:
            measure_room(browser, work, args, results)
        results["meta"]["external_requests"] = len(browser.external_requests)


def _interrupted(signum, frame) -> None:
    raise KeyboardInterrupt(f"stopped by signal {signum}")


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    work = Path(tempfile.mkdtemp(prefix="firstpost-bench-"))
    started = time.monotonic()
    results: dict = {"meta": {}}
    code = 0
    # Stopped from outside (SIGTERM, Ctrl-C): still write what was measured, then clean up.
    signal.signal(signal.SIGTERM, _interrupted)
    try:
        run(args, work, results)
    except (Exception, KeyboardInterrupt):
        # Whatever was measured is still written, with the failure alongside.
        traceback.print_exc()
        results["meta"]["error"] = traceback.format_exc(limit=3)[-1500:]
        code = 1
    finally:
        stop_all()
        shutil.rmtree(work, ignore_errors=True)
    results["meta"]["pids_started"] = list(STARTED_PIDS)
    results["meta"]["seconds"] = round(time.monotonic() - started, 1)
    results["verdicts"] = verdicts(results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    (args.out / "latest.md").write_text(markdown(results))
    failed = [row["target"] for row in results["verdicts"] if not row["pass"]]
    readme = readme_target(args, code)
    if readme is not None:
        write_readme(readme, results)
        log(f"wrote the table into {readme}")
    log(
        f"wrote {args.out / 'latest.md'}: {len(results['verdicts']) - len(failed)} targets met, "
        f"{len(failed)} missed"
    )
    return code


if __name__ == "__main__":
    sys.exit(main())
