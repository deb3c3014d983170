"""How much memory First Post needs per person on JupyterHub (issue #10's sizing).

    .venv/bin/python benchmarks/hub_sizing.py                    # 3 people, 3 apps each
    .venv/bin/python benchmarks/hub_sizing.py --people 5 --apps index.ipynb planner.ipynb

Starts the same real hub as tests/hub (the deployer's jupyterhub_config.py, a private
PostgreSQL cluster, configurable-http-proxy), signs each person in from their own
Chromium context and keeps one tab open per app, so every kernel is alive, then reads
RSS and PSS of each user server and kernel from /proc/<pid>/smaps_rollup. PSS shares
pages two processes both map between them, so PSS sums to what the machine needs.
Prints a JSON report (and writes it with --out). The hub, proxy, servers, kernels and
PostgreSQL are stopped by PID at the end, even on failure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.postgres import PostgresServer, find_bin_dir  # noqa: E402
from tests.support.hub import PASSWORD, start_hub  # noqa: E402
from tests.support.pages import wait_for_app  # noqa: E402
from tests.ui.conftest import CHROMIUM_ARGS  # noqa: E402

DEFAULT_APPS = ["index.ipynb", "planner.ipynb", "lessons.ipynb"]


def summarise(rows: list[dict[str, float]]) -> dict[str, float]:
    if not rows:
        return {}
    out: dict[str, float] = {"count": len(rows)}
    for key in ("rss_mib", "pss_mib"):
        values = [row[key] for row in rows]
        out[f"{key}_median"] = round(statistics.median(values), 1)
        out[f"{key}_max"] = round(max(values), 1)
    return out


def run(people: int, apps: list[str]) -> dict[str, object]:
    from playwright.sync_api import sync_playwright

    from firstpost.cli.doctor import find_chromium

    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit("PostgreSQL's initdb was not found: apt-get install postgresql")
    postgres = PostgresServer(bin_dir)
    hub = None
    try:
        postgres.start()
        folder = Path(tempfile.mkdtemp(prefix="firstpost-hub-sizing-"))
        hub = start_hub(folder, postgres.url(), facilitators=[])
        idle = hub.measure_memory()  # no user servers yet: the baseline
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=find_chromium(), args=CHROMIUM_ARGS
            )
            started = time.monotonic()
            for number in range(people):
                name = f"person{number + 1}"
                context = chromium.new_context()
                context.set_default_timeout(120_000)
                page = context.new_page()
                page.goto(f"{hub.url}/hub/login", wait_until="commit")
                page.locator("#username_input").fill(name)
                page.locator("#password_input").fill(PASSWORD)
                page.locator("#login_submit").click()
                page.wait_for_url(f"**/user/{name}/voila/render/index.ipynb", wait_until="commit")
                wait_for_app(page)
                for app in apps:
                    if app == "index.ipynb":
                        continue  # the landing tab is Home
                    tab = context.new_page()
                    tab.goto(f"{hub.url}/user/{name}/voila/render/{app}", wait_until="commit")
                    wait_for_app(tab)
            elapsed = time.monotonic() - started
            loaded = hub.measure_memory()
            chromium.close()
        servers, kernels = loaded["user_server_mib"], loaded["kernel_mib"]
        per_person_pss = (
            sum(r["pss_mib"] for r in servers) + sum(r["pss_mib"] for r in kernels)
        ) / max(people, 1)
        return {
            "people": people,
            "apps_open_per_person": apps,
            "seconds_to_open_everything": round(elapsed, 1),
            "user_server": summarise(servers),
            "kernel": summarise(kernels),
            "per_person_pss_mib": round(per_person_pss, 1),
            "hub_and_proxy_before_anyone_signed_in": {
                "hub": idle["hub_mib"],
                "proxy": idle["proxy_mib"],
            },
            "hub_and_proxy_after": {"hub": loaded["hub_mib"], "proxy": loaded["proxy_mib"]},
        }
    finally:
        if hub is not None:
            hub.stop()
            left = hub.leftover_pids()
            if left:
                print(f"warning: processes left after the hub stopped: {left}", file=sys.stderr)
        postgres.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=3)
    parser.add_argument("--apps", nargs="+", default=DEFAULT_APPS)
    parser.add_argument("--out", type=Path, help="also write the JSON report here")
    args = parser.parse_args()
    report = run(args.people, args.apps)
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
