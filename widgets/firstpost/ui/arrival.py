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
visitor: as soon as Voilà hands the page over (it sends the request's details to the
kernel then, a second or two before the browser has loaded its scripts), or at the
latest when the browser connects. ipywidgets' front end asks for every widget's state
first thing and gives up after 4 seconds, after which the page never draws; so if the
rebuild has not happened by then, the answer (the small notice) goes first and the
app follows as ordinary widget messages. An earlier version rebuilt only on that
question, before answering: on a busy machine it outran the 4 seconds.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

CONTROL_TARGET = "jupyter.widget.control"
_waiting: list[Callable[[], None]] = []
_state = {"arrived": False, "installed": False}
# The visitor's request, as Voilà hands it over ("text"), or why it could not be had.
_request: dict[str, object] = {}
_request_came = threading.Event()


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
    """Call `callback` when Voilà hands this page to a visitor; True if it was deferred.

    At the latest, that is when the visitor's browser connects.

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
        _listen_for_the_request()
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


def _listen_for_the_request() -> None:
    """Wait, beside the kernel, for Voilà to hand this page to a visitor.

    Voilà sends the request's details on /voila/query/<kernel id> the moment it serves
    the page, a second or two before the browser has loaded its scripts and connects.
    Starting the rebuild then means it is usually finished when the browser asks for
    the widgets, which then arrive in one answer. Not Voilà's own `wait_for_request`,
    which holds the notebook mid-cell: pages that had waited a few minutes that way
    never rendered. This waits in its own thread and loop, and hands over to the
    kernel's loop, where widgets may be touched.
    """
    import asyncio

    try:
        kernel_loop = asyncio.get_running_loop()
    except RuntimeError:  # not inside a kernel's loop: the browser's arrival will do
        return

    async def listen() -> None:
        import websockets

        url = _query_url()
        for attempt in range(30):
            try:
                async with websockets.connect(url, open_timeout=5, close_timeout=0.1) as socket:
                    _request["text"] = await socket.recv()
                    break
            except Exception as error:  # the server is restarting, say: try again
                _request["error"] = error
                await asyncio.sleep(min(2**attempt, 30))
        _request_came.set()
        kernel_loop.call_soon_threadsafe(arrive)

    threading.Thread(target=lambda: asyncio.run(listen()), daemon=True).start()


def _query_url() -> str:
    env = os.environ
    base = env.get("VOILA_WS_BASE_URL") or env.get("VOILA_SERVER_URL", "/")
    return (
        f"{env.get('VOILA_WS_PROTOCOL', 'ws')}://{env.get('VOILA_APP_IP', '127.0.0.1')}:"
        f"{env.get('VOILA_APP_PORT', '8866')}{base}voila/query/{env.get('VOILA_KERNEL_ID')}"
    )


def _read_request(timeout: float = 2.0) -> None:
    """The visitor's QUERY_STRING and the rest of their request, into os.environ.

    Voilà sends them as it serves the page, before the browser can connect, so they
    are normally here already. Bounded: if they cannot be had, the page still opens,
    as if it had no query string, and the reason goes to the log.
    """
    import json

    from firstpost.ui.errors import report

    _request_came.wait(timeout)
    if "text" not in _request:
        try:
            raise RuntimeError(
                f"no request details from {_query_url()}: {_request.get('error', 'timed out')}"
            )
        except RuntimeError:
            report("reading the page address")
        return
    for key, value in json.loads(str(_request["text"])).items():
        os.environ[key] = str(value)
