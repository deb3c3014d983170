"""Pooled pages still open after the server has sat idle (issue #9).

With Voilà's `wait_for_request` in a pooled kernel, the first page opened fine but a
page asked for after about 3 minutes of quiet never rendered. The kit no longer holds
the notebook waiting (firstpost.ui.arrival); this run proves pages from the pools open,
with their query string and with data saved while they waited, after a long idle spell.

    .venv/bin/python benchmarks/preheat_idle.py --idle 200

Too slow for the test suite (it waits minutes on purpose); tests/benchmarks/
test_preheated_pages.py is its quick version.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from harness.procs import cpu_seconds, kernel_children  # noqa: E402

NOTEBOOKS = ("index.ipynb", "planner.ipynb", "lessons.ipynb")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]


def wait_for_pools(pid: int, size: int, timeout: float = 300.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kernels = kernel_children(pid)
        if len(kernels) >= size:
            before = sum(cpu_seconds(p) for p in [pid, *kernels])
            time.sleep(1.0)
            if sum(cpu_seconds(p) for p in [pid, *kernels]) - before < 0.05:
                return
        else:
            time.sleep(0.5)
    raise RuntimeError("the pools did not fill")


def open_app(browser, url: str) -> tuple[float, str, list[str]]:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    started = time.monotonic()
    page.goto(url, wait_until="commit")
    page.wait_for_selector(".fp-app", state="visible", timeout=90_000)
    page.wait_for_selector("#loading", state="hidden", timeout=90_000)
    # "Opening…" shows while the app is built for this visitor (firstpost.ui.arrival).
    page.wait_for_selector(".fp-opening", state="detached", timeout=90_000)
    seconds = time.monotonic() - started
    text = page.inner_text(".fp-app")
    page.goto("about:blank")
    context.close()
    return seconds, text, errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", type=float, default=200.0, help="seconds of quiet first")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from firstpost.cli.doctor import find_chromium
    from firstpost.core.identity import current_identity
    from firstpost.core.plan.model import Plan
    from firstpost.core.plan.repository import PlanRepository
    from firstpost.core.settings import DATABASE_FILE, Settings
    from firstpost.core.store import open_store
    from tests.support.server import start_server

    folder = Path(tempfile.mkdtemp(prefix="firstpost-idle-"))
    notebooks = folder / "notebooks"
    notebooks.mkdir()
    for name in NOTEBOOKS:
        shutil.copy(REPO / "notebooks" / name, notebooks / name)
    server = start_server(
        folder / "data",
        folder / "server.log",
        {"FIRSTPOST_NOTEBOOKS_DIR": str(notebooks), "FIRSTPOST_PREHEAT": "all"},
    )
    ok = True
    try:
        wait_for_pools(server.process.pid, 4)
        print(f"pools full; idle for {args.idle:.0f} s", flush=True)
        time.sleep(args.idle)
        data = folder / "data"
        settings = Settings(data, f"sqlite:///{data / DATABASE_FILE}", database_from_env=False)
        title = f"Saved after {args.idle:.0f} s idle"
        PlanRepository(open_store(settings)).create(Plan(title=title), current_identity().key)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=find_chromium(), args=CHROMIUM_ARGS
            )
            checks = [
                ("index.ipynb", "", "First Post"),
                ("planner.ipynb", "", title),
                ("lessons.ipynb", "episode=staying-safe", "Episode 5: Staying safe"),
            ]
            for notebook, query, expected in checks:
                try:
                    seconds, text, errors = open_app(browser, server.app_url(notebook, query))
                except Exception as error:
                    ok = False
                    print(f"{notebook}?{query}: did not open: {str(error)[:120]}", flush=True)
                    continue
                found = expected in text
                ok &= found and not errors
                print(
                    f"{notebook}?{query}: opened in {seconds:.1f} s; shows {expected!r}: "
                    f"{found}; console errors: {len(errors)}",
                    flush=True,
                )
            browser.close()
        used = server.log().count("Using pre-heated kernel")
        print(f"pages served from the pools: {used} of {len(checks)}")
        ok &= used == len(checks)
    finally:
        server.stop()
        if not ok:  # what the server saw, to tell a hang from a slow machine
            print(server.log()[-4000:])
        shutil.rmtree(folder, ignore_errors=True)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
