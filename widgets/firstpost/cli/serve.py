"""`firstpost serve`: Voilà with the kit's settings.

The settings here are what make Voilà fit a workshop room on a locked-down network:
no code or tracebacks shown, no request to another host, closed tabs' kernels
reclaimed, kernels kept warm for the apps a room opens at once.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from pathlib import Path

from firstpost.cli.errors import CommandError

DEFAULT_PORT = 8866
# "all" (the default): a warm page waiting for every app; "home": for Home alone,
# which saves memory (50-90 MiB per warm page) on a small machine.
PREHEAT_ENV = "FIRSTPOST_PREHEAT"
PREHEAT_CHOICES = ("all", "home")
ROOM_APPS = ("index.ipynb", "planner.ipynb")  # what a workshop room opens together
POOL_REFILL_DELAY_S = 30
CULL_INTERVAL_S = 60
CULL_IDLE_S = 900

FRIENDLY_ERROR = (
    "Sorry, this app could not open. Please reload the page; if it happens again, tell "
    "your facilitator (the details are in the server's log)."
)

# Pages may fetch only from the server itself: the network is locked down and
# nothing a participant types may be sent elsewhere.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self' ws: wss:",
        "frame-ancestors 'self'",
        "form-action 'self'",
        "base-uri 'self'",
    ]
)

# Beside the CSP: no MIME sniffing, no address (which may carry the room's token) sent
# to another site, no framing by another site, no camera/microphone/location, and a
# window of its own so a page opened from a link cannot script the kit's tab.
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "SAMEORIGIN",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help="port to listen on (default %(default)s)"
    )
    parser.add_argument(
        "--ip",
        default="localhost",
        help="address to listen on (default: localhost, this computer only); "
        "use 0.0.0.0 to let others in the room connect (needs --token)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="folder for the database and logs (default: FIRSTPOST_DATA_DIR or your user data folder)",
    )
    parser.add_argument("--no-browser", action="store_true", help="do not open a browser window")
    parser.add_argument(
        "--token",
        help="require this token in the link (use 'auto' to make one); share the printed link with the room",
    )
    from firstpost.cli.cell_timeout import default_cell_timeout

    parser.add_argument(
        "--max-kernels",
        type=int,
        default=None,
        help="most app pages open at once; past it a page says 'busy, try again in a minute' "
        "(default: FIRSTPOST_MAX_KERNELS, or free memory / 150 MiB less the warm kernels)",
    )
    parser.add_argument(
        "--cell-timeout",
        type=int,
        default=default_cell_timeout(),
        help="seconds one step of an app's start-up may take before the page stops and offers "
        "a Reload button (default: FIRSTPOST_CELL_TIMEOUT or %(default)s)",
    )
    parser.add_argument(
        "--room",
        type=int,
        default=0,
        metavar="N",
        help="people you expect to open the planner together (a workshop): keeps N warm "
        "pages of Home and the planner, about 70 MiB each, so they open without queueing "
        "behind N start-ups (default: one warm page per app, two for the planner)",
    )


def voila_config(args: argparse.Namespace, token: str | None):
    """The Voilà configuration for the kit, as a traitlets Config."""
    from traitlets.config import Config

    from firstpost.cli.cell_timeout import default_cell_timeout
    from firstpost.core.apps import APPS, HOME, built_apps
    from firstpost.core.paths import notebooks_dir

    c = Config()
    c.Voila.root_dir = str(notebooks_dir())
    c.Voila.port = args.port
    c.Voila.ip = args.ip
    c.Voila.open_browser = not args.no_browser
    c.Voila.tornado_settings = {"headers": dict(SECURITY_HEADERS)}
    c.VoilaConfiguration.template = "firstpost"
    c.VoilaConfiguration.strip_sources = True
    c.VoilaConfiguration.show_tracebacks = False
    c.VoilaConfiguration.file_allowlist = []
    c.VoilaExecutor.cell_error_instruction = FRIENDLY_ERROR
    c.VoilaExecutor.timeout = getattr(args, "cell_timeout", None) or default_cell_timeout()
    c.MappingKernelManager.cull_interval = CULL_INTERVAL_S
    c.MappingKernelManager.cull_idle_timeout = CULL_IDLE_S
    c.MappingKernelManager.cull_connected = False
    # TCP transport hung page loads now and then (about 3%); IPC did not in our trials.
    c.KernelManager.transport = "ipc"
    # Every app keeps a page ready (each rebuilt for its visitor, firstpost.ui.arrival)
    # unless FIRSTPOST_PREHEAT=home; --room N sizes the pools a workshop room opens.
    warm = (HOME,) if os.environ.get(PREHEAT_ENV) == "home" else (HOME, *built_apps())
    pools = {app.notebook: app.preheat for app in warm if app.preheat}
    for notebook in ROOM_APPS:
        if notebook in pools:
            pools[notebook] = max(pools[notebook], getattr(args, "room", 0) or 0)
    if pools:
        c.VoilaConfiguration.preheat_kernel = True
        # Refill the pools half a minute after a page is taken, not Voilà's one second:
        # a room arriving together is served from the warm pages before twenty kernels
        # start at once (only finished pages are handed over, see
        # hand_over_only_ready_pages, so nobody waits for a refill meanwhile).
        c.VoilaKernelManager.fill_delay = POOL_REFILL_DELAY_S
        c.VoilaKernelManager.kernel_pools_config = {
            "default": {"pool_size": 0},
            **{notebook: {"pool_size": size} for notebook, size in pools.items()},
        }
        c.VoilaKernelManager.preheat_denylist = [
            app.notebook for app in APPS if app.notebook not in pools
        ]
    if token:
        c.IdentityProvider.token = token
    return c


def install_error_logging() -> None:
    """Log each failing cell in full, then show participants only the friendly message.

    Voilà, with tracebacks hidden, replaces a cell's error with "There was an error
    when executing cell [N]" and logs nothing, so the person running the server could
    not find out what broke. The kit runs Voilà in this process, so it wraps that one
    step: the details go to the server log, the page says what to do.
    """
    import logging
    import re

    from voila.execute import VoilaExecutor

    if getattr(VoilaExecutor.strip_code_cell_errors, "_firstpost", False):
        return
    original = VoilaExecutor.strip_code_cell_errors
    log = logging.getLogger("firstpost.serve")
    ansi = re.compile(r"\x1b\[[0-9;]*m")

    def strip_and_log(self, cell):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                details = "\n".join(ansi.sub("", line) for line in output.get("traceback", []))
                log.error(
                    "an app failed while opening: %s: %s\n%s",
                    output.get("ename"),
                    output.get("evalue"),
                    details,
                )
        cell = original(self, cell)
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                output["traceback"] = [FRIENDLY_ERROR]
        return cell

    strip_and_log._firstpost = True  # type: ignore[attr-defined]
    VoilaExecutor.strip_code_cell_errors = strip_and_log


def prepare_environment(args: argparse.Namespace) -> None:
    """Environment the server and every kernel it starts inherit."""
    from firstpost.core.paths import jupyter_data_dir
    from firstpost.core.settings import DATA_DIR_ENV

    if args.data_dir:
        os.environ[DATA_DIR_ENV] = str(args.data_dir.expanduser().resolve())
    existing = os.environ.get("JUPYTER_PATH", "")
    paths = [str(jupyter_data_dir()), *([existing] if existing else [])]
    os.environ["JUPYTER_PATH"] = os.pathsep.join(paths)


def check_ready() -> None:
    """Fail early, in words, on the problems `doctor` knows how to explain."""
    from firstpost.core.paths import notebooks_dir
    from firstpost.core.settings import load_settings
    from firstpost.core.store import StoreError, open_store

    if not (notebooks_dir() / "index.ipynb").is_file():
        raise CommandError(
            f"The kit's apps are missing from {notebooks_dir()}. Reinstall First Post."
        )
    try:
        open_store(load_settings())
    except StoreError as error:
        raise CommandError(str(error)) from error


LOCAL_ADDRESSES = {"localhost", "127.0.0.1", "::1"}


def join_host(ip: str) -> str:
    """The address to put in the printed link: on 0.0.0.0, this machine's network address.

    Connecting a UDP socket only picks the outgoing interface; no packet is sent.
    """
    import socket

    if ip in ("localhost", "127.0.0.1"):
        return "localhost"
    if ip not in ("0.0.0.0", "::", ""):
        return f"[{ip}]" if ":" in ip else ip
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))
            return probe.getsockname()[0]
    except OSError:
        return socket.gethostname()


def hand_over_only_ready_pages() -> None:
    """A visitor gets a warm page only if one has finished preparing; otherwise a fresh one.

    Voilà hands out pool entries in order, including kernels still starting (each page
    taken is replaced, POOL_REFILL_DELAY_S later), and streams that page while it runs. In a
    room of six opening the planner together, four such pages drew nothing at all in
    our trials (a blank page under the skip link until reloaded); a fresh kernel,
    Voilà's path without pools, takes as long and always draws.
    """
    import voila.app

    make_class = voila.app.voila_kernel_manager_factory

    def factory(*args, **kwargs):  # type: ignore[no-untyped-def]
        base = make_class(*args, **kwargs)
        if not hasattr(base, "get_rendered_notebook"):  # no pools: nothing to guard
            return base

        class ReadyPagesFirst(base):  # type: ignore[misc, valid-type]
            def _ready(self, notebook: str) -> list:
                """Pool entries whose kernel has started and run the whole notebook."""
                return [
                    task
                    for task in self._pools.get(notebook, [])
                    if task.done()
                    and not task.cancelled()
                    and task.exception() is None
                    and task.result()["task"].done()
                ]

            def get_pool_size(self, notebook_name: str) -> int:
                return len(self._ready(notebook_name))

            async def get_rendered_notebook(self, notebook_name, *args, **kwargs):  # type: ignore[no-untyped-def]
                ready = self._ready(notebook_name)
                self._pools.get(notebook_name, []).sort(key=lambda task: task not in ready)
                return await super().get_rendered_notebook(notebook_name, *args, **kwargs)

        return ReadyPagesFirst

    voila.app.voila_kernel_manager_factory = factory


def install_guards(args: argparse.Namespace, config) -> None:
    """The page cap and the stalled-page message (see kernel_limit and cell_timeout)."""
    from firstpost.cli.cell_timeout import install_stall_message
    from firstpost.cli.kernel_limit import default_max_kernels, install_kernel_limit

    pools = config.VoilaKernelManager.get("kernel_pools_config", {})
    pooled = sum(int(pool.get("pool_size", 0)) for pool in pools.values())
    args.max_kernels = args.max_kernels or default_max_kernels(pooled)
    install_kernel_limit(args.max_kernels)
    install_stall_message()


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.port <= 65535:
        raise CommandError(f"--port must be between 1 and 65535, not {args.port}.")
    if args.max_kernels is not None and args.max_kernels < 1:
        raise CommandError(f"--max-kernels must be 1 or more, not {args.max_kernels}.")
    if args.cell_timeout < 1:
        raise CommandError(f"--cell-timeout must be 1 second or more, not {args.cell_timeout}.")
    if not 0 <= args.room <= 200:
        raise CommandError(f"--room must be a number of people from 0 to 200, not {args.room}.")
    preheat = os.environ.get(PREHEAT_ENV, "all")
    if preheat not in PREHEAT_CHOICES:
        raise CommandError(
            f"{PREHEAT_ENV}={preheat} is not understood: use 'all' (a warm page for every "
            "app, the default) or 'home' (Home only, to save memory)."
        )
    if args.ip not in LOCAL_ADDRESSES and not args.token:
        raise CommandError(
            f"--ip {args.ip} lets other computers connect, so a token is required: "
            "add --token auto (or --token YOUR-WORD) and share the printed link."
        )
    prepare_environment(args)
    check_ready()
    token = secrets.token_urlsafe(16) if args.token == "auto" else args.token
    from voila.app import Voila

    install_error_logging()
    hand_over_only_ready_pages()
    install_guards(args, voila_config(args, token))
    app = Voila(config=voila_config(args, token))
    app.initialize([])
    host = join_host(args.ip)
    link = f"http://{host}:{args.port}/" + (f"?token={token}" if token else "")
    print(f"First Post is ready: open {link}", file=sys.stderr, flush=True)
    print(
        f"Up to {args.max_kernels} app pages at once (--max-kernels); a page that takes over "
        f"{args.cell_timeout} s to start offers a reload (--cell-timeout).",
        file=sys.stderr,
        flush=True,
    )
    app.start()
    return 0
