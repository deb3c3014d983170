"""A preheated page learns when its visitor arrives, and is rebuilt for them then.

Voilà can keep kernels that have already run an app's notebook waiting in a pool
("preheated"), which takes kernel start-up, imports and the first build off the
visitor's wait. But such a page was built before anyone asked for it: without the
visitor's query string (?join=, ?episode=, ?mode=) and with saved data as it was
then. Voilà's own answer, `wait_for_request`, stops the notebook mid-cell until the
request comes; here pages that had waited a few minutes that way never rendered (the
wait outlives the cell timeout).

So the notebook runs to the end (which loads the imports and content caches), the
page is left showing a one-line "Opening…" notice, and the app is built again for the
visitor when their browser connects. ipywidgets' front end asks for every widget's
state first thing and gives up after 4 seconds, after which the page never draws; so
the answer (the small notice) goes first, then the request's details are fetched from
Voilà (milliseconds) and the app is rebuilt with the visitor's query string and the data
as it is now, reaching the page as ordinary widget messages. An earlier version rebuilt
before answering: on a busy machine it outran the 4 seconds. Another listened for the
hand-over from the moment the page was made: pages that then waited minutes for a
visitor (a workshop's warm pages) never drew.
"""

from __future__ import annotations

import os
from collections.abc import Callable

CONTROL_TARGET = "jupyter.widget.control"
_waiting: list[Callable[[], None]] = []
_state = {"arrived": False, "installed": False}


def preheated() -> bool:
    """True in a kernel Voilà started for a pool (`firstpost serve` keeps one per app).

    Not with FIRSTPOST_PREHEAT=home, which keeps Home alone warm: Home shows nothing
    personal or changing, so it needs no rebuild.
    """
    return (
        os.environ.get("VOILA_PREHEAT", "False") == "True"
        and os.environ.get("FIRSTPOST_PREHEAT", "all") != "home"
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


def arrive() -> None:
    """Read the visitor's request into the environment, then run what was waiting."""
    if _state["arrived"]:
        return
    _state["arrived"] = True
    _read_request()
    from firstpost.ui.errors import report

    callbacks = list(_waiting)
    _waiting.clear()
    for callback in callbacks:
        try:
            callback()
        except Exception:
            report("preparing a page for its visitor")


def _control_opened(comm, msg) -> None:  # type: ignore[no-untyped-def]
    """ipywidgets' own handler, then the rebuild once the browser has its first answer.

    The browser asks for every widget's state as soon as it connects and gives up
    after 4 seconds (then the page never draws). So the answer, the small "Opening…"
    line, goes first, however busy the machine is; the app is rebuilt for the visitor
    straight after and reaches the page as ordinary widget messages.
    """
    from ipywidgets import Widget

    Widget.handle_control_comm_opened(comm, msg)

    def answer_then_arrive(message) -> None:  # type: ignore[no-untyped-def]
        Widget._handle_control_comm_msg(message)
        if message["content"]["data"].get("method") == "request_states":
            arrive()

    comm.on_msg(answer_then_arrive)


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
