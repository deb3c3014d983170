"""Start and stop a real `firstpost serve` for browser and notebook tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class KitServer:
    process: subprocess.Popen
    port: int
    data_dir: Path
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://localhost:{self.port}/"

    def app_url(self, notebook: str, query: str = "") -> str:
        return f"{self.url}voila/render/{notebook}" + (f"?{query}" if query else "")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            # Voilà ignores SIGINT when started in the background; SIGTERM stops it and its kernels.
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_server(
    data_dir: Path, log_path: Path, extra_env: dict[str, str] | None = None, timeout: float = 60.0
) -> KitServer:
    """`firstpost serve` for a test. Only Home is kept warm unless `extra_env` says
    otherwise: a warm page for every app is ten kernels starting with each server, and
    only the shared session server (tests/ui/conftest.py) and the pooled-page tests
    need them."""
    port = free_port()
    env = {
        **os.environ,
        "FIRSTPOST_DATA_DIR": str(data_dir),
        "FIRSTPOST_PREHEAT": "home",
        **(extra_env or {}),
    }
    log_file = log_path.open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "firstpost.cli.main", "serve", "--no-browser", "--port", str(port)],
        stdout=log_file,
        stderr=subprocess.STDOUT,
        env=env,
    )
    server = KitServer(process, port, data_dir, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"firstpost serve exited early:\n{server.log()}")
        try:
            with urllib.request.urlopen(server.url, timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.25)
    server.stop()
    raise RuntimeError(f"firstpost serve did not answer within {timeout} s:\n{server.log()}")
