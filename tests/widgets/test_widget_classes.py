"""Kit views must not shadow ipywidgets' own methods (a `_compare` once broke traitlets)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import ipywidgets as widgets

import firstpost.ui

# build() is the kit's own hook; close() may be extended to stop background work.
ALLOWED = {"build", "close"}


def _kit_widget_classes():
    for info in pkgutil.walk_packages(firstpost.ui.__path__, "firstpost.ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, widgets.Widget) and cls.__module__ == module.__name__:
                yield cls


def _clashes(cls) -> set[str]:
    own = {
        name for name, value in vars(cls).items() if callable(value) and not name.startswith("__")
    }
    found: set[str] = set()
    for base in cls.__mro__[1:]:
        if base.__module__.startswith("firstpost"):
            continue
        found |= own & {name for name, value in vars(base).items() if callable(value)}
    return found - ALLOWED


def test_the_check_catches_a_shadowed_method():
    class Shadowing(widgets.VBox):
        def _compare(self, a, b):
            return a == b

    assert _clashes(Shadowing) == {"_compare"}


def test_no_view_overrides_a_widget_method():
    found = list(_kit_widget_classes())
    assert len(found) >= 5, "expected the kit's views to be found"
    clashes = {cls.__name__: sorted(_clashes(cls)) for cls in found if _clashes(cls)}
    assert clashes == {}
