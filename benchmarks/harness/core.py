"""Core latency (no server, no browser) and the import cost of each app's UI module.

Reuses the existing benchmarks/channels_ranking.py and benchmarks/plan_store.py, so
the figures here are the ones those scripts print.
"""

from __future__ import annotations

import asyncio
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time

from harness.servers import REPO

POST_PARAGRAPH = (
    "We are recruiting social workers to join our friendly children's services team in "
    "Westshire. You will work with families across the county, with regular supervision, "
    "flexible hours and a generous training budget. Visit https://www.example.gov.uk/jobs "
    "to read the job pack, or call 01234 567890 to talk to the team manager. "
    "#SocialWorkJobs #Westshire "
)


def long_post(chars: int = 3000) -> str:
    text = POST_PARAGRAPH * (chars // len(POST_PARAGRAPH) + 1)
    return text[:chars]


def _timed(action, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _summary(samples: list[float]) -> dict:
    return {
        "median_ms": round(statistics.median(samples), 2),
        "min_ms": round(min(samples), 2),
        "max_ms": round(max(samples), 2),
        "n": len(samples),
    }


def post_check(repeat: int) -> dict:
    from firstpost.core.checks import BUILT_IN_CHANNELS, check_post

    text = long_post()
    start = time.perf_counter()
    check_post(text, BUILT_IN_CHANNELS)  # the first call reads the word lists
    first = (time.perf_counter() - start) * 1000
    post = _summary(_timed(lambda: check_post(text, BUILT_IN_CHANNELS), repeat))
    advert = _summary(_timed(lambda: check_post(text, BUILT_IN_CHANNELS, advert=True), repeat))
    return {"chars": len(text), "first_call_ms": round(first, 1), "post": post, "advert": advert}


def channel_ranking(quick: bool) -> dict:
    import channels_ranking
    from firstpost.core.content import load_content

    content = load_content()
    result = {"rank": _summary(channels_ranking.ranking_times(content))}
    if quick:
        return result
    refresh, drawing = asyncio.run(channels_ranking._app_times(content))
    result["app_refresh"] = _summary(refresh)
    result["chart_drawing"] = _summary(drawing)
    return result


def plan_store() -> dict:
    import plan_store as bench

    with tempfile.TemporaryDirectory() as folder:
        figures = bench.measure(f"sqlite:///{folder}/bench.sqlite3")
    return {name: round(value, 2) for name, value in figures.items()}


IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def ui_modules() -> list[str]:
    """The UI module each app notebook imports in its first cell."""
    modules = []
    for notebook in sorted((REPO / "notebooks").glob("*.ipynb")):
        source = json.loads(notebook.read_text())["cells"][0]["source"]
        source = "".join(source) if isinstance(source, list) else source
        found = re.search(r"from (firstpost\.ui[\w.]*) import", source)
        if found and found.group(1) not in modules:
            modules.append(found.group(1))
    return modules


def import_time(module: str) -> dict:
    """`python -X importtime -c "import module"`: total, and what weighs most inside it."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    rows = []
    for line in completed.stderr.splitlines():
        found = IMPORT_LINE.match(line)
        if found:
            self_us, cumulative_us, indent, name = found.groups()
            rows.append((name, int(self_us), int(cumulative_us), len(indent)))
    total = next((cum for name, _, cum, _ in rows if name == module), 0)
    top_level = {}  # third-party packages, by the cumulative time of their top module
    for name, _, cumulative, _depth in rows:
        if "." not in name and name != "firstpost" and name not in sys.stdlib_module_names:
            top_level[name] = max(top_level.get(name, 0), cumulative)
    names = {name.split(".")[0] for name, *_ in rows}
    heaviest_own = sorted(
        ((name, cumulative) for name, _, cumulative, _ in rows if name.startswith("firstpost")),
        key=lambda row: -row[1],
    )[:5]
    return {
        "total_ms": round(total / 1000, 1),
        "heavy_libraries_loaded": sorted(names & {"pandas", "matplotlib", "docx", "numpy"}),
        "heaviest_packages_ms": {
            name: round(us / 1000, 1)
            for name, us in sorted(top_level.items(), key=lambda row: -row[1])[:6]
        },
        "heaviest_kit_modules_ms": {name: round(us / 1000, 1) for name, us in heaviest_own},
    }


def run_core(repeat: int, modules: list[str] | None, quick: bool = False) -> dict:
    """`quick` (the smoke run) leaves out the 5,000-plan store and the chart drawings."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    return {
        "post_check": post_check(repeat),
        "channels": channel_ranking(quick),
        **({} if quick else {"plan_store": plan_store()}),
        "importtime": {module: import_time(module) for module in (modules or ui_modules())},
    }
