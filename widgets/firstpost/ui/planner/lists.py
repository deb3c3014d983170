"""Editors for the plan's lists of records: objectives, posts, channel posts, risks, measures.

Each item is a bordered group headed "Post 2" with its own fields and a Remove button
that names the item, so a screen-reader user knows which one it removes. Adding or
removing an item rebuilds only that list.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from firstpost.ui.planner.fields import FieldView

# Builds the widgets of one item at `path` ("risks[2]"), registering its FieldViews.
ItemBuilder = Callable[[str, "FormContext"], list[widgets.Widget]]


class FormContext:
    """What a stage's widgets need from the editing session, without knowing its class."""

    def __init__(
        self,
        get: Callable[[str], Any],
        change_list: Callable[[str, Callable[[list], None]], None],
        register: Callable[[FieldView], None],
    ) -> None:
        self.get = get
        self.change_list = change_list
        self.register = register

    def field(self, view: FieldView) -> widgets.Widget:
        self.register(view)
        return view.box


class ListEditor(widgets.VBox):
    def __init__(
        self,
        path: str,
        noun: str,
        build_item: ItemBuilder,
        new_item: Callable[[], dict],
        ctx: FormContext,
        max_items: int | None = None,
        intro: str = "",
    ) -> None:
        super().__init__()
        self.add_class("fp-list")
        self.path = path
        self.noun = noun
        self.build_item = build_item
        self.new_item = new_item
        self.ctx = ctx
        self.max_items = max_items
        self.intro = intro
        self.refresh()

    def items(self) -> list:
        return list(self.ctx.get(self.path) or [])

    def refresh(self) -> None:
        rows: list[widgets.Widget] = []
        if self.intro:
            rows.append(widgets.HTML(f'<p class="fp-hint">{html.escape(self.intro)}</p>'))
        items = self.items()
        for index in range(len(items)):
            rows.append(self._item_box(index))
        if not items:
            rows.append(
                widgets.HTML(f'<p class="fp-muted">No {html.escape(self.noun.lower())}s yet.</p>')
            )
        add = widgets.Button(
            description=f"Add a {self.noun.lower()}", tooltip=f"Add a {self.noun.lower()}"
        )
        add.on_click(lambda _b: self._add())
        if self.max_items is not None and len(items) >= self.max_items:
            add.disabled = True
            rows.append(
                widgets.HTML(
                    f'<p class="fp-hint">A gentle pilot has at most {self.max_items} '
                    f"{html.escape(self.noun.lower())}s.</p>"
                )
            )
        rows.append(add)
        self.children = tuple(rows)

    def _item_box(self, index: int) -> widgets.Widget:
        label = f"{self.noun} {index + 1}"
        heading = widgets.HTML(f"<h3>{html.escape(label)}</h3>")
        remove = widgets.Button(
            description=f"Remove {label.lower()}",
            tooltip=f"Remove {label.lower()}",
            button_style="",
        )
        remove.add_class("fp-remove")
        confirm_row = widgets.HBox([])
        body = self.build_item(f"{self.path}[{index}]", self.ctx)
        box = widgets.VBox([heading, *body, remove, confirm_row])
        box.add_class("fp-item")

        def ask(_button) -> None:
            yes = widgets.Button(description=f"Yes, remove {label.lower()}", button_style="danger")
            keep = widgets.Button(description="No, keep it")
            yes.on_click(lambda _b: self._remove(index))
            keep.on_click(lambda _b: setattr(confirm_row, "children", ()))
            question = widgets.HTML(
                f'<p role="alert">Remove {html.escape(label.lower())} and everything typed in it?</p>'
            )
            confirm_row.children = (question, yes, keep)

        remove.on_click(ask)
        return box

    def _add(self) -> None:
        self.ctx.change_list(self.path, lambda items: items.append(self.new_item()))
        self.refresh()

    def _remove(self, index: int) -> None:
        self.ctx.change_list(self.path, lambda items: items.pop(index))
        self.refresh()
