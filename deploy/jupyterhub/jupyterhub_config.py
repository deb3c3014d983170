"""JupyterHub for First Post on one machine (The Littlest JupyterHub style).

Everyone in the organisation signs in to the hub, gets their own server, and lands on
First Post's Home page; every server keeps plans, course progress and case-study
answers in one shared PostgreSQL database. See README.md in this folder.

Run it (one environment holding the kit, jupyterhub and jupyterhub-idle-culler, plus
configurable-http-proxy from npm):

    export FIRSTPOST_DATABASE_URL=postgresql+psycopg://firstpost:PASSWORD@127.0.0.1/firstpost
    export FIRSTPOST_FACILITATORS=alice,bob
    jupyterhub -f deploy/jupyterhub/jupyterhub_config.py

On The Littlest JupyterHub, copy this file to /opt/tljh/config/jupyterhub_config.d/
(TLJH keeps its own sign-in and spawner; this file adds only First Post's parts), put
the variables in /etc/environment or a systemd override for the hub, set
FIRSTPOST_PYTHON=/opt/tljh/user/bin/python, and run `sudo tljh-config reload hub`.

Settings, all from the environment so no password is written into this file:
    FIRSTPOST_DATABASE_URL   the shared database (required)
    FIRSTPOST_FACILITATORS   hub user names, comma-separated, added to the facilitators' group
    FIRSTPOST_IDLE_TIMEOUT   stop a person's server after this many idle seconds (default 3600)
    FIRSTPOST_PYTHON         the Python that has First Post installed, for user servers
                             (default: the one running the hub)
"""

import os
import sys

from firstpost.hub.spawner import configure_spawner, facilitator_groups, idle_culler

c = get_config()  # noqa: F821 (provided by JupyterHub when it reads this file)

database_url = os.environ.get("FIRSTPOST_DATABASE_URL", "").strip()
if not database_url.startswith("postgresql"):
    sys.exit(
        "FIRSTPOST_DATABASE_URL must name the shared PostgreSQL database, e.g. "
        "postgresql+psycopg://firstpost:PASSWORD@127.0.0.1/firstpost"
    )
python = os.environ.get("FIRSTPOST_PYTHON", "").strip() or sys.executable

# Each person's server: the kit's Voilà settings (no code, no tracebacks, the kit's
# template and local assets, idle kernels reclaimed), landing on Home
# (/user/NAME/voila/render/index.ipynb), on the shared database.
configure_spawner(c, database_url, python=python, allow_root=False)

# Facilitators see the surgery board and workshop overviews (firstpost.core.roles).
facilitators = [n.strip() for n in os.environ.get("FIRSTPOST_FACILITATORS", "").split(",")]
c.JupyterHub.load_groups = facilitator_groups(n for n in facilitators if n)

# Stop servers nobody has used for a while: each costs memory until it is stopped.
service, role = idle_culler(int(os.environ.get("FIRSTPOST_IDLE_TIMEOUT", "3600")), python)
c.JupyterHub.services = [*c.JupyterHub.get("services", []), service]
c.JupyterHub.load_roles = [*c.JupyterHub.get("load_roles", []), role]

# Outside TLJH: the machine's own accounts sign in (PAM, JupyterHub's default; the
# hub then runs as root) and every account may use the hub. TLJH sets its own
# sign-in, allow list, proxy and address, which this file must not loosen.
if not os.path.isdir("/opt/tljh"):
    c.Authenticator.allow_all = True
    c.JupyterHub.bind_url = os.environ.get("FIRSTPOST_HUB_URL", "http://:8000")
