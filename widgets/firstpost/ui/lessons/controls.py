"""Small pieces every lessons view uses: worded buttons and show/hide."""

from __future__ import annotations

import ipywidgets as widgets


def button(description: str, primary: bool = False) -> widgets.Button:
    """A button whose words are its name (the kit has no icon font)."""
    return widgets.Button(
        description=description,
        button_style="primary" if primary else "",
        layout=widgets.Layout(width="auto", max_width="100%"),
    )


def show(widget: widgets.DOMWidget, visible: bool) -> None:
    """Show or hide without removing, so screen readers never meet a half-built view."""
    widget.layout.display = None if visible else "none"


def row(*children: widgets.Widget) -> widgets.HBox:
    box = widgets.HBox(list(children), layout=widgets.Layout(flex_flow="row wrap"))
    box.add_class("fp-toolbar")
    return box
