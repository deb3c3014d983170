"""Checking the database every second, so new questions appear without a reload.

Each page is its own kernel process and attendees write from other kernels, so the
board has to look for new rows itself. It does so with an asyncio task on the
kernel's own event loop (the one that runs button clicks):
- the database read runs in a worker thread (`asyncio.to_thread`), so a slow read
  never freezes the facilitator's buttons;
- the widgets are updated back on the loop, in the kernel's main thread, so an update
  can never interleave with a click handler changing the same widgets. (ipykernel 7
  changed how output from other threads is routed; widget updates from the loop's own
  thread are unaffected.)
The task stops when asked, when the page's widgets are closed, after `max_runtime`
(a leaked kernel must not poll forever), and with the kernel itself when the tab
closes. Outside a kernel (tests, scripts) there is no running loop and nothing starts:
callers refresh by hand.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from firstpost.ui.errors import report

T = TypeVar("T")
INTERVAL_S = 1.0
MAX_RUNTIME_S = 4 * 3600  # a long surgery is two hours; twice that and it has been left open


def running_loop() -> asyncio.AbstractEventLoop | None:
    """The kernel's event loop when called from a cell or a callback; None elsewhere."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class LivePoller(Generic[T]):
    """Calls `read` off the loop and `apply(result)` on it, every `interval` seconds."""

    def __init__(
        self,
        read: Callable[[], T],
        apply: Callable[[T], None],
        *,
        on_problem: Callable[[str], None],
        on_stop: Callable[[str], None],
        interval: float = INTERVAL_S,
        max_runtime: float = MAX_RUNTIME_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._read = read
        self._apply = apply
        self._on_problem = on_problem
        self._on_stop = on_stop
        self._interval = interval
        self._max_runtime = max_runtime
        self._clock = clock
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> bool:
        """Start polling on the running loop; False (and nothing started) if there is none."""
        if self.running:
            return True
        loop = running_loop()
        if loop is None:
            return False
        self._stopping = False
        self._task = loop.create_task(self._run())
        return True

    def stop(self) -> None:
        self._stopping = True
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    async def _run(self) -> None:
        deadline = self._clock() + self._max_runtime
        failing = False
        try:
            while not self._stopping:
                if self._clock() >= deadline:
                    self._on_stop(
                        "Live updates have paused because this page has been open a long time. "
                        "Press “Check for new questions” or reload the page to carry on."
                    )
                    return
                try:
                    result = await asyncio.to_thread(self._read)
                    if not self._stopping:
                        self._apply(result)
                    if failing:
                        self._on_problem("")
                    failing = False
                except Exception:
                    if not failing:  # log once per outage, not every second
                        report("checking for new questions")
                        self._on_problem(
                            "The board cannot reach the database just now, so new questions may "
                            "not appear. It keeps trying; nothing already sent is lost."
                        )
                    failing = True
                await asyncio.sleep(self._interval)
        except asyncio.CancelledError:
            pass
