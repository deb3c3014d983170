"""Drawing the chart a moment after the last change, so re-ranking stays instant.

Ranking takes milliseconds; drawing the chart takes a few hundred (seconds on a busy
workshop server), and the kernel can do nothing else meanwhile. So every change
updates the words and the scores table at once, and the picture is drawn only once
the form has been still for a moment: a facilitator stepping a weight from 3 down to
0 waits for one drawing, not four. In a kernel (Voilà) the wait runs on the kernel's
event loop; with no loop running (a script) the chart is drawn straight away.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from firstpost.core.channels import Ranking
from firstpost.ui.errors import guarded
from firstpost.ui.shell import notice

# Long enough to cover a few presses of a number box's arrows, short enough to feel prompt.
DELAY_SECONDS = 0.6
REDRAWING = (
    '<p class="fp-muted fp-chart-note">Redrawing the chart for your new settings. The '
    "shortlist and the table of scores are already up to date.</p>"
)


def running_loop() -> Any | None:
    """The event loop this code runs in (a kernel's), or None outside one."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class DeferredChart:
    """Shows a ranking's chart in `image`, drawn once changes have stopped for a moment.

    `loop` finds the loop to wait on (anything with asyncio's `call_later`), by default
    `running_loop`, looked up when needed; tests give their own to decide when the wait
    is over.
    """

    def __init__(
        self,
        draw: Callable[[Ranking], str],
        *,
        delay: float = DELAY_SECONDS,
        loop: Callable[[], Any | None] | None = None,
    ) -> None:
        self.image = widgets.HTML("")
        self.note = widgets.HTML("")
        self.drawings = 0
        self._draw = draw
        self._delay = delay
        self._loop = loop
        self._pending: Ranking | None = None
        self._timer: Any = None
        self._draw_pending = guarded("drawing the chart", self._show_error)(self.draw_now)

    @property
    def waiting(self) -> bool:
        """True while a newer ranking is waiting to be drawn."""
        return self._pending is not None

    def show(self, ranking: Ranking) -> None:
        """Draw this ranking's chart soon, replacing any drawing still waiting."""
        self._cancel_timer()
        self._pending = ranking
        loop = (self._loop or running_loop)()
        if loop is None:
            self._draw_pending()
            return
        if self.image.value:
            self.note.value = REDRAWING
        self._timer = loop.call_later(self._delay, self._draw_pending)

    def clear(self) -> None:
        """No chart (the form has a problem to fix), and nothing left waiting."""
        self._cancel_timer()
        self._pending = None
        self.image.value = ""
        self.note.value = ""

    def draw_now(self) -> None:
        """Draw the waiting ranking, if any, at once."""
        self._cancel_timer()
        ranking, self._pending = self._pending, None
        if ranking is None:
            return
        self.image.value = self._draw(ranking)
        self.note.value = ""
        self.drawings += 1

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _show_error(self, message: str) -> None:
        self.note.value = notice(message, "error")
