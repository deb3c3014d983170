"""The person is the hub user when there is a hub, confirmed by the hub itself."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from firstpost.core.identity import IdentityError, current_identity


@pytest.fixture
def hub_api():
    """A stand-in hub API on loopback that knows one token."""
    answers = {"tok-ana": {"name": "ana", "groups": ["firstpost-facilitators"]}}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            token = self.headers.get("Authorization", "").removeprefix("token ")
            if self.path != "/hub/api/user" or token not in answers:
                self.send_response(403)
                self.end_headers()
                return
            body = json.dumps(answers[token]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hub/api"
    server.shutdown()


def test_outside_a_hub_the_account_name_is_used():
    identity = current_identity({"FIRSTPOST_USER": "sam"})
    assert identity.key == "local:sam"
    assert identity.source == "local"


def test_hub_user_confirmed_by_the_hub(hub_api):
    env = {
        "JUPYTERHUB_USER": "ana",
        "JUPYTERHUB_API_TOKEN": "tok-ana",
        "JUPYTERHUB_API_URL": hub_api,
    }
    identity = current_identity(env)
    assert identity.key == "hub:ana"
    assert identity.groups == ("firstpost-facilitators",)


def test_claiming_another_hub_user_is_refused(hub_api):
    env = {
        "JUPYTERHUB_USER": "bob",
        "JUPYTERHUB_API_TOKEN": "tok-ana",
        "JUPYTERHUB_API_URL": hub_api,
    }
    with pytest.raises(IdentityError, match="someone else"):
        current_identity(env)


def test_a_bad_token_is_refused(hub_api):
    env = {
        "JUPYTERHUB_USER": "ana",
        "JUPYTERHUB_API_TOKEN": "forged",
        "JUPYTERHUB_API_URL": hub_api,
    }
    with pytest.raises(IdentityError, match="could not confirm"):
        current_identity(env)


def test_hub_without_token_is_refused():
    with pytest.raises(IdentityError, match="no hub API token"):
        current_identity({"JUPYTERHUB_USER": "ana"})
