"""The hub's settings without a hub: the kit's Voilà settings reach every user server,
and the deployers' files (one-machine config, Helm values) agree with firstpost.hub."""

from __future__ import annotations

import argparse
import os
import stat
from pathlib import Path

import pytest
import yaml
from traitlets.config import Config, PyFileConfigLoader

from firstpost.cli.serve import CULL_IDLE_S, voila_config
from firstpost.core.roles import FACILITATOR_GROUP
from firstpost.hub.spawner import (
    HOME_URL,
    SERVER_TOKEN_SCOPES,
    configure_spawner,
    facilitator_groups,
    idle_culler,
    user_server_command,
)
from firstpost.hub.user_server import (
    CONFIG_DIR,
    configure_user_server,
    short_runtime_dir,
    user_server_environment,
)

DEPLOY = Path(__file__).resolve().parents[2] / "deploy" / "jupyterhub"


def test_user_servers_get_every_voila_setting_of_firstpost_serve_except_the_app_own():
    c = Config()
    configure_user_server(c)
    served = voila_config(argparse.Namespace(port=1, ip="127.0.0.1", no_browser=True), None)
    for name, value in served.VoilaConfiguration.items():
        if name != "preheat_kernel":  # a warm pool per person would multiply memory
            assert c.VoilaConfiguration[name] == value
    assert "preheat_kernel" not in c.VoilaConfiguration
    assert c.VoilaConfiguration.template == "firstpost"
    assert (c.VoilaConfiguration.strip_sources, c.VoilaConfiguration.show_tracebacks) == (
        True,
        False,
    )
    assert c.VoilaExecutor == served.VoilaExecutor
    assert c.KernelManager.transport == "ipc"
    assert c.MappingKernelManager.cull_idle_timeout == CULL_IDLE_S
    headers = c.ServerApp.tornado_settings["headers"]
    assert headers == served.Voila.tornado_settings["headers"]
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert c.ServerApp.tornado_settings["mathjax_url"] is None  # no CDN fallback
    assert c.ServerApp.jpserver_extensions["voila"] is True
    assert c.ServerApp.jpserver_extensions["jupyterlab"] is False
    assert c.ServerApp.terminals_enabled is False


def test_the_config_file_jupyter_loads_applies_the_same_settings():
    loaded = PyFileConfigLoader("jupyter_server_config.py", path=str(CONFIG_DIR)).load_config()
    assert loaded.VoilaConfiguration.template == "firstpost"
    assert loaded.KernelManager.transport == "ipc"


def test_user_server_environment_puts_the_template_and_settings_first_once():
    env = user_server_environment({"JUPYTER_PATH": "/elsewhere", "JUPYTER_CONFIG_PATH": ""})
    assert env["JUPYTER_PATH"].split(os.pathsep)[1:] == ["/elsewhere"]
    assert (Path(env["JUPYTER_PATH"].split(os.pathsep)[0]) / "voila" / "templates").is_dir()
    assert env["JUPYTER_CONFIG_PATH"] == str(CONFIG_DIR)
    again = user_server_environment(env)
    assert again == env


def test_a_runtime_folder_too_deep_for_kernel_sockets_is_replaced_by_a_private_one():
    assert short_runtime_dir({"JUPYTER_RUNTIME_DIR": "/run/user/1000/jupyter"}) is None
    deep = "/home/" + "x" * 60 + "/.local/share/jupyter/runtime"
    folder = short_runtime_dir({"JUPYTER_RUNTIME_DIR": deep})
    try:
        assert folder is not None and len(folder) < 50
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    finally:
        os.rmdir(folder)


def test_spawner_lands_on_home_with_the_database_and_the_groups_scope():
    c = Config()
    c.Spawner.environment = {"TZ": "Europe/London"}
    configure_spawner(c, "postgresql+psycopg://db/firstpost", python="/opt/py", allow_root=True)
    assert c.Spawner.cmd == ["/opt/py", "-m", "firstpost.hub.user_server"]
    assert c.Spawner.default_url == HOME_URL == "/voila/render/index.ipynb"
    assert c.Spawner.environment == {
        "TZ": "Europe/London",
        "FIRSTPOST_DATABASE_URL": "postgresql+psycopg://db/firstpost",
    }
    assert "read:users:groups!user" in c.Spawner.server_token_scopes
    assert c.Spawner.args == ["--allow-root"]
    assert facilitator_groups(["b", "a", "a"]) == {FACILITATOR_GROUP: {"users": ["a", "b"]}}
    service, role = idle_culler(600, python="/opt/py")
    assert service["command"][-1] == "--timeout=600"
    assert role["services"] == [service["name"]]


def test_the_one_machine_config_refuses_to_start_without_the_shared_database(monkeypatch):
    monkeypatch.setenv("FIRSTPOST_DATABASE_URL", "sqlite:///one-file.sqlite3")
    with pytest.raises(SystemExit, match="PostgreSQL"):
        PyFileConfigLoader("jupyterhub_config.py", path=str(DEPLOY)).load_config()


def test_the_one_machine_config_sets_facilitators_and_the_culler(monkeypatch):
    monkeypatch.setenv("FIRSTPOST_DATABASE_URL", "postgresql+psycopg://db/firstpost")
    monkeypatch.setenv("FIRSTPOST_FACILITATORS", " fay, gil ,")
    monkeypatch.setenv("FIRSTPOST_IDLE_TIMEOUT", "1800")
    c = PyFileConfigLoader("jupyterhub_config.py", path=str(DEPLOY)).load_config()
    assert c.JupyterHub.load_groups == {FACILITATOR_GROUP: {"users": ["fay", "gil"]}}
    assert c.JupyterHub.services[0]["command"][-1] == "--timeout=1800"
    assert c.Spawner.default_url == HOME_URL
    assert "--allow-root" not in c.Spawner.get("args", [])


def test_the_helm_values_agree_with_firstpost_hub():
    values = yaml.safe_load((DEPLOY / "config.yaml").read_text())
    single = values["singleuser"]
    assert single["cmd"] == user_server_command("python")
    assert single["defaultUrl"] == HOME_URL
    assert single["extraEnv"]["FIRSTPOST_DATABASE_URL"]["valueFrom"]["secretKeyRef"]
    hub = values["hub"]["config"]
    assert hub["Spawner"]["server_token_scopes"] == SERVER_TOKEN_SCOPES
    assert FACILITATOR_GROUP in hub["JupyterHub"]["load_groups"]
    assert values["cull"]["enabled"] is True
