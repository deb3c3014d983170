"""Figures into verdicts (the issue's targets, as ratios within one run) and a Markdown page."""

from __future__ import annotations

import math
import statistics

TTI_VS_STOCK = 0.5
TTI_VS_BARE = 1.15
PSS_VS_BARE = 1.3
ROOM_P95_VS_ONE = 3.0
ROOM_CPU_VS_STOCK = 0.5
CORE_TARGETS_MS = {
    "channel rank": 50.0,
    "post check (3,000 characters)": 20.0,
    "plan save": 50.0,
    "list 5,000 plans": 300.0,
}
INTERACTION_MS = 200.0


def summary(samples: list[float | None]) -> dict:
    """Median, range and count; None is a sample that never finished (counted apart)."""
    finished = [value for value in samples if value is not None]
    row: dict = {"n": len(finished)}
    if len(finished) < len(samples):
        row["not_ready"] = len(samples) - len(finished)
    if finished:
        row.update(
            median=round(statistics.median(finished), 1),
            min=round(min(finished), 1),
            max=round(max(finished), 1),
        )
    return row


def percentile(samples: list[float], share: float) -> float:
    """Nearest-rank percentile (p95 of 20 is the 19th value)."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def _verdict(name: str, value, limit, detail: str) -> dict:
    ok = value is not None and limit is not None and value <= limit
    return {"target": name, "value": value, "limit": limit, "pass": ok, "detail": detail}


def verdicts(results: dict) -> list[dict]:
    found = []
    tti = results.get("tti", {})
    bare = tti.get("bare", {}).get("kit", {}).get("median")
    for app, row in tti.items():
        if app == "bare":
            continue
        kit = row.get("kit", {}).get("median")
        stock = row.get("stock", {}).get("median")
        if kit is not None and stock:
            found.append(
                _verdict(
                    f"TTI {app}: kit ≤ {TTI_VS_STOCK} × stock Voilà",
                    round(kit / stock, 2),
                    TTI_VS_STOCK,
                    f"{kit:.0f} ms vs {stock:.0f} ms",
                )
            )
        if kit is not None and bare:
            found.append(
                _verdict(
                    f"TTI {app}: kit ≤ {TTI_VS_BARE} × bare notebook",
                    round(kit / bare, 2),
                    TTI_VS_BARE,
                    f"{kit:.0f} ms vs {bare:.0f} ms",
                )
            )
    memory = results.get("memory", {})
    floor = memory.get("bare_ipywidgets_matplotlib", {}).get("pss_mib")
    for app, row in memory.items():
        if app.startswith("bare") or not floor or not row.get("pss_mib"):
            continue
        found.append(
            _verdict(
                f"Kernel PSS {app} ≤ {PSS_VS_BARE} × bare ipywidgets+matplotlib kernel",
                round(row["pss_mib"] / floor, 2),
                PSS_VS_BARE,
                f"{row['pss_mib']:.0f} MiB vs {floor:.0f} MiB",
            )
        )
    room = results.get("room", {})
    kit, stock = room.get("kit", {}), room.get("stock", {})
    if kit.get("p95_s") and kit.get("single_s"):
        found.append(
            _verdict(
                f"Room: p95 ready ≤ {ROOM_P95_VS_ONE} × one participant's (kit)",
                round(kit["p95_s"] / kit["single_s"], 2),
                ROOM_P95_VS_ONE,
                f"p95 {kit['p95_s']:.1f} s vs one {kit['single_s']:.1f} s",
            )
        )
    if kit.get("cpu_s_per_participant") is not None and stock.get("cpu_s_per_participant"):
        found.append(
            _verdict(
                f"Room: CPU s per participant ≤ {ROOM_CPU_VS_STOCK} × stock Voilà",
                round(kit["cpu_s_per_participant"] / stock["cpu_s_per_participant"], 2),
                ROOM_CPU_VS_STOCK,
                f"{kit['cpu_s_per_participant']:.2f} s vs {stock['cpu_s_per_participant']:.2f} s "
                f"serving the room; the kit then spent "
                f"{kit.get('refill_cpu_s_per_participant', 0):.2f} s each refilling its pool",
            )
        )
    if "kernels_after_wait" in kit:
        found.append(
            _verdict(
                "Room: kernels back to the preheated pool size after the room leaves",
                kit["kernels_after_wait"],
                kit["pool_before"],
                f"{kit['kernels_after_wait']} kernels {kit['wait_s']:.0f} s after leaving, "
                f"pool {kit['pool_before']}",
            )
        )
    core = results.get("core", {})
    core_values = {
        "channel rank": core.get("channels", {}).get("rank", {}).get("median_ms"),
        "post check (3,000 characters)": core.get("post_check", {})
        .get("post", {})
        .get("median_ms"),
        "plan save": core.get("plan_store", {}).get("save"),
        "list 5,000 plans": core.get("plan_store", {}).get("list_5000"),
    }
    for name, value in core_values.items():
        if value is not None:
            limit = CORE_TARGETS_MS[name]
            found.append(_verdict(f"Core: {name} < {limit:g} ms", value, limit, f"{value} ms"))
    for name, row in results.get("interactions", {}).items():
        if row.get("median") is not None:
            found.append(
                _verdict(
                    f"Browser: {name} < {INTERACTION_MS:g} ms",
                    row["median"],
                    INTERACTION_MS,
                    f"median {row['median']} ms, max {row['max']} ms",
                )
            )
    return found


def _ms(row: dict) -> str:
    missing = f"; {row['not_ready']} not ready in 2 min" if row and row.get("not_ready") else ""
    if not row or not row.get("n"):
        return f"–{missing}"
    return f"{row['median']:.0f} ({row['min']:.0f}–{row['max']:.0f}){missing}"


def markdown(results: dict) -> str:
    meta = results["meta"]
    lines = [
        "# First Post benchmarks",
        "",
        f"Run {meta['started']} on {meta['machine']} ({meta['cores']} cores), "
        f"{meta['runs']} counted runs after {meta['warmup']} warm-up. Produced by `make bench` "
        "(benchmarks/run.py); do not edit by hand.",
        "",
        "## Targets",
        "",
        "| target | measured | limit | result | detail |",
        "|---|---|---|---|---|",
    ]
    for row in results["verdicts"]:
        result = "PASS" if row["pass"] else "FAIL"
        lines.append(
            f"| {row['target']} | {row['value']} | {row['limit']} | {result} | {row['detail']} |"
        )
    if results.get("tti"):
        lines += [
            "",
            "## Time to interactive (ms, median (min–max))",
            "",
            "| app | kit | stock Voilà | control found |",
            "|---|---|---|---|",
        ]
        for app, row in results["tti"].items():
            control = row.get("kit", {}).get("control", "")
            lines.append(
                f"| {app} | {_ms(row.get('kit', {}))} | {_ms(row.get('stock', {}))} | {control} |"
            )
    if results.get("memory"):
        lines += ["", "## Kernel memory per participant (PSS, MiB)", "", "| kernel | PSS |"]
        lines.append("|---|---|")
        for app, row in results["memory"].items():
            lines.append(f"| {app} | {row.get('pss_mib', row.get('error', '–'))} |")
    room = results.get("room", {})
    if room:
        lines += [
            "",
            f"## Room ({room.get('app', '')})",
            "",
            f"The kit as started for a workshop: `firstpost {room.get('kit_command', 'serve')}`.",
            "",
            "| server | participants | one alone (s) | p50 (s) | p95 (s) | CPU s / participant "
            "(+ pool refill) | server CPU s | total PSS (MiB) | kernels after leaving "
            "| browser room TTI ms |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for kind in ("kit", "stock"):
            row = room.get(kind, {})
            if not row:
                continue
            lines.append(
                f"| {kind} | {row.get('participants')} | {row.get('single_s')} | "
                f"{row.get('p50_s')} | {row.get('p95_s')} | {row.get('cpu_s_per_participant')} "
                f"(+ {row.get('refill_cpu_s_per_participant', 0)}) | "
                f"{row.get('server_cpu_s')} | {row.get('total_pss_mib')} | "
                f"{row.get('kernels_after_wait', '–')} (pool {row.get('pool_before')}) | "
                f"{_ms(row.get('browser_room', {}))} |"
            )
    if results.get("interactions"):
        lines += ["", "## Interaction latency in the browser (ms)", "", "| action | ms |"]
        lines.append("|---|---|")
        for name, row in results["interactions"].items():
            lines.append(f"| {name} | {_ms(row)} |")
    core = results.get("core", {})
    if core.get("importtime"):
        lines += [
            "",
            "## Import time of each UI module (`python -X importtime`)",
            "",
            "| module | total ms | heavy libraries loaded | heaviest packages (ms) |",
            "|---|---|---|---|",
        ]
        for module, row in core["importtime"].items():
            heavy = ", ".join(row["heavy_libraries_loaded"]) or "none"
            packages = ", ".join(f"{k} {v}" for k, v in row["heaviest_packages_ms"].items())
            lines.append(f"| {module} | {row['total_ms']} | {heavy} | {packages} |")
    if meta.get("external_requests"):
        lines += [
            "",
            f"Requests to other hosts (refused on this network): {meta['external_requests']}",
        ]
    return "\n".join(lines) + "\n"
