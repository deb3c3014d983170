"""Finding widgets the way a user finds controls: by their visible description."""

from __future__ import annotations

import html
from collections.abc import Iterator

import ipywidgets as widgets


def walk(widget: widgets.Widget) -> Iterator[widgets.Widget]:
    """The widget and everything inside it, depth first (what is on the page)."""
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def find(app: widgets.Widget, cls: type, description: str):
    """The first `cls` widget labelled `description`; a clear error if there is none."""
    for widget in walk(app):
        if isinstance(widget, cls) and getattr(widget, "description", None) == description:
            return widget
    raise LookupError(f"no {cls.__name__} described {description!r}")


def button(app: widgets.Widget, description: str) -> widgets.Button:
    return find(app, widgets.Button, description)


def button_starting(app: widgets.Widget, prefix: str) -> widgets.Button:
    for widget in walk(app):
        if isinstance(widget, widgets.Button) and widget.description.startswith(prefix):
            return widget
    raise LookupError(f"no button starting {prefix!r}")


def page_text(app: widgets.Widget) -> str:
    """The page's HTML with entities decoded, so an apostrophe reads as typed."""
    return html.unescape(" ".join(w.value for w in walk(app) if isinstance(w, widgets.HTML)))
