"""firstpost.core never needs a widget library: it runs in the CLI, tests and benchmarks."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import firstpost.core

SCRIPT = """
import importlib, pkgutil, sys
class Blocked:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("ipywidgets", "IPython", "ipykernel"):
            raise ImportError(f"core imported {name}")
        return None
sys.meta_path.insert(0, Blocked())
import firstpost.core
for info in pkgutil.walk_packages(firstpost.core.__path__, "firstpost.core."):
    importlib.import_module(info.name)
print("ok", len(sys.modules))
"""


def test_every_core_module_imports_without_ipywidgets():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_core_modules_exist_to_be_checked():
    names = [
        info.name for info in pkgutil.walk_packages(firstpost.core.__path__, "firstpost.core.")
    ]
    assert "firstpost.core.store.migrations" in names
    for name in names:
        importlib.import_module(name)


def test_importing_the_package_does_no_work():
    script = "import sys, firstpost; print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy','ipywidgets','voila','pandas'))))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "[]"
