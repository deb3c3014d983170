"""The benchmark harness still runs end to end (issue #9), in its smallest form.

No timing is asserted (machines are noisy): only that `benchmarks/run.py` measures
every part, writes its JSON and Markdown, and leaves no server or kernel running.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SMOKE = [
    "--warmup", "0",
    "--runs", "1",
    "--pages", "2",
    "--room", "2",
    "--kernel-wait", "1",
    "--apps", "index",
    "--room-app", "index.ipynb",
    "--quick-core",
    "--core-repeat", "2",
]  # fmt: skip


@pytest.mark.browser
def test_smoke_run_measures_every_part_and_cleans_up(tmp_path):
    completed = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), *SMOKE, "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=240,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    results = json.loads((tmp_path / "latest.json").read_text())

    tti = results["tti"]
    assert tti["index"]["kit"]["n"] == 1 and tti["index"]["stock"]["n"] == 1
    assert tti["bare"]["kit"]["control"] == "Ready"
    assert tti["index"]["kit"]["median"] > 0
    memory = results["memory"]
    assert memory["bare_ipywidgets_matplotlib"]["pss_mib"] > memory["bare"]["pss_mib"] > 0
    assert memory["index"]["pss_mib"] > 0
    for kind in ("kit", "stock"):
        room = results["room"][kind]
        assert room["errors"] == [] and len(room["ready_s"]) == 2
        assert room["cpu_s_per_participant"] > 0 and room["total_pss_mib"] > 0
        assert "kernels_after_wait" in room
    assert results["room"]["kit"]["browser_room"]["n"] == 2
    core = results["core"]
    assert core["post_check"]["chars"] == 3000
    assert core["importtime"]["firstpost.ui.home"]["total_ms"] > 0

    targets = {row["target"] for row in results["verdicts"]}
    assert any(t.startswith("TTI index: kit ≤ 0.5") for t in targets)
    assert any(t.startswith("Kernel PSS index") for t in targets)
    assert any(t.startswith("Room: CPU") for t in targets)
    page = (tmp_path / "latest.md").read_text()
    assert "## Targets" in page and ("| PASS |" in page or "| FAIL |" in page)

    alive = [pid for pid in results["meta"]["pids_started"] if Path(f"/proc/{pid}").exists()]
    assert alive == [], f"left running: {alive}"
