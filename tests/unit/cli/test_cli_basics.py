"""The command line a facilitator meets first: help, version, doctor, serve settings."""

from __future__ import annotations

import argparse

import pytest

import firstpost
from firstpost.cli import serve
from firstpost.cli.errors import CommandError
from firstpost.cli.main import COMMANDS, build_parser, main


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"firstpost {firstpost.__version__}"


def test_help_lists_every_command(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert name in out
    assert "http://localhost:8866" in out


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: firstpost {command}")


def test_doctor_reports_data_folder_and_schema(tmp_path, capsys, monkeypatch):
    from firstpost.cli import doctor

    monkeypatch.setattr(doctor, "find_chromium", lambda: "/usr/bin/chromium")
    code = main(["doctor", "--data-dir", str(tmp_path / "d")])
    out = capsys.readouterr().out
    assert "Data folder" in out and str(tmp_path / "d") in out
    assert "Database schema" in out and "version" in out
    assert "voila" in out and "ipywidgets" in out
    assert code == 0, out
    assert "No problems found." in out


def test_doctor_explains_a_missing_browser(tmp_path, capsys, monkeypatch):
    from firstpost.cli import doctor

    monkeypatch.setattr(doctor, "find_chromium", lambda: None)
    code = main(["doctor", "--data-dir", str(tmp_path / "d")])
    out = capsys.readouterr().out
    assert code == 1
    assert "apt-get install chromium" in out


def _serve_args(*argv: str) -> argparse.Namespace:
    parser = build_parser()
    return parser.parse_args(["serve", *argv])


def test_serve_defaults_are_safe_for_a_workshop():
    config = serve.voila_config(_serve_args("--no-browser"), token=None)
    assert config.Voila.port == 8866
    assert config.Voila.ip == "localhost"
    assert config.Voila.open_browser is False
    assert config.VoilaConfiguration.template == "firstpost"
    assert config.VoilaConfiguration.strip_sources is True
    assert config.VoilaConfiguration.show_tracebacks is False
    assert config.MappingKernelManager.cull_idle_timeout > 0
    assert config.MappingKernelManager.cull_interval > 0
    csp = config.Voila.tornado_settings["headers"]["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "Voilà" not in config.VoilaExecutor.cell_error_instruction
    pools = config.VoilaKernelManager.kernel_pools_config
    # Every app has a page waiting; the planner, which a room opens together, two.
    assert pools["index.ipynb"]["pool_size"] == 1
    assert pools["planner.ipynb"]["pool_size"] == 2
    assert pools["case_studies.ipynb"]["pool_size"] == 1


def test_serve_room_sizes_the_pools_a_workshop_opens(monkeypatch):
    pools = serve.voila_config(
        _serve_args("--room", "20"), None
    ).VoilaKernelManager.kernel_pools_config
    assert pools["index.ipynb"]["pool_size"] == 20
    assert pools["planner.ipynb"]["pool_size"] == 20
    assert pools["post_checker.ipynb"]["pool_size"] == 1


def test_serve_can_keep_home_alone_warm_to_save_memory(monkeypatch):
    monkeypatch.setenv(serve.PREHEAT_ENV, "home")
    config = serve.voila_config(_serve_args(), None)
    pools = config.VoilaKernelManager.kernel_pools_config
    assert pools["index.ipynb"]["pool_size"] == 1
    assert "planner.ipynb" not in pools
    assert "planner.ipynb" in config.VoilaKernelManager.preheat_denylist


def test_serve_refuses_a_room_size_or_preheat_setting_it_does_not_understand(monkeypatch, capsys):
    assert main(["serve", "--no-browser", "--room", "-3"]) == 1
    assert "--room must be a number of people from 0 to 200, not -3" in capsys.readouterr().err
    monkeypatch.setenv(serve.PREHEAT_ENV, "everything")
    assert main(["serve", "--no-browser"]) == 1
    err = capsys.readouterr().err
    assert "FIRSTPOST_PREHEAT=everything is not understood" in err and "'home'" in err


def test_serve_passes_ip_port_and_token():
    config = serve.voila_config(_serve_args("--ip", "0.0.0.0", "--port", "9000"), token="abc")
    assert config.Voila.ip == "0.0.0.0"
    assert config.Voila.port == 9000
    assert config.IdentityProvider.token == "abc"


def test_serve_rejects_an_impossible_port(capsys):
    assert main(["serve", "--port", "70000"]) == 1
    assert "--port must be between 1 and 65535" in capsys.readouterr().err


def test_serve_on_the_network_needs_a_token(capsys):
    assert main(["serve", "--no-browser", "--ip", "0.0.0.0"]) == 1
    err = capsys.readouterr().err
    assert "a token is required" in err and "--token auto" in err


def test_serve_explains_an_unusable_data_folder(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["serve", "--no-browser", "--data-dir", str(blocker / "sub")]) == 1
    err = capsys.readouterr().err
    assert "cannot be created" in err and "--data-dir" in err
    assert "Traceback" not in err


def test_command_error_is_one_line(capsys, monkeypatch):
    def boom(args):
        raise CommandError("Plan 42 does not exist. Run `firstpost plans list`.")

    monkeypatch.setattr(serve, "run", boom)
    assert main(["serve"]) == 1
    assert capsys.readouterr().err == (
        "firstpost serve: Plan 42 does not exist. Run `firstpost plans list`.\n"
    )
