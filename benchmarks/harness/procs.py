"""Reading processes from /proc: children, CPU seconds and proportional memory (PSS).

PSS shares each page between the processes that map it, so summing it over a room's
kernels gives the memory the room really costs, which RSS would overstate.
"""

from __future__ import annotations

import os
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def _stat_fields(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name may hold spaces; everything after its closing bracket is fixed.
    return raw[raw.rindex(")") + 2 :].split()


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds this process has used so far (0 if it has gone)."""
    fields = _stat_fields(pid)
    if fields is None:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def pss_mib(pid: int) -> float:
    """Proportional set size in MiB, from smaps_rollup (0 if the process has gone)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(parent: int) -> list[int]:
    """Direct child processes of `parent`."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            fields = _stat_fields(int(proc.name))
            if fields is not None and int(fields[1]) == parent:
                found.append(int(proc.name))
    return found


def kernel_children(parent: int) -> list[int]:
    """The ipykernel processes a Voilà server has started."""
    found = []
    for pid in children(parent):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"ipykernel" in cmdline:
            found.append(pid)
    return found
