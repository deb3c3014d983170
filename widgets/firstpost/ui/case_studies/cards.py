"""The cards a participant picks a case from: title, year, and what kind of story it is.

The kind is written out ("Cautionary tale", "What worked") as well as coloured, so
colour is never the only signal, and each card's button names its case.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

import ipywidgets as widgets

from firstpost.core.case_studies.catalogue import CaseCard
from firstpost.ui.errors import guarded

esc = html.escape


def card_html(card: CaseCard) -> str:
    decisions = (
        f"{card.decisions} decisions for your group"
        if card.decisions != 1
        else "1 decision for your group"
    )
    return (
        f"<h3>{esc(card.title)}</h3>"
        f'<p><span class="fp-cs-kind fp-cs-kind--{esc(card.kind)}">{esc(card.kind_label)}</span> '
        f"{esc(card.year)}</p>"
        f"<p>{esc(card.organisation)}</p>"
        f'<p class="fp-muted">{decisions}</p>'
    )


class CardGrid(widgets.VBox):
    """Every case as a card; pressing a card's button calls `open_case(case id)`."""

    def __init__(
        self,
        cards: Sequence[CaseCard],
        open_case: Callable[[str], None],
        show_error: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.buttons: dict[str, widgets.Button] = {}
        boxes = []
        for card in cards:
            button = widgets.Button(
                description=card.button_label, layout=widgets.Layout(width="auto", height="auto")
            )
            button.add_class("fp-cs-button")
            button.on_click(
                guarded("opening the case", show_error)(lambda _b, c=card.id: open_case(c))
            )
            self.buttons[card.id] = button
            box = widgets.VBox([widgets.HTML(card_html(card)), button])
            box.add_class("fp-cs-card")
            box.add_class(f"fp-cs-card--{card.kind}")
            boxes.append(box)
        grid = widgets.Box(boxes)
        grid.add_class("fp-cs-cards")
        self.children = (
            widgets.HTML(
                "<h2>Choose a case</h2><p>Cautionary tales show what went wrong and which "
                "controls would have helped. The public-sector stories show what worked.</p>"
            ),
            grid,
        )
