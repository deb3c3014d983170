"""Starting and stopping the servers under test: the kit's, stock Voilà's, and their kernels.

Every process started here is remembered and stopped by its PID (with the kernels it
started) when the run ends, even if the run fails half way.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from harness.procs import cpu_seconds, kernel_children

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
_RUNNING: list[Server] = []
STARTED_PIDS: list[int] = []  # every server and kernel this run started, for the record


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    kind: str  # "kit" or "stock"
    process: subprocess.Popen
    port: int
    log_path: Path
    notebook: str = ""  # stock Voilà serves one notebook at "/"
    seen_kernels: set[int] = field(default_factory=set)

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def base(self) -> str:
        return f"http://localhost:{self.port}/"

    def url(self, notebook: str) -> str:
        if self.kind == "stock":
            return self.base
        return f"{self.base}voila/render/{notebook}"

    def kernels(self) -> list[int]:
        pids = kernel_children(self.pid)
        self.seen_kernels.update(pids)
        return pids

    def settle(self, idle_cpu: float = 0.05, window: float = 0.5, timeout: float = 60.0) -> None:
        """Until the server and its kernels are idle (pools filled, notebooks paused)."""
        deadline = time.monotonic() + timeout
        time.sleep(window)
        while time.monotonic() < deadline:
            pids = [self.pid, *self.kernels()]
            before = sum(cpu_seconds(p) for p in pids)
            time.sleep(window)
            if sum(cpu_seconds(p) for p in pids) - before < idle_cpu:
                return

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        kernels = set(self.kernels()) | self.seen_kernels
        STARTED_PIDS.extend(sorted(kernels - set(STARTED_PIDS)))
        if self.process.poll() is None:
            # Voilà ignores SIGINT in the background; SIGTERM stops it and its kernels.
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        for pid in kernels:
            _kill_if_kernel(pid)
        if self in _RUNNING:
            _RUNNING.remove(self)


def _kill_if_kernel(pid: int) -> None:
    try:
        if b"ipykernel" in Path(f"/proc/{pid}/cmdline").read_bytes():
            os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def stop_all() -> None:
    for server in list(_RUNNING):
        server.stop()


atexit.register(stop_all)


def _wait_listening(server: Server, timeout: float) -> Server:
    """Until the port accepts connections (a GET of a page would start a kernel)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.kind} server exited early:\n{server.log()}")
        try:
            with socket.create_connection(("127.0.0.1", server.port), timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"{server.kind} server did not listen within {timeout} s:\n{server.log()}")


def _launch(kind: str, command: list[str], env: dict, log_path: Path, port: int, **kw) -> Server:
    log_file = log_path.open("w")
    process = subprocess.Popen(
        command, stdout=log_file, stderr=subprocess.STDOUT, env=env, cwd=REPO
    )
    server = Server(kind, process, port, log_path, **kw)
    _RUNNING.append(server)
    STARTED_PIDS.append(process.pid)
    return _wait_listening(server, timeout=90)


def start_kit(work: Path, notebooks: Path | None = None, room: int = 0) -> Server:
    """`firstpost serve` on a free port with a fresh data folder (as tests/support/server.py).

    `room`: started as a facilitator expecting that many people (`--room N`).
    """
    port = free_port()
    env = {**os.environ, "FIRSTPOST_DATA_DIR": str(work / "kit-data")}
    if notebooks is not None:
        env["FIRSTPOST_NOTEBOOKS_DIR"] = str(notebooks)
    command = [sys.executable, "-m", "firstpost.cli.main", "serve", "--no-browser"]
    if room:
        command += ["--room", str(room)]
    name = "kit-bare" if notebooks is not None else f"kit-room{room}" if room else "kit"
    return _launch("kit", [*command, "--port", str(port)], env, work / f"{name}.log", port)


def start_stock(work: Path, notebook: str) -> Server:
    """Stock `voila notebooks/<app>.ipynb --no-browser --port N`, default settings."""
    port = free_port()
    env = {**os.environ, "FIRSTPOST_DATA_DIR": str(work / "stock-data")}
    env.pop("JUPYTER_PATH", None)
    command = [str(VENV_BIN / "voila"), f"notebooks/{notebook}", "--no-browser"]
    log = work / f"stock-{notebook}.log"
    return _launch("stock", [*command, "--port", str(port)], env, log, port, notebook=notebook)


BARE_NOTEBOOKS = {
    # The floor for time to interactive: one button, nothing else.
    "bare.ipynb": [
        "import ipywidgets as widgets",
        'widgets.Button(description="Ready", button_style="primary")',
    ],
    # The floor for kernel memory: ipywidgets and matplotlib (pyplot) imported, one button.
    "bare_mpl.ipynb": [
        "import ipywidgets as widgets\nimport matplotlib\nimport matplotlib.pyplot",
        'widgets.Button(description="Ready", button_style="primary")',
    ],
}


def _notebook(sources: list[str]) -> dict:
    cells = [
        {
            "cell_type": "code",
            "execution_count": None,
            "id": f"c{n}",
            "metadata": {},
            "outputs": [],
            "source": source,
        }
        for n, source in enumerate(sources)
    ]
    return {
        "cells": cells,
        "metadata": {
            "title": "Bare",
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def bare_folder(work: Path) -> Path:
    """The kit's notebooks plus the bare ones, for the kit's server to serve."""
    folder = work / "notebooks-with-bare"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(REPO / "notebooks", folder)
    for name, sources in BARE_NOTEBOOKS.items():
        (folder / name).write_text(json.dumps(_notebook(sources), indent=1))
    return folder
