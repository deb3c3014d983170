"""Who is using the kit, decided once per kernel.

Under JupyterHub the person is the hub user, confirmed with the hub's API so a kernel
cannot claim someone else's name by setting an environment variable alone. Outside a
hub, a single-person install uses the computer's account name.
"""

from __future__ import annotations

import getpass
import json
import os
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

HUB_TIMEOUT_S = 5


class IdentityError(Exception):
    """The hub says this kernel's user is not who the environment claims."""


@dataclass(frozen=True)
class Identity:
    key: str
    display_name: str
    source: Literal["hub", "local"]
    groups: tuple[str, ...] = ()


def current_identity(environ: Mapping[str, str] | None = None) -> Identity:
    env = os.environ if environ is None else environ
    hub_user = env.get("JUPYTERHUB_USER", "").strip()
    if hub_user:
        return _confirmed_hub_identity(hub_user, env)
    name = env.get("FIRSTPOST_USER", "").strip() or _account_name()
    return Identity(key=f"local:{name}", display_name=name, source="local")


def _account_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # containers without a passwd entry
        return "me"


def _confirmed_hub_identity(hub_user: str, env: Mapping[str, str]) -> Identity:
    token = env.get("JUPYTERHUB_API_TOKEN", "")
    api_url = env.get("JUPYTERHUB_API_URL", "").rstrip("/")
    if not token or not api_url:
        raise IdentityError(
            "This server runs under JupyterHub but has no hub API token, so your identity "
            "cannot be confirmed. Ask the administrator to check the hub configuration."
        )
    request = urllib.request.Request(f"{api_url}/user", headers={"Authorization": f"token {token}"})
    try:
        with urllib.request.urlopen(request, timeout=HUB_TIMEOUT_S) as response:
            data = json.load(response)
    except (urllib.error.URLError, TimeoutError, ValueError) as error:
        raise IdentityError(
            f"The hub could not confirm who you are ({error}). Reload the page in a minute."
        ) from error
    name = str(data.get("name", ""))
    if name != hub_user:
        raise IdentityError(
            "The hub says this server belongs to someone else. Sign out and sign in again."
        )
    return Identity(
        key=f"hub:{name}",
        display_name=name,
        source="hub",
        groups=tuple(str(group) for group in data.get("groups", ())),
    )
