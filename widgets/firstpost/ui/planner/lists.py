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
# Buttons as wide as their words; in a column they would otherwise stretch edge to edge.
AUTO = {"width": "auto", "align_self": "flex-start"}


def plural(noun: str) -> str:
    """ "vacancy" → "vacancies", "risk" → "risks": the nouns the planner lists."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def with_article(noun: str) -> str:
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


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
        heading_level: int = 3,
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
        self.heading_level = heading_level
        # Problems with the list as a whole ("no posts yet", "more than five") show here.
        self.problems = FieldView(path, [], self.items, lambda _value: None)
        ctx.register(self.problems)
        self.refresh()

    def items(self) -> list:
        return list(self.ctx.get(self.path) or [])

    def refresh(self) -> None:
        rows: list[widgets.Widget] = []
        noun = self.noun.lower()
        if self.intro:
            rows.append(widgets.HTML(f'<p class="fp-hint">{html.escape(self.intro)}</p>'))
        items = self.items()
        for index in range(len(items)):
            rows.append(self._item_box(index))
        if not items:
            rows.append(
                widgets.HTML(f'<p class="fp-muted">No {html.escape(plural(noun))} yet.</p>')
            )
        add = widgets.Button(
            description=f"Add {with_article(noun)}",
            tooltip=f"Add {with_article(noun)}",
            layout=widgets.Layout(**AUTO),
        )
        add.on_click(lambda _b: self._add())
        if self.full:
            add.disabled = True
            rows.append(
                widgets.HTML(
                    f"<p>A gentle pilot has at most {self.max_items} "
                    f"{html.escape(plural(noun))}, so there is no button to add more.</p>"
                )
            )
        rows.append(self.problems.box)
        rows.append(add)
        self.children = tuple(rows)

    @property
    def full(self) -> bool:
        return self.max_items is not None and len(self.items()) >= self.max_items

    def _item_box(self, index: int) -> widgets.Widget:
        label = f"{self.noun} {index + 1}"
        level = self.heading_level
        heading = widgets.HTML(f"<h{level}>{html.escape(label)}</h{level}>")
        remove = widgets.Button(
            description=f"Remove {label.lower()}",
            tooltip=f"Remove {label.lower()}",
            button_style="",
            layout=widgets.Layout(**AUTO),
        )
        remove.add_class("fp-remove")
        confirm_row = widgets.HBox([])
        body = self.build_item(f"{self.path}[{index}]", self.ctx)
        box = widgets.VBox([heading, *body, remove, confirm_row])
        box.add_class("fp-item")

        def ask(_button) -> None:
            yes = widgets.Button(
                description=f"Yes, remove {label.lower()}",
                button_style="danger",
                layout=widgets.Layout(**AUTO),
            )
            keep = widgets.Button(description="No, keep it", layout=widgets.Layout(**AUTO))
            yes.on_click(lambda _b: self._remove(index))
            keep.on_click(lambda _b: setattr(confirm_row, "children", ()))
            question = widgets.HTML(
                f'<p role="alert">Remove {html.escape(label.lower())} and everything typed in it?</p>'
            )
            confirm_row.children = (question, yes, keep)

        remove.on_click(ask)
        return box

    def _add(self) -> None:
        if self.full:  # the button is disabled too; this holds if a click slips through
            return
        self.ctx.change_list(self.path, lambda items: items.append(self.new_item()))
        self.refresh()

    def _remove(self, index: int) -> None:
        self.ctx.change_list(self.path, lambda items: items.pop(index))
        self.refresh()
