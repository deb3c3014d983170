"""A room of participants without browsers: what the server and kernels do when 20 arrive.

Twenty headless browsers on two cores would measure the browsers, so each participant
here is a light client doing what Voilà's page does on the wire: GET the app page (the
server executes the notebook or hands over a preheated one), read the kernel id the
page embeds (#jupyter-config-data, `kernelId`), connect the kernel websocket
(/api/kernels/<id>/channels) and ask for the widget state as ipywidgets 8's front end
does (a `jupyter.widget.control` comm, `request_states`). Ready = `update_states` back.
Leaving sends the page's tab-close beacon (voila/api/shutdown/<id>, with the page's
_xsrf cookie when the page sets one, as the kit's template does; stock Voilà's page
does not, so its beacon is refused — Voilà issue #1458).
"""

from __future__ import annotations

import asyncio
import json
import re
import struct
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

CONFIG_RE = re.compile(
    r'<script id="jupyter-config-data" type="application/json">\s*(.*?)\s*</script>', re.S
)
TIMEOUT_S = 180.0


@dataclass
class Participant:
    ready_s: float = 0.0
    page_s: float = 0.0
    kernel_id: str = ""
    error: str = ""
    left_status: int = 0


def _message(msg_type: str, content: dict, session: str, channel: str = "shell") -> str:
    header = {
        "msg_id": uuid.uuid4().hex,
        "msg_type": msg_type,
        "username": "bench",
        "session": session,
        "date": datetime.now(UTC).isoformat(),
        "version": "5.3",
    }
    metadata = {"version": "1.0.0"} if msg_type == "comm_open" else {}
    return json.dumps(
        {
            "header": header,
            "parent_header": {},
            "metadata": metadata,
            "content": content,
            "channel": channel,
            "buffers": [],
        }
    )


def _decode(frame: str | bytes) -> dict:
    """A kernel message from the websocket: JSON text, or the binary form with buffers."""
    if isinstance(frame, str):
        return json.loads(frame)
    count = struct.unpack("!I", frame[:4])[0]
    offsets = struct.unpack(f"!{count}I", frame[4 : 4 + 4 * count])
    end = offsets[1] if count > 1 else len(frame)
    return json.loads(frame[offsets[0] : end].decode())


async def _widget_state(ws_url: str) -> None:
    session = uuid.uuid4().hex
    ws = await websocket_connect(f"{ws_url}?session_id={session}")
    try:
        comm_id = uuid.uuid4().hex
        open_content = {
            "comm_id": comm_id,
            "target_name": "jupyter.widget.control",
            "data": {},
        }
        await ws.write_message(_message("comm_open", open_content, session))
        request = {"comm_id": comm_id, "data": {"method": "request_states"}}
        await ws.write_message(_message("comm_msg", request, session))
        opening: set[str] = set()  # a warm page's "Opening…" line, until the app replaces it
        while True:
            frame = await ws.read_message()
            if frame is None:
                raise RuntimeError("kernel websocket closed before the widget state came")
            message = _decode(frame)
            content = message.get("content", {})
            kind = message.get("msg_type")
            if (
                kind == "comm_msg"
                and content.get("comm_id") == comm_id
                and content.get("data", {}).get("method") == "update_states"
            ):
                states = content["data"].get("states", {})
                opening = {
                    model_id
                    for model_id, model in states.items()
                    if "fp-opening" in str(model.get("state", {}).get("value", ""))
                }
                if not opening:
                    return
            elif kind == "comm_close" and content.get("comm_id") in opening:
                return  # the app, built for this participant, is on the page
    finally:
        ws.close()


async def _participant(base: str, url: str, send_cookie: bool, start: float) -> Participant:
    who = Participant()
    client = AsyncHTTPClient()
    try:
        response = await client.fetch(HTTPRequest(url, request_timeout=TIMEOUT_S))
        who.page_s = time.monotonic() - start
        found = CONFIG_RE.search(response.body.decode(errors="replace"))
        if found is None:
            raise RuntimeError("the page carried no kernel id")
        who.kernel_id = json.loads(found.group(1))["kernelId"]
        ws_base = base.replace("http://", "ws://")
        await asyncio.wait_for(
            _widget_state(f"{ws_base}api/kernels/{who.kernel_id}/channels"), TIMEOUT_S
        )
        who.ready_s = time.monotonic() - start
    except Exception as error:  # recorded per participant; the room carries on
        who.error = f"{type(error).__name__}: {error}"[:300]
    return who


async def _leave(base: str, who: Participant, send_cookie: bool) -> None:
    if not who.kernel_id:
        return
    token = uuid.uuid4().hex if send_cookie else ""
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if send_cookie:
        headers["Cookie"] = f"_xsrf={token}"
    request = HTTPRequest(
        f"{base}voila/api/shutdown/{who.kernel_id}",
        method="POST",
        body=f"_xsrf={token}",
        headers=headers,
        request_timeout=60,
    )
    response = await AsyncHTTPClient().fetch(request, raise_error=False)
    who.left_status = response.code


async def _room(base: str, url: str, size: int, send_cookie: bool) -> list[Participant]:
    AsyncHTTPClient.configure(None, max_clients=size + 4)
    start = time.monotonic()
    people = await asyncio.gather(
        *[_participant(base, url, send_cookie, start) for _ in range(size)]
    )
    return list(people)


async def _leave_all(base: str, people: list[Participant], send_cookie: bool) -> None:
    await asyncio.gather(*[_leave(base, who, send_cookie) for who in people])


def _in_own_thread(coroutine):
    """Run on a fresh event loop in a thread: Playwright's sync API holds this thread's loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def arrive(base: str, url: str, size: int, send_cookie: bool) -> list[Participant]:
    """`size` participants arriving in the same instant; each one's times. They stay."""
    return _in_own_thread(_room(base, url, size, send_cookie))


def leave(base: str, people: list[Participant], send_cookie: bool) -> None:
    """Every participant closes the tab (the page's shutdown beacon)."""
    _in_own_thread(_leave_all(base, people, send_cookie))
