"""Checking as people type without checking on every key press.

Each key press sends the text to the kernel; re-rendering the findings on every one
would make the page flicker and a screen reader announce half-typed words. The
check runs once typing pauses, for a tenth of a second: a typist's gap between
words, short enough that findings appear well within the 200 ms a click or key press
may take to show a result (the check itself takes about 10 ms). In a kernel the event loop is running, so the call is
scheduled on it (one pending call at a time; a new key press pushes it back). Without
a running loop (tests, scripts) the call runs at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable


class Debouncer:
    """Calls `callback` once, `delay` seconds after the last `trigger()`."""

    def __init__(self, callback: Callable[[], None], delay: float = 0.1) -> None:
        self._callback = callback
        self._delay = delay
        self._pending: asyncio.TimerHandle | None = None

    def trigger(self) -> None:
        self.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._callback()
            return
        self._pending = loop.call_later(self._delay, self._fire)

    def cancel(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def flush(self) -> None:
        """Run a pending call now (the "Check now" button)."""
        self.cancel()
        self._callback()

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def _fire(self) -> None:
        self._pending = None
        self._callback()
