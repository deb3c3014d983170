"""The README's copy of the latest run, written between its markers by `make bench`.

Readers see the README, not benchmarks/results/ (which is not tracked: every run on
every machine rewrites it). So the figures in the README come from the run itself and
are never typed by hand; only the text between the markers is replaced.
"""

from __future__ import annotations

from pathlib import Path

from harness.report import markdown

START = "<!-- bench:start -->"
END = "<!-- bench:end -->"
# Sections of the full page the README keeps; the rest stays in latest.md.
README_SECTIONS = (
    "## Targets",
    "## Time to interactive",
    "## Kernel memory per participant",
    "## Room",
    "## Interaction latency in the browser",
)


class MarkersMissing(ValueError):
    """The README has no (or broken) bench markers: nothing is written."""


def readme_table(results: dict) -> str:
    """The run's summary line and the sections above, one level down (### in the README)."""
    page = markdown(results).splitlines()
    keep: list[str] = []
    taking = False
    for line in page[2:]:
        if line.startswith("## "):
            taking = line.startswith(README_SECTIONS)
            if taking:
                keep += ["", "#" + line]
            continue
        if taking and line:
            keep.append(line)
    meta = results["meta"]
    load = meta.get("load_average")
    intro = (
        f"Run {meta['started']} on {meta['machine']} ({meta['cores']} cores"
        + (f", load {load[0]} at the start" if load else "")
        + f"), {meta['runs']} counted page loads per app after {meta['warmup']} warm-up; "
        + f"{sum(row['pass'] for row in results['verdicts'])} of "
        + f"{len(results['verdicts'])} targets met. Written by `make bench`."
    )
    return "\n".join([intro, *keep]) + "\n"


def splice(readme: str, table: str) -> str:
    """`readme` with everything between the markers replaced by `table`."""
    if readme.count(START) != 1 or readme.count(END) != 1:
        raise MarkersMissing(f"the README needs exactly one {START} and one {END}")
    start, end = readme.index(START), readme.index(END)
    if end < start:
        raise MarkersMissing(f"{END} comes before {START} in the README")
    head, tail = readme[:start], readme[end + len(END) :]
    return f"{head}{START}\n{table.strip()}\n{END}{tail}"


def write_readme(path: Path, results: dict) -> None:
    path.write_text(splice(path.read_text(encoding="utf-8"), readme_table(results)), "utf-8")
