"""Looking at kernel processes from outside (Voilà exposes no kernel list over HTTP)."""

from __future__ import annotations

from pathlib import Path


def kernel_pids(kernel_id: str = "") -> list[int]:
    """PIDs of ipykernel processes, optionally only the one for `kernel_id`."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if "ipykernel" in cmdline and f"kernel-{kernel_id}" in cmdline:
            found.append(int(proc.name))
    return found


def kernel_process_alive(kernel_id: str) -> bool:
    return bool(kernel_pids(kernel_id))
