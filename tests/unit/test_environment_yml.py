"""conda users get the same kit as pip users: environment.yml agrees with pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
# PyPI name -> conda-forge name, where they differ.
CONDA_NAMES = {"psycopg[binary]": "psycopg"}


def _split(requirement: str) -> tuple[str, str]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+(?:\[[^\]]+\])?)\s*(.*)$", requirement)
    assert match, requirement
    name, spec = match.groups()
    return CONDA_NAMES.get(name.lower(), name.lower()), spec.replace(" ", "")


def _environment() -> dict:
    return yaml.safe_load((ROOT / "environment.yml").read_text())


def test_environment_is_conda_forge_and_named_firstpost():
    env = _environment()
    assert env["name"] == "firstpost"
    assert env["channels"] == ["conda-forge"]


def test_every_runtime_dependency_is_in_environment_with_the_same_bounds():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wanted = dict(_split(r) for r in pyproject["project"]["dependencies"])
    conda = dict(
        _split(d) for d in _environment()["dependencies"] if isinstance(d, str) and d != "pip"
    )
    python_spec = conda.pop("python")
    assert python_spec == pyproject["project"]["requires-python"]
    assert conda == wanted


def test_environment_names_the_packages_conda_users_expect_and_the_kit():
    env = _environment()
    names = {_split(d)[0] for d in env["dependencies"] if isinstance(d, str)}
    assert {"jupyterlab", "ipywidgets", "voila", "pandas", "matplotlib"} <= names
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip_section
