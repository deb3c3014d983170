"""One real JupyterHub, one shared PostgreSQL database and one Chromium for the hub test.

The database is a fresh one on the session's PostgreSQL server (tests/postgres.py),
dropped afterwards; the hub, its proxy, the user servers, their kernels and the idle
culler are stopped through the hub's PID, and the fixture fails if any survives.
"""

from __future__ import annotations

import contextlib
import uuid

import pytest

from tests.support.hub import find_proxy, start_hub

FACILITATOR = "fay"


@pytest.fixture(scope="module")
def hub_database(postgres_server):
    name = f"hub_{uuid.uuid4().hex[:12]}"
    url = postgres_server.create_database(name)
    yield url
    with contextlib.suppress(Exception):
        postgres_server.drop_database(name)


@pytest.fixture(scope="module")
def hub(tmp_path_factory, hub_database):
    if find_proxy() is None:
        pytest.fail(
            "configurable-http-proxy is not installed: run `make install-test`.", pytrace=False
        )
    folder = tmp_path_factory.mktemp("hub")
    hub = start_hub(folder, hub_database, facilitators=[FACILITATOR])
    try:
        yield hub
    finally:
        hub.stop()
    assert hub.pids, "the hub's processes were never seen"
    left = hub.leftover_pids()
    assert left == [], f"processes outlived the hub: {left}"


@pytest.fixture(scope="module")
def hub_browser():
    from tests.support.browser import launched_chromium

    with launched_chromium() as chromium:
        yield chromium
