"""A preheated page learns when its visitor arrives, and is rebuilt for them then.

Voilà can keep kernels that have already run an app's notebook waiting in a pool
("preheated"), which takes kernel start-up, imports and the first build off the
visitor's wait. But such a page was built before anyone asked for it: without the
visitor's query string (?join=, ?episode=, ?mode=) and with saved data as it was
then. Voilà's own answer, `wait_for_request`, stops the notebook mid-cell until the
request comes; here pages that had waited a few minutes that way never rendered (the
wait outlives the cell timeout).

So the notebook runs to the end, and the app is built again at the moment the
visitor's browser connects: ipywidgets' front end opens the "jupyter.widget.control"
comm and asks for every widget's state before it draws anything. By then Voilà has
the request's details (it hands them over as it serves the page), so fetching them
takes milliseconds, and the rebuilt app answers the browser's first question with
the visitor's own query string and the data as it is now.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

CONTROL_TARGET = "jupyter.widget.control"
_waiting: list[Callable[[], None]] = []
_state = {"arrived": False, "installed": False}


def preheated() -> bool:
    """True in a kernel Voilà started for an app's pool (`FIRSTPOST_PREHEAT=all`).

    Home's pool (always on) needs no rebuild: it shows nothing personal or changing.
    """
    return (
        os.environ.get("VOILA_PREHEAT", "False") == "True"
        and os.environ.get("FIRSTPOST_PREHEAT") == "all"
    )


def when_visitor_arrives(callback: Callable[[], None]) -> bool:
    """Call `callback` when the visitor's browser connects; True if it was deferred.

    False (nothing deferred) in an ordinary kernel, which Voilà starts for one request
    and which therefore already has it, and once the visitor has arrived.
    """
    if not preheated() or _state["arrived"]:
        return False
    if _browser_connected():
        # Voilà handed this kernel to a visitor before the app was built (the pool
        # had not finished filling): the request is there to be read now.
        arrive()
        return False
    _waiting.append(callback)
    if not _state["installed"]:
        from comm import get_comm_manager

        get_comm_manager().register_target(CONTROL_TARGET, _control_opened)
        _state["installed"] = True
    return True


def arrive(comm_class: type | None = None) -> None:
    """Read the visitor's request into the environment, then run what was waiting.

    With `comm_class` (the kernel's comm type), nothing the callbacks do to widgets is
    sent: the browser has not been told about any widget yet and is about to ask for
    them all, so new widgets, changes and closings reach it in that one answer. Sent
    one by one, they would name widgets the page does not know yet (errors in the
    browser's console).
    """
    if _state["arrived"]:
        return
    _state["arrived"] = True
    _read_request()
    from firstpost.ui.errors import report

    callbacks = list(_waiting)
    _waiting.clear()
    with _unsent(comm_class):
        for callback in callbacks:
            try:
                callback()
            except Exception:
                report("preparing a page for its visitor")


@contextmanager
def _unsent(comm_class: type | None) -> Iterator[None]:
    if comm_class is None:
        yield
        return
    # The class that sends (ipykernel's base comm; the control comm is a subclass).
    sender = next(cls for cls in comm_class.__mro__ if "publish_msg" in cls.__dict__)
    own = sender.__dict__["publish_msg"]
    sender.publish_msg = lambda self, *args, **kwargs: None  # type: ignore[attr-defined]
    try:
        yield
    finally:
        sender.publish_msg = own  # type: ignore[attr-defined]


def _control_opened(comm, msg) -> None:  # type: ignore[no-untyped-def]
    """ipywidgets' own handler, after the app has been rebuilt for the visitor."""
    from ipywidgets import Widget

    arrive(type(comm))
    Widget.handle_control_comm_opened(comm, msg)


def _browser_connected() -> bool:
    from ipywidgets import Widget

    return Widget._control_comm is not None


def _read_request(timeout: float = 2.0) -> None:
    """QUERY_STRING and the rest of the request, from Voilà (sets os.environ).

    Voilà keeps each pooled kernel's request details until the kernel asks for them
    on its /voila/query/<kernel id> socket, so this takes a few milliseconds. Not
    Voilà's own `wait_for_request`: here it took over 20 s to return (it waits for
    the socket's closing handshake), while the browser gives up waiting for the
    widgets after 4 s. Bounded: if the server cannot answer, the page still opens,
    as if it had no query string.
    """
    import asyncio
    import json
    import threading

    from firstpost.ui.errors import report

    env = os.environ
    base = env.get("VOILA_WS_BASE_URL") or env.get("VOILA_SERVER_URL", "/")
    url = (
        f"{env.get('VOILA_WS_PROTOCOL', 'ws')}://{env.get('VOILA_APP_IP', '127.0.0.1')}:"
        f"{env.get('VOILA_APP_PORT', '8866')}{base}voila/query/{env.get('VOILA_KERNEL_ID')}"
    )
    found: dict[str, object] = {}

    async def fetch() -> str:
        import websockets

        async with websockets.connect(url, open_timeout=timeout, close_timeout=0.1) as socket:
            return await asyncio.wait_for(socket.recv(), timeout)

    def run() -> None:
        try:
            found["text"] = asyncio.run(fetch())
        except Exception as error:  # reported below, in the kernel's own thread
            found["error"] = error

    # Its own thread and loop: this runs inside the kernel's loop, which must not
    # be re-entered.
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(2 * timeout + 0.5)
    if "text" not in found:
        try:
            raise RuntimeError(f"no request details from {url}: {found.get('error', 'timed out')}")
        except RuntimeError:
            report("reading the page address")
        return
    for key, value in json.loads(str(found["text"])).items():
        env[key] = str(value)
