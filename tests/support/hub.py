"""A real JupyterHub for tests: the deployer's config file, with test-only sign-in.

The hub reads deploy/jupyterhub/jupyterhub_config.py (so the file deployers use is
the one proved), then a small test config on top: free ports on 127.0.0.1, the
dummy authenticator, SimpleLocalProcessSpawner with homes in a temporary folder, and
`--allow-root` for user servers only when the tests run as root.

Stopping: SIGTERM to the hub's PID stops the proxy, the user servers (and their
kernels) and the idle-culler service; `leftover_pids` then finds anything that
survived, so a test can insist on none.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.server import free_port

ROOT = Path(__file__).resolve().parents[2]
DEPLOY_CONFIG = ROOT / "deploy" / "jupyterhub" / "jupyterhub_config.py"
PASSWORD = "first-post-test-password"


def find_proxy() -> Path | None:
    """configurable-http-proxy: the one `make test` installs into the venv, else on PATH."""
    local = Path(sys.prefix) / "node_modules" / ".bin" / "configurable-http-proxy"
    if local.exists():
        return local
    found = shutil.which("configurable-http-proxy")
    return Path(found) if found else None


TEST_CONFIG = """
c = get_config()  # noqa: F821
load_subconfig({deploy!r})  # noqa: F821
c.JupyterHub.bind_url = "http://127.0.0.1:{port}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.JupyterHub.db_url = "sqlite:///{folder}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{folder}/cookie_secret"
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.pid_file = "{folder}/proxy.pid"
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {password!r}
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = "{folder}/home/{{username}}"
c.Spawner.start_timeout = 60
c.Spawner.http_timeout = 60
if {as_root!r}:
    c.Spawner.args = [*c.Spawner.get("args", []), "--allow-root"]
"""


@dataclass
class Hub:
    process: subprocess.Popen
    port: int
    folder: Path
    log_path: Path
    pids: set[int] = field(default_factory=set)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def api(self, path: str, token: str | None = None) -> tuple[int, object]:
        headers = {"Authorization": f"token {token}"} if token else {}
        request = urllib.request.Request(f"{self.url}/hub/api{path}", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.status, json.load(response)
        except urllib.error.HTTPError as error:
            return error.code, None

    def descendants(self) -> set[int]:
        """Every process started under the hub (proxy, user servers, kernels, culler)."""
        children: dict[int, list[int]] = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        found, todo = set(), [self.process.pid]
        while todo:
            for child in children.get(todo.pop(), []):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return found

    def measure_memory(self) -> dict[str, object]:
        """RSS and PSS (MiB) of each user server and kernel under this hub, from /proc.

        PSS shares the libraries two processes both map between them, so summing PSS
        is what a machine needs; RSS counts shared pages in every process.
        """
        found: dict[str, list[dict[str, float]]] = {
            "hub": [],
            "proxy": [],
            "user_server": [],
            "kernel": [],
        }
        for pid in {self.process.pid, *self.descendants()}:
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
                rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            except OSError:
                continue
            kind = (
                "user_server"
                if b"firstpost.hub.user_server" in cmdline
                else "kernel"
                if b"ipykernel_launcher" in cmdline
                else "proxy"
                if b"configurable-http-proxy" in cmdline
                else "hub"
                if pid == self.process.pid
                else None
            )
            if kind is None:
                continue
            values = {}
            for line in rollup.splitlines():
                name, _, rest = line.partition(":")
                if name in ("Rss", "Pss"):
                    values[name.lower() + "_mib"] = round(int(rest.split()[0]) / 1024, 1)
            found[kind].append(values)
        self.remember_processes()
        return {
            "user_servers": len(found["user_server"]),
            "kernels": len(found["kernel"]),
            "user_server_mib": found["user_server"],
            "kernel_mib": found["kernel"],
            "hub_mib": found["hub"],
            "proxy_mib": found["proxy"],
        }

    def remember_processes(self) -> None:
        """Note the hub's processes now, so `stop` can prove each one ended."""
        self.pids |= self.descendants()

    def stop(self) -> None:
        self.remember_processes()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        deadline = time.monotonic() + 15
        while self.leftover_pids() and time.monotonic() < deadline:
            time.sleep(0.2)
        for pid in self.leftover_pids():  # only processes this hub started
            os.kill(pid, signal.SIGKILL)

    def leftover_pids(self) -> list[int]:
        alive = []
        for pid in sorted(self.pids):
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":
                alive.append(pid)
        return alive


def start_hub(
    folder: Path, database_url: str, facilitators: list[str], timeout: float = 60.0
) -> Hub:
    proxy = find_proxy()
    if proxy is None:
        raise RuntimeError(
            "configurable-http-proxy is not installed: run `make install-test` "
            "(it runs npm install --prefix .venv configurable-http-proxy)."
        )
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    config = folder / "test_jupyterhub_config.py"
    config.write_text(
        TEST_CONFIG.format(
            deploy=str(DEPLOY_CONFIG),
            port=port,
            hub_port=free_port(),
            proxy_api_port=free_port(),
            folder=folder,
            proxy=str(proxy),
            password=PASSWORD,
            as_root=os.geteuid() == 0,
        )
    )
    env = {
        **os.environ,
        "FIRSTPOST_DATABASE_URL": database_url,
        "FIRSTPOST_FACILITATORS": ",".join(facilitators),
        "FIRSTPOST_PYTHON": sys.executable,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    log_path = folder / "hub.log"
    with log_path.open("w") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "jupyterhub", "-f", str(config)],
            cwd=folder,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=env,
        )
    hub = Hub(process, port, folder, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterHub exited early:\n{hub.log()[-4000:]}")
        # /hub/health is 404 through the proxy until routes exist: /hub/api answers first.
        try:
            with urllib.request.urlopen(f"{hub.url}/hub/api", timeout=2) as response:
                if response.status == 200:
                    hub.remember_processes()
                    return hub
        except OSError:
            time.sleep(0.25)
    hub.stop()
    raise RuntimeError(f"JupyterHub did not answer within {timeout} s:\n{hub.log()[-4000:]}")
