"""A page whose start-up stalls ends in a plain message and a Reload button.

Voilà shows "Executing 2 of 3" while it runs an app's notebook. If a step never
finishes (a kernel that stopped answering: stock Voilà hung like this in about 3%
of page loads with the TCP transport), the person would watch that spinner for
ever. The kit gives every step a time limit (`firstpost serve --cell-timeout`);
when it runs out, Voilà stops running the notebook and shows the page, and the
stalled step's output here becomes a message saying what to do, with a button
that reloads the page (a reload gets a fresh kernel). The stalled kernel is
interrupted so it goes idle and the culler can reclaim it.
"""

from __future__ import annotations

import os

CELL_TIMEOUT_ENV = "FIRSTPOST_CELL_TIMEOUT"
_interrupts: set = set()  # interrupts in flight, kept referenced until done
DEFAULT_CELL_TIMEOUT_S = 120

STALLED_HTML = (
    '<div class="fp-stalled fp-notice fp-notice--error" role="alert">'
    "<h1>This page is taking too long to open</h1>"
    "<p>Something held it up, and it has stopped trying. Nothing you saved is affected. "
    "Reload the page to try again; if it happens again, tell your facilitator.</p>"
    '<p><button type="button" class="fp-reload jupyter-button mod-primary" '
    'onclick="window.location.reload()">Reload the page</button></p>'
    "</div>"
)
STALLED_TEXT = (
    "This page is taking too long to open. Reload the page to try again; if it "
    "happens again, tell your facilitator."
)


def default_cell_timeout() -> int:
    """Seconds one notebook step may run: FIRSTPOST_CELL_TIMEOUT, or 120."""
    raw = os.environ.get(CELL_TIMEOUT_ENV, "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_CELL_TIMEOUT_S


def stalled_output() -> dict:
    """The output put in place of a step that ran out of time."""
    return {
        "output_type": "display_data",
        "metadata": {},
        "data": {"text/html": STALLED_HTML, "text/plain": STALLED_TEXT},
    }


def install_stall_message() -> None:
    """Replace Voilà's developer-facing timeout text ("run Voilà with
    --VoilaExecutor.interrupt_on_timeout=True") with the kit's message, log the stall
    for the person running the server, and interrupt the stalled kernel."""
    import asyncio
    import logging

    from nbclient.util import ensure_async
    from voila.execute import VoilaExecutor

    if getattr(VoilaExecutor.show_code_cell_timeout, "_firstpost", False):
        return
    log = logging.getLogger("firstpost.serve")

    def show_stalled(self, cell) -> None:
        log.error(
            "a page stalled: one step of %s ran over %s s and was stopped; the person "
            "was asked to reload",
            (self.resources or {}).get("metadata", {}).get("path", "an app"),
            self.timeout,
        )
        cell["outputs"] = [stalled_output()]
        if self.km is not None:
            try:
                task = asyncio.ensure_future(ensure_async(self.km.interrupt_kernel()))
                _interrupts.add(task)
                task.add_done_callback(_interrupts.discard)
            except Exception:  # a dead kernel cannot be interrupted; the culler ends it
                log.exception("could not interrupt the stalled kernel")

    show_stalled._firstpost = True  # type: ignore[attr-defined]
    VoilaExecutor.show_code_cell_timeout = show_stalled
