"""The `firstpost plans` command as a facilitator runs it, in a data folder of its own.

Import `data_dir` (autouse) and `run` into a test module to use them.
"""

from __future__ import annotations

import pytest

from firstpost.cli.main import main
from firstpost.core.store import reset_engines


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("FIRSTPOST_DATA_DIR", str(folder))
    monkeypatch.delenv("FIRSTPOST_DATABASE_URL", raising=False)
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    monkeypatch.setenv("FIRSTPOST_USER", "facilitator")
    reset_engines()
    yield folder
    reset_engines()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Exit code, standard output and standard error of `firstpost plans ARGV`."""
    code = main(["plans", *argv])
    out, err = capsys.readouterr()
    return code, out, err
