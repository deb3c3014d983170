"""Turning failures into words a participant can act on, with details kept for the log.

Users never see a traceback: the full error goes to the server's log (and the kit's
log file in the data folder) and the page shows what to do next.
"""

from __future__ import annotations

import functools
import logging
import logging.handlers
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

log = logging.getLogger("firstpost")

_configured = False


def configure_logging() -> None:
    """Send the kit's log to stderr (the server log) and a rotating file in the data folder."""
    global _configured
    if _configured:
        return
    _configured = True
    log.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stream = logging.StreamHandler()
    stream.setFormatter(formatter)
    log.addHandler(stream)
    try:
        from firstpost.core.settings import load_settings

        folder = load_settings().log_dir
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "firstpost.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(formatter)
        log.addHandler(handler)
    except OSError:
        log.warning("could not open the log file; logging to the server log only")


def report(context: str) -> None:
    """Log the exception being handled, with its traceback, under a plain context."""
    configure_logging()
    log.exception("error while %s", context)


def guarded(context: str, show: Callable[[str], None]) -> Callable[[F], F]:
    """Wrap a widget callback so an unexpected error is shown in words, never raised.

    `show` puts the message on the page (e.g. a status line near the control).
    """

    def decorate(callback: F) -> F:
        @functools.wraps(callback)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return callback(*args, **kwargs)
            except Exception:
                report(context)
                show(
                    f"Sorry, something went wrong while {context}. Nothing you typed has been "
                    "lost. Try again; if it keeps happening, tell your facilitator."
                )
                return None

        return wrapper  # type: ignore[return-value]

    return decorate
