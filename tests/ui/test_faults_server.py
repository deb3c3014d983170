"""Faults a workshop server meets, in a real browser against a real `firstpost serve`.

One server of its own for this file: short step time limit (a notebook that sleeps
stalls), a low cap on open pages, and, when the tests run as root, its data folder
on a small tmpfs the test can fill up, for an honest "disk full".
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import expect

from firstpost.core.paths import notebooks_dir
from tests.support.pages import error_texts, serious_axe_violations, wait_for_app
from tests.support.processes import kernel_pids
from tests.support.server import start_server
from tests.ui.conftest import PageWatch

CELL_TIMEOUT_S = 20  # long enough for each step of a real app on a busy 2-core machine
MAX_KERNELS = 4
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "SAMEORIGIN",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    "cross-origin-opener-policy": "same-origin",
}
CONFIG_RE = re.compile(
    r'<script id="jupyter-config-data" type="application/json">\s*(.*?)\s*</script>', re.S
)


def _notebook(path: Path, *sources: str) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in sources]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, path)


@pytest.fixture(scope="module")
def fault_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faults")
    notebooks = folder / "notebooks"
    notebooks.mkdir()
    shutil.copy(notebooks_dir() / "index.ipynb", notebooks / "index.ipynb")
    # The planner under a name outside the catalogue: no warm pool, so each page here
    # gets a kernel of its own and the faults below hit the page being used.
    shutil.copy(notebooks_dir() / "planner.ipynb", notebooks / "plan_editor.ipynb")
    _notebook(notebooks / "slow.ipynb", "import time", "time.sleep(600)", "print('never')")
    _notebook(notebooks / "hello.ipynb", "print('hello')")
    data = folder / "data"
    data.mkdir()
    mounted = False
    if os.geteuid() == 0:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(data)], check=True)
        mounted = True
    env = {
        "FIRSTPOST_NOTEBOOKS_DIR": str(notebooks),
        "FIRSTPOST_CELL_TIMEOUT": str(CELL_TIMEOUT_S),
        "FIRSTPOST_MAX_KERNELS": str(MAX_KERNELS),
    }
    server = start_server(data, folder / "server.log", extra_env=env, timeout=120)
    server.mounted = mounted
    yield server
    server.stop()
    if mounted:
        subprocess.run(["umount", "-l", str(data)], check=False)


@pytest.fixture
def tab(browser, fault_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(90_000)
    page = context.new_page()
    watch = PageWatch()
    page.on("request", watch.on_request)
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    page.watch = watch
    yield page
    page.goto("about:blank")  # the tab-close beacon shuts the page's kernel
    context.close()
    assert watch.foreign_requests == [], f"requests left this machine: {watch.foreign_requests}"


def kernel_id_of(page) -> str:
    return json.loads(page.locator("#jupyter-config-data").text_content())["kernelId"]


def shut_down(server, kernel_id: str) -> None:
    """The tab-close beacon a page sends (with the _xsrf cookie the kit's template sets)."""
    token = uuid.uuid4().hex
    request = urllib.request.Request(
        f"{server.url}voila/api/shutdown/{kernel_id}",
        data=f"_xsrf={token}".encode(),
        headers={"Cookie": f"_xsrf={token}"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=60):
        pass


def server_kernels(server) -> int:
    return sum(1 for pid in kernel_pids() if _parent(pid) == server.process.pid)


def _parent(pid: int) -> int:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return -1
    return int(stat[stat.rindex(")") + 2 :].split()[1])


def wait_until(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"not within {timeout} s: {what}")


def remote_peers(pids: list[int]) -> set[str]:
    """Remote addresses of the TCP sockets these processes hold (from /proc/net)."""
    inodes = set()
    for pid in pids:
        try:
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                target = os.readlink(fd)
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            continue
    peers = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] in inodes:
                peers.add(fields[2].split(":")[0])
    return peers


LOOPBACK_OR_NONE = {
    "00000000",  # 0.0.0.0 (listening)
    "0100007F",  # 127.0.0.1
    "00000000000000000000000000000000",  # ::
    "00000000000000000000000001000000",  # ::1
    "0000000000000000FFFF00000100007F",  # ::ffff:127.0.0.1
}


def test_a_page_carries_the_security_headers_and_nothing_calls_out(tab, fault_server):
    response = tab.goto(fault_server.app_url("hello.ipynb"), wait_until="commit")
    headers = response.all_headers()
    for name, value in SECURITY_HEADERS.items():
        assert headers.get(name) == value, name
    assert "default-src 'self'" in headers["content-security-policy"]
    tab.wait_for_selector("#rendered_cells", state="visible")
    # No telemetry: JupyterLab's news and update-check routes are not served at all,
    # and neither the server nor its kernels hold a connection to another host.
    for route in ("lab/api/news", "lab/api/update"):
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(fault_server.url + route, timeout=30)
        assert missing.value.code == 404
    kernels = [pid for pid in kernel_pids() if _parent(pid) == fault_server.process.pid]
    peers = remote_peers([fault_server.process.pid, *kernels])
    assert peers and peers <= LOOPBACK_OR_NONE  # it sees the server's own sockets, none other


def test_a_stalled_page_ends_in_a_message_with_a_reload_button(tab, fault_server):
    started = time.monotonic()
    tab.goto(fault_server.app_url("slow.ipynb"), wait_until="commit")
    alert = tab.get_by_role("alert").filter(has_text="This page is taking too long to open")
    expect(alert).to_be_visible(timeout=(CELL_TIMEOUT_S + 60) * 1000)
    assert time.monotonic() - started < 3 * CELL_TIMEOUT_S + 30  # bounded, not endless
    expect(tab.locator("#loading")).to_be_hidden()
    expect(tab.get_by_role("heading", level=1)).to_have_count(1)
    assert "Traceback" not in tab.content() and "interrupt_on_timeout" not in tab.content()
    assert serious_axe_violations(tab) == []
    reload = tab.get_by_role("button", name="Reload the page")
    with tab.expect_navigation(wait_until="commit"):
        reload.click()
    assert "a page stalled" in fault_server.log()


def test_kill_9_of_the_kernel_while_editing_offers_the_draft_back(tab, fault_server):
    tab.goto(fault_server.app_url("plan_editor.ipynb"), wait_until="commit")
    wait_for_app(tab)
    tab.get_by_role("button", name="Start a blank plan").click()
    title = f"Killed kernel pilot {uuid.uuid4().hex[:6]}"
    tab.get_by_label("Plan title").fill(title)
    tab.get_by_label("Plan title").press("Tab")

    def draft_landed() -> bool:
        import sqlite3

        db = sqlite3.connect(
            f"file:{fault_server.data_dir / 'firstpost.sqlite3'}?mode=ro", uri=True
        )
        try:
            return bool(
                db.execute("SELECT 1 FROM drafts WHERE body LIKE ?", (f"%{title}%",)).fetchall()
            )
        finally:
            db.close()

    wait_until(draft_landed, 30, "the autosaved draft reached the database")
    [pid] = kernel_pids(kernel_id_of(tab))
    os.kill(pid, signal.SIGKILL)
    wait_until(lambda: not kernel_pids(kernel_id_of(tab)), 10, "the kernel died")

    tab.reload(wait_until="commit")
    wait_for_app(tab)
    expect(tab.get_by_text(f"You have unsaved changes to {title}", exact=False)).to_be_visible()
    tab.get_by_role("button", name=f"Bring back {title}").click()
    expect(tab.get_by_label("Plan title")).to_have_value(title)
    assert error_texts(tab) == []


def test_a_full_disk_is_explained_and_the_text_kept(tab, fault_server):
    if not fault_server.mounted:
        pytest.skip("filling a disk honestly needs a tmpfs mount, which needs root")
    tab.goto(fault_server.app_url("plan_editor.ipynb"), wait_until="commit")
    wait_for_app(tab)
    tab.get_by_role("button", name="Start a blank plan").click()
    filler = fault_server.data_dir / "filler"
    subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=64k"], capture_output=True)
    try:
        typed = "Disk full pilot " + "x" * 300_000
        tab.get_by_label("Plan title").fill(typed)
        tab.get_by_role("button", name="Save plan").click()
        alert = tab.get_by_role("alert").filter(
            has_text="could not be saved: the server's disk is full"
        )
        expect(alert).to_be_visible()
        expect(alert).to_contain_text("Everything you typed is still on this page")
        expect(tab.get_by_label("Plan title")).to_have_value(typed)
        assert "Traceback" not in tab.locator("body").inner_text()
    finally:
        filler.unlink()
    tab.get_by_role("button", name="Save plan").click()
    expect(tab.get_by_text("Saved “Disk full pilot", exact=False)).to_be_visible()


def test_five_open_close_cycles_leave_no_kernel_behind(browser, fault_server):
    wait_until(lambda: server_kernels(fault_server) <= 2, 60, "earlier tests' kernels closed")
    before = server_kernels(fault_server)
    context = browser.new_context()
    page = context.new_page()
    for _ in range(5):  # 100 in benchmarks/reliability/run.py cycles
        page.goto(fault_server.app_url("hello.ipynb"), wait_until="commit")
        page.wait_for_selector("#rendered_cells", state="visible", timeout=90_000)
        page.goto("about:blank")  # leaving the page: its beacon shuts the kernel down
    context.close()
    wait_until(lambda: server_kernels(fault_server) == before, 60, f"back to {before} kernels")


def test_past_the_cap_a_page_says_busy_with_retry_after(tab, fault_server):
    held = []
    try:
        for _ in range(MAX_KERNELS + 2):
            try:
                with urllib.request.urlopen(fault_server.app_url("hello.ipynb"), timeout=90) as r:
                    held.append(
                        json.loads(CONFIG_RE.search(r.read().decode()).group(1))["kernelId"]
                    )
            except urllib.error.HTTPError as refused:
                assert refused.code == 503
                break
        else:
            pytest.fail(f"no page was refused after {MAX_KERNELS + 2} pages")
        response = tab.goto(fault_server.app_url("hello.ipynb"), wait_until="load")
        assert response.status == 503
        assert response.headers["retry-after"] == "60"
        assert response.headers["x-frame-options"] == "SAMEORIGIN"
        expect(tab.get_by_role("heading", level=1)).to_have_count(1)
        expect(tab.get_by_role("heading", level=1)).to_have_text(
            "First Post is busy: try again in a minute"
        )
        expect(tab.get_by_role("link", name="Reload this page")).to_be_visible()
        assert serious_axe_violations(tab) == []
        assert "refused a page" in fault_server.log()
    finally:
        for kernel_id in held:
            shut_down(fault_server, kernel_id)
