"""A cap on app pages open at once, so a busy room cannot exhaust the machine.

Voilà starts one kernel (a Python process of ~60-150 MiB) per page load and has no
limit of its own (voila-dashboards/voila issue #617): a room reloading pages, or a
link shared too widely, keeps starting kernels until the server runs out of memory
and every page dies at once. Past the cap, a new page gets a short "busy, try again
in a minute" answer (HTTP 503 with Retry-After) and the pages already open carry on.

The cap counts kernels serving pages: the warm kernels kept in Voilà's pools are
bounded by their own sizes and are not counted. Tornado runs requests on one
thread, so the count and the admission below cannot race.
"""

from __future__ import annotations

import os
from pathlib import Path

MIB = 1024 * 1024
# A kit page's kernel measured ~125 MiB RSS (pandas + matplotlib + ipywidgets);
# a little headroom for the server and the browser-side bursts.
KERNEL_MIB = 150
MIN_KERNELS = 2
RETRY_AFTER_S = 60
MAX_KERNELS_ENV = "FIRSTPOST_MAX_KERNELS"


def available_mib(meminfo: Path = Path("/proc/meminfo")) -> int | None:
    """Memory the machine can give new processes now (MemAvailable), in MiB."""
    try:
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // MIB
    except (OSError, ValueError, AttributeError):
        return None


def default_max_kernels(pooled: int = 0, free_mib: int | None = None) -> int:
    """Pages the machine's free memory can hold: free MiB / 150 MiB, less the warm pools.

    FIRSTPOST_MAX_KERNELS overrides it (JupyterHub and service files set the
    environment more easily than arguments).
    """
    raw = os.environ.get(MAX_KERNELS_ENV, "").strip()
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    free = available_mib() if free_mib is None else free_mib
    if free is None:
        return 20
    return max(MIN_KERNELS, free // KERNEL_MIB - pooled)


def pooled_kernel_ids(kernel_manager) -> tuple[set[str], int]:
    """Kernels idling in Voilà's preheat pools, and pool kernels still starting."""
    ready: set[str] = set()
    starting = 0
    for pool in getattr(kernel_manager, "_pools", {}).values():
        for task in pool:
            if not task.done():
                starting += 1
            elif not task.cancelled() and task.exception() is None:
                kernel_id = (task.result() or {}).get("kernel_id")
                if kernel_id:
                    ready.add(kernel_id)
    return ready, starting


def pages_open(kernel_manager, admitting: int = 0) -> int:
    """Kernels serving pages now, plus pages admitted whose kernel is not yet counted."""
    ready, starting = pooled_kernel_ids(kernel_manager)
    live = set(kernel_manager.list_kernel_ids())
    # A pool kernel still starting may already be listed as live: never count it as a page.
    return max(0, len(live - ready) - starting) + admitting


class KernelLimit:
    """The cap and the pages admitted but not yet holding a kernel."""

    def __init__(self, max_kernels: int) -> None:
        self.max_kernels = max_kernels
        self.admitting = 0

    def full(self, kernel_manager) -> bool:
        return pages_open(kernel_manager, self.admitting) >= self.max_kernels


def install_kernel_limit(max_kernels: int) -> KernelLimit:
    """Put the cap in front of the handler Voilà uses for every app page.

    Replaces `TornadoVoilaHandler.get` with the same loop plus the admission check;
    a page counts as "admitting" until its first bytes go out, which Voilà sends
    only once the page's kernel is started (or taken from a pool).
    """
    import tornado.web
    from voila.tornado.handler import TornadoVoilaHandler

    limit = KernelLimit(max_kernels)

    @tornado.web.authenticated
    async def get(self, path=None):
        if limit.full(self.kernel_manager):
            self.log.warning(
                "refused a page: %s pages open, the most allowed is %s (--max-kernels)",
                pages_open(self.kernel_manager),
                limit.max_kernels,
            )
            self.set_status(503)
            self.set_header("Retry-After", str(RETRY_AFTER_S))
            self.set_header("Content-Type", "text/html; charset=UTF-8")
            self.set_header("Cache-Control", "no-store")
            self.finish(self.render_template("busy.html", retry_after=RETRY_AFTER_S))
            return
        limit.admitting += 1
        admitted = True
        try:
            async for html in self.get_generator(path=path):
                if admitted:
                    limit.admitting -= 1
                    admitted = False
                self.write(html)
                self.flush()
        finally:
            if admitted:
                limit.admitting -= 1

    get._firstpost_limit = limit  # type: ignore[attr-defined]
    TornadoVoilaHandler.get = get
    return limit
