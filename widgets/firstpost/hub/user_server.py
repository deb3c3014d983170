"""Each person's JupyterHub server: Voilà's server extension with the kit's settings.

A hub starts one Jupyter server per person (`jupyterhub-singleuser`), and Voilà runs
inside it as a server extension, at `/user/NAME/voila/render/index.ipynb`. That server
reads none of `firstpost serve`'s settings, so without this module a hub would show
code, tracebacks and the default template, load icons from a public CDN, never reclaim
closed tabs' kernels, and log no detail of a failing app.

`python -m firstpost.hub.user_server` (the hub's `Spawner.cmd`) puts the kit's template
on JUPYTER_PATH and this package's `jupyter_config` folder on JUPYTER_CONFIG_PATH, then
starts `jupyterhub-singleuser` in the same process. That folder's
`jupyter_server_config.py` calls `configure_user_server`, which copies the settings
from `firstpost serve`'s own `voila_config`, so the two never drift apart.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent / "jupyter_config"

# Settings of the stand-alone Voilà application (its port, address, token and its
# kernel pools) that mean nothing inside a hub user server, which the hub starts and
# guards. Pools are left out on purpose: one person's server would keep warm kernels
# per app for one visitor, multiplying memory by the number of people.
APP_ONLY_SECTIONS = frozenset({"Voila", "VoilaKernelManager", "IdentityProvider"})
APP_ONLY_OPTIONS = frozenset({"preheat_kernel"})

# A user server offers Voilà only: no JupyterLab, no terminals. People never need
# them, and each one is memory per person and a way round the apps.
DISABLED_EXTENSIONS = ("jupyterlab", "jupyter_lsp", "jupyter_server_terminals", "notebook_shim")


def kit_settings():
    """The Voilà settings `firstpost serve` uses, as a traitlets Config."""
    from firstpost.cli.serve import voila_config

    args = argparse.Namespace(port=0, ip="127.0.0.1", no_browser=True, data_dir=None, token=None)
    return voila_config(args, None)


def configure_user_server(c) -> None:  # type: ignore[no-untyped-def]
    """Apply the kit's settings to a Jupyter server's config `c` (called by the config file)."""
    from firstpost.cli.serve import install_error_logging
    from firstpost.core.paths import notebooks_dir

    kit = kit_settings()
    for section, options in kit.items():
        if section in APP_ONLY_SECTIONS:
            continue
        for name, value in options.items():
            if name not in APP_ONLY_OPTIONS:
                c[section][name] = value
    # Inside a Jupyter server, Voilà's page config falls back to MathJax from a public
    # CDN unless the server's settings name no MathJax at all, as stand-alone Voilà does.
    tornado = {"mathjax_url": None, "mathjax_config": None}
    tornado.update(kit.get("Voila", {}).get("tornado_settings", {}))
    c.ServerApp.tornado_settings = {**c.ServerApp.get("tornado_settings", {}), **tornado}
    c.ServerApp.root_dir = str(notebooks_dir())
    c.ServerApp.terminals_enabled = False
    c.ServerApp.jpserver_extensions = {
        **c.ServerApp.get("jpserver_extensions", {}),
        **dict.fromkeys(DISABLED_EXTENSIONS, False),
        "voila": True,
    }
    # The friendly message on the page, the full details in this server's log.
    install_error_logging()
    from firstpost.cli.cell_timeout import install_stall_message

    install_stall_message()


def user_server_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """JUPYTER_PATH (the kit's template) and JUPYTER_CONFIG_PATH (its settings), prepended."""
    from firstpost.core.paths import jupyter_data_dir

    def prepend(name: str, folder: Path) -> str:
        existing = [p for p in environ.get(name, "").split(os.pathsep) if p]
        return os.pathsep.join([str(folder), *(p for p in existing if p != str(folder))])

    return {
        "JUPYTER_PATH": prepend("JUPYTER_PATH", jupyter_data_dir()),
        "JUPYTER_CONFIG_PATH": prepend("JUPYTER_CONFIG_PATH", CONFIG_DIR),
    }


# A Unix socket path holds at most 107 bytes; kernels on the IPC transport (the kit's
# choice: TCP hung page loads now and then) make sockets named
# "<runtime dir>/kernel-<36-character id>-ipc-<n>" (~55 bytes past the folder).
SOCKET_PATH_LIMIT = 107
KERNEL_SOCKET_NAME = len("/kernel-00000000-0000-0000-0000-000000000000-ipc-10")


def short_runtime_dir(environ: Mapping[str, str]) -> str | None:
    """A private short runtime folder when the usual one is too deep for kernel sockets.

    Home folders in containers and on test machines can be deep enough that every
    kernel fails to start ("File name too long"). `mkdtemp` makes a folder only this
    account can enter, with an unguessable name, so no other account can plant one.
    """
    import tempfile

    from jupyter_core.paths import jupyter_runtime_dir

    if environ.get("JUPYTER_RUNTIME_DIR"):
        current = environ["JUPYTER_RUNTIME_DIR"]
    else:
        current = jupyter_runtime_dir()
    if len(current.encode()) + KERNEL_SOCKET_NAME <= SOCKET_PATH_LIMIT:
        return None
    return tempfile.mkdtemp(prefix="firstpost-")


def main(argv: list[str] | None = None) -> int:
    """Start `jupyterhub-singleuser` with the kit's settings (arguments pass through)."""
    os.environ.update(user_server_environment(os.environ))
    runtime = short_runtime_dir(os.environ)
    if runtime is not None:
        import atexit
        import shutil

        os.environ["JUPYTER_RUNTIME_DIR"] = runtime
        atexit.register(shutil.rmtree, runtime, True)
    from jupyterhub.singleuser import main as singleuser_main

    sys.argv = [sys.argv[0], *(sys.argv[1:] if argv is None else argv)]
    return singleuser_main() or 0


if __name__ == "__main__":
    sys.exit(main())
