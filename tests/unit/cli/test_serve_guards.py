"""`firstpost serve`'s guards: the page cap, the step time limit, exposure, a broken data folder."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from firstpost.cli import serve
from firstpost.cli.cell_timeout import STALLED_HTML, default_cell_timeout, stalled_output
from firstpost.cli.kernel_limit import (
    KernelLimit,
    available_mib,
    default_max_kernels,
    pages_open,
)
from firstpost.cli.main import build_parser, main


def _args(*argv: str):
    return build_parser().parse_args(["serve", *argv])


class FakeKernels:
    """A kernel manager as the cap sees it: live kernel ids and Voilà's preheat pools."""

    def __init__(self, live: list[str], pools: dict[str, list]) -> None:
        self._live = live
        self._pools = pools

    def list_kernel_ids(self) -> list[str]:
        return list(self._live)


def _done(kernel_id: str) -> asyncio.Future:
    loop = asyncio.new_event_loop()
    future = loop.create_future()
    future.set_result({"kernel_id": kernel_id})
    loop.close()
    return future


def _pending() -> asyncio.Future:
    loop = asyncio.new_event_loop()
    future = loop.create_future()
    loop.close()
    return future


def test_warm_pool_kernels_are_not_counted_as_open_pages():
    manager = FakeKernels(
        ["pool-1", "pool-2", "page-1", "page-2", "starting-pool"],
        {"index.ipynb": [_done("pool-1")], "planner.ipynb": [_done("pool-2"), _pending()]},
    )
    assert pages_open(manager) == 2
    assert pages_open(manager, admitting=1) == 3
    limit = KernelLimit(3)
    assert not limit.full(manager)
    limit.admitting = 1
    assert limit.full(manager)


def test_the_default_cap_comes_from_free_memory(monkeypatch):
    monkeypatch.delenv("FIRSTPOST_MAX_KERNELS", raising=False)
    assert default_max_kernels(pooled=4, free_mib=3000) == 16  # 3000 / 150 - 4
    assert default_max_kernels(pooled=10, free_mib=600) == 2  # never below 2
    monkeypatch.setenv("FIRSTPOST_MAX_KERNELS", "7")
    assert default_max_kernels(pooled=4, free_mib=3000) == 7
    free = available_mib()
    assert free is None or free > 0


def test_meminfo_is_read_in_mib(tmp_path):
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal: 8000000 kB\nMemAvailable:    2048000 kB\n")
    assert available_mib(meminfo) == 2000


def test_flags_and_their_environment_defaults(monkeypatch):
    monkeypatch.setenv("FIRSTPOST_CELL_TIMEOUT", "9")
    assert default_cell_timeout() == 9
    monkeypatch.setenv("FIRSTPOST_CELL_TIMEOUT", "soon")
    assert default_cell_timeout() == 120
    args = _args("--max-kernels", "5", "--cell-timeout", "33")
    assert (args.max_kernels, args.cell_timeout) == (5, 33)
    assert serve.voila_config(args, None).VoilaExecutor.timeout == 33


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--max-kernels", "0"], "--max-kernels must be 1 or more"),
        (["--cell-timeout", "0"], "--cell-timeout must be 1 second or more"),
    ],
)
def test_impossible_limits_are_refused_in_words(argv, message, capsys):
    assert main(["serve", "--no-browser", *argv]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_the_stalled_step_becomes_a_message_with_a_reload_button():
    output = stalled_output()
    assert output["output_type"] == "display_data"
    html = output["data"]["text/html"]
    assert html == STALLED_HTML
    assert 'role="alert"' in html and html.count("<h1>") == 1
    assert "window.location.reload()" in html and ">Reload the page</button>" in html
    assert "Voilà" not in html and "interrupt_on_timeout" not in html


def test_security_headers_sit_beside_the_csp():
    headers = serve.voila_config(_args(), None).Voila.tornado_settings["headers"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Frame-Options"] == "SAMEORIGIN"
    assert headers["Permissions-Policy"] == "camera=(), microphone=(), geolocation=()"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "default-src 'self'" in headers["Content-Security-Policy"]


def test_the_join_link_names_this_machine_not_0_0_0_0():
    assert serve.join_host("localhost") == "localhost"
    assert serve.join_host("127.0.0.1") == "localhost"
    assert serve.join_host("192.168.1.20") == "192.168.1.20"
    assert serve.join_host("0.0.0.0") not in ("0.0.0.0", "")


def test_no_telemetry_server_extension_is_configured():
    """Nothing in the kit's settings turns on a server extension that could call out."""
    config = serve.voila_config(_args(), None)
    assert "jpserver_extensions" not in config.get("ServerApp", {})
    assert not any("news" in str(k).lower() or "announce" in str(k).lower() for k in config)


def _readonly_command(data: Path) -> list[str]:
    command = [sys.executable, "-m", "firstpost.cli.main", "serve", "--no-browser"]
    command += ["--data-dir", str(data), "--port", "18999"]
    if os.geteuid() == 0:  # root ignores permissions: run as `nobody`, as a service would
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.fail("setpriv (util-linux) is needed to drop root for this test")
        return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    return command


@pytest.fixture
def open_folder():
    """A folder under /tmp that the `nobody` account can reach (pytest's own is 0700)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="fp-readonly-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


def test_a_read_only_data_folder_stops_serve_with_a_plain_message(open_folder):
    from firstpost.core.settings import Settings
    from firstpost.core.store import open_store, reset_engines

    tmp_path = open_folder
    data = tmp_path / "data"
    data.mkdir()
    open_store(Settings(data, f"sqlite:///{data / 'firstpost.sqlite3'}", database_from_env=False))
    reset_engines()
    data.chmod(0o555)
    (data / "firstpost.sqlite3").chmod(0o444)
    for leftover in data.glob("firstpost.sqlite3-*"):
        leftover.unlink()
    env = {**os.environ, "HOME": str(tmp_path), "JUPYTER_RUNTIME_DIR": str(tmp_path / "rt")}
    env.pop("FIRSTPOST_DATABASE_URL", None)
    done = subprocess.run(
        _readonly_command(data), capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 1, done.stderr
    assert "First Post cannot open its database" in done.stderr
    assert "read-only" in done.stderr or "could not write" in done.stderr
    assert "Traceback" not in done.stderr


def test_on_the_network_with_a_token_it_prints_the_join_link(tmp_path, monkeypatch, capsys):
    import voila.app

    started = []

    class NotStarted:
        """Voilà up to the point of listening: the test must not open a port to the network."""

        def __init__(self, config) -> None:
            self.config = config

        def initialize(self, argv) -> None:
            pass

        def start(self) -> None:
            started.append(self.config)

    monkeypatch.setattr(voila.app, "Voila", NotStarted)
    monkeypatch.setenv("FIRSTPOST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JUPYTER_PATH", os.environ.get("JUPYTER_PATH", ""))
    argv = ["serve", "--no-browser", "--ip", "0.0.0.0", "--token", "auto", "--max-kernels", "3"]
    assert main([*argv, "--data-dir", str(tmp_path / "data")]) == 0
    err = capsys.readouterr().err
    [link] = [w for w in err.split() if w.startswith("http://")]
    assert "0.0.0.0" not in link and link.endswith(f"?token={started[0].IdentityProvider.token}")
    assert ":8866/?token=" in link and len(started[0].IdentityProvider.token) >= 16
    assert "Up to 3 app pages at once" in err
