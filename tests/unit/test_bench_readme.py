"""`make bench` writes its table into the README between the markers, and only there (#9)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from harness.readme import END, START, MarkersMissing, readme_table, splice
from harness.report import verdicts

README = f"# Kit\n\nIntro.\n\n## Performance\n\n{START}\nold table\n{END}\n\n## Next\n\nMore.\n"


def _results() -> dict:
    results = {
        "meta": {
            "started": "2026-11-26 02:00 UTC",
            "machine": "vm",
            "cores": 2,
            "load_average": [1.5, 1.2, 1.0],
            "runs": 7,
            "warmup": 1,
        },
        "tti": {
            "planner": {
                "kit": {"median": 1000.0, "min": 900.0, "max": 1100.0, "n": 7},
                "stock": {"median": 4000.0, "min": 3800.0, "max": 4200.0, "n": 7},
            },
            "bare": {"kit": {"median": 3000.0, "min": 2900.0, "max": 3100.0, "n": 7}},
        },
        "memory": {"bare_ipywidgets_matplotlib": {"pss_mib": 74.0}, "planner": {"pss_mib": 60.0}},
        "core": {
            "importtime": {
                "firstpost.ui.planner": {
                    "total_ms": 800,
                    "heavy_libraries_loaded": [],
                    "heaviest_packages_ms": {"ipywidgets": 300},
                }
            }
        },
    }
    results["verdicts"] = verdicts(results)
    return results


def test_the_table_replaces_only_what_is_between_the_markers():
    table = readme_table(_results())
    updated = splice(README, table)

    before, rest = updated.split(START)
    inside, after = rest.split(END)
    assert before == README.split(START)[0]
    assert after == README.split(END)[1]
    assert "old table" not in updated
    assert "| TTI planner: kit ≤ 0.5 × stock Voilà | 0.25 | 0.5 | PASS |" in inside
    assert "### Time to interactive" in inside and "### Targets" in inside
    assert "2026-11-26 02:00 UTC on vm (2 cores, load 1.5" in inside
    # The import-time detail stays in latest.md; the README gets the figures readers need.
    assert "importtime" not in inside and "Import time" not in inside


def test_a_second_run_replaces_the_first_runs_table():
    first = splice(README, "first run\n")
    second = splice(first, "second run\n")
    assert "second run" in second and "first run" not in second
    assert second.count(START) == second.count(END) == 1


@pytest.mark.parametrize(
    "broken",
    ["no markers at all\n", f"{END}\nbackwards\n{START}\n", f"{START}\n{START}\n{END}\n"],
)
def test_a_readme_without_proper_markers_is_left_alone(broken):
    with pytest.raises(MarkersMissing):
        splice(broken, "table\n")
