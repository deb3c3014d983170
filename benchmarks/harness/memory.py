"""Kernel memory per participant and CPU seconds per participant, read from /proc."""

from __future__ import annotations

from pathlib import Path

from harness.procs import cpu_seconds, pss_mib
from harness.room import Participant, arrive, leave
from harness.servers import Server


def kernel_pid(kernel_id: str) -> int | None:
    """The ipykernel process whose connection file names this kernel id."""
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if b"ipykernel" in cmdline and f"kernel-{kernel_id}".encode() in cmdline:
            return int(proc.name)
    return None


def participant_pss(server: Server, notebook: str, send_cookie: bool) -> dict:
    """One participant opens `notebook`; the PSS of their kernel once the app is ready."""
    people = arrive(server.base, server.url(notebook), 1, send_cookie)
    try:
        who = people[0]
        if who.error:
            return {"error": who.error}
        server.settle()
        pid = kernel_pid(who.kernel_id)
        return {"pss_mib": round(pss_mib(pid), 1) if pid else None}
    finally:
        leave(server.base, people, send_cookie)


def cpu_snapshot(server: Server) -> dict[int, float]:
    return {pid: cpu_seconds(pid) for pid in [server.pid, *server.kernels()]}


def room_cost(server: Server, notebook: str, size: int, send_cookie: bool) -> dict:
    """A room arrives: ready times, CPU per participant, total memory; then it leaves.

    CPU is counted from the moment the room arrives until everything is idle again, in
    two parts: serving the room (the server, and the kernels the participants were
    given, whether started for them or handed over from a pool) and refilling the pool
    for whoever comes next (kernels started while the room was served). Stock Voilà
    keeps no pool, so all of its CPU is serving.
    """
    server.settle()
    pool = len(server.kernels())
    before = cpu_snapshot(server)
    people: list[Participant] = arrive(server.base, server.url(notebook), size, send_cookie)
    try:
        server.settle(timeout=120)
        after = cpu_snapshot(server)
        cpu = sum(after[pid] - before.get(pid, 0.0) for pid in after)
        given = {server.pid} | {kernel_pid(who.kernel_id) for who in people if who.kernel_id}
        serving = sum(after[pid] - before.get(pid, 0.0) for pid in after if pid in given)
        kernels = server.kernels()
        memory = pss_mib(server.pid) + sum(pss_mib(pid) for pid in kernels)
    finally:
        leave(server.base, people, send_cookie)
    ready = sorted(who.ready_s for who in people if not who.error)
    return {
        "participants": size,
        "ready_s": [round(value, 3) for value in ready],
        "errors": [who.error for who in people if who.error],
        "leave_status": sorted({who.left_status for who in people}),
        "cpu_s_per_participant": round(serving / size, 3),
        "refill_cpu_s_per_participant": round((cpu - serving) / size, 3),
        "server_cpu_s": round(after[server.pid] - before[server.pid], 3),
        "total_pss_mib": round(memory, 1),
        "kernels_during": len(kernels),
        "pool_before": pool,
    }
