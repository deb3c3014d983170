"""What a `jupyterhub_config.py` calls to serve First Post to an organisation.

Every user server runs `python -m firstpost.hub.user_server` (the kit's Voilà
settings), lands on Home, and points at the one shared PostgreSQL database. The
facilitators are a hub group; the hub confirms group membership to each person's
kernel, so the server token must be allowed to read the person's groups.

Used by deploy/jupyterhub/jupyterhub_config.py and by the hub test; the Zero to
JupyterHub values file sets the same things in YAML (it cannot import Python).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from firstpost.core.roles import FACILITATOR_GROUP

HOME_URL = "/voila/render/index.ipynb"
CULLER_SERVICE = "jupyterhub-idle-culler-service"
IDLE_TIMEOUT_S = 3600
# The hub's default server-token scopes plus the person's groups, which the kernel
# reads (GET /hub/api/user) to decide whether they are a facilitator.
SERVER_TOKEN_SCOPES = ["users:activity!user", "access:servers!server", "read:users:groups!user"]


def user_server_command(python: str | None = None) -> list[str]:
    """The command that starts one person's server with the kit's settings."""
    return [python or sys.executable, "-m", "firstpost.hub.user_server"]


def configure_spawner(
    c,  # type: ignore[no-untyped-def]
    database_url: str,
    *,
    python: str | None = None,
    allow_root: bool = False,
) -> None:
    """Land on Home with the kit's settings, every server on the shared database.

    `allow_root` only for a test or a container running as root: a user server
    started as root without it never answers, and the hub reports a timeout.
    """
    c.Spawner.cmd = user_server_command(python)
    c.Spawner.default_url = HOME_URL
    c.Spawner.server_token_scopes = SERVER_TOKEN_SCOPES
    environment = dict(c.Spawner.get("environment", {}))
    environment["FIRSTPOST_DATABASE_URL"] = database_url
    c.Spawner.environment = environment
    if allow_root:
        c.Spawner.args = [*c.Spawner.get("args", []), "--allow-root"]


def facilitator_groups(usernames: Iterable[str]) -> dict[str, dict[str, list[str]]]:
    """`c.JupyterHub.load_groups` for the facilitators (adds members, never removes)."""
    return {FACILITATOR_GROUP: {"users": sorted(set(usernames))}}


def idle_culler(
    timeout_s: int = IDLE_TIMEOUT_S, python: str | None = None
) -> tuple[dict[str, object], dict[str, object]]:
    """The jupyterhub-idle-culler service and the role it needs, for services/load_roles.

    A person who closes the tab leaves a server (~110 MB) and kernels running; the
    culler stops servers idle for `timeout_s` so a hub sized for a room stays up.
    """
    service = {
        "name": CULLER_SERVICE,
        "command": [
            python or sys.executable,
            "-m",
            "jupyterhub_idle_culler",
            f"--timeout={timeout_s}",
        ],
    }
    role = {
        "name": "jupyterhub-idle-culler-role",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": [CULLER_SERVICE],
    }
    return service, role
