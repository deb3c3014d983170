"""The actual figures: a block of boxes for each post on each channel.

Each box is labelled with its figure ("Hires") for the eye and, for screen readers,
with the post and channel too ("Hires (1. Social worker on LinkedIn)"), since someone
tabbing through forty boxes cannot see which block they are in. Problems show under
the block as soon as a box is left, and what was typed stays in the box.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.plan.model import Plan
from firstpost.core.review.figures import ReviewProblem, row_problems
from firstpost.core.review.model import FIELD_LABELS, FIGURE_FIELDS, ChannelActuals, row_label

HINTS = {
    "cost": "Money spent on this channel for this post, such as adverts or boosts.",
    "time_to_hire": "From the advert going out to an accepted offer, for hires from here.",
    "group_applications": "Applications and hires from the group named under “The whole "
    "pilot” (for example Black and Asian applicants), only where equality monitoring "
    "collected them; leave blank if not.",
}


def problems_html(problems: list[ReviewProblem]) -> str:
    if not problems:
        return ""
    items = "".join(
        f"<li class='fp-fac-{'error' if p.is_error else 'warning'}'>"
        f"<strong>{'Fix' if p.is_error else 'Check'}:</strong> {html.escape(p.message)}</li>"
        for p in problems
    )
    return f'<div role="alert"><ul class="fp-fac-problems">{items}</ul></div>'


def labelled_text(label: str, context: str, value: str) -> widgets.Text:
    """A box whose visible label is `label` and whose spoken name adds `context`."""
    return widgets.Text(
        value=value,
        description=f'{html.escape(label)}<span class="fp-fac-sr-only"> ({html.escape(context)})</span>',
        description_allow_html=True,
        continuous_update=False,
        style={"description_width": "12rem"},
    )


class RowForm(widgets.VBox):
    """The boxes for one post on one channel."""

    def __init__(
        self, index: int, plan: Plan, row: ChannelActuals, on_change: Callable[[], None]
    ) -> None:
        super().__init__()
        self.add_class("fp-fac-row")
        self.index = index
        self.row = row
        self.label = row_label(plan, row)
        self.boxes: dict[str, widgets.Text] = {}
        for field in FIGURE_FIELDS:
            box = labelled_text(FIELD_LABELS[field], self.label, getattr(row, field))
            box.observe(lambda _c: (self.check(), on_change()), names="value")
            self.boxes[field] = box
        self.problems = widgets.HTML("")
        grid = widgets.HBox(list(self.boxes.values()), layout=widgets.Layout(flex_flow="row wrap"))
        grid.add_class("fp-fac-figures")
        self.children = (widgets.HTML(f"<h3>{html.escape(self.label)}</h3>"), grid, self.problems)
        self.check()

    def value(self) -> ChannelActuals:
        return self.row.model_copy(update={f: box.value for f, box in self.boxes.items()})

    def check(self) -> list[ReviewProblem]:
        problems = row_problems(self.index, self.label, self.value())
        self.problems.value = problems_html(problems)
        return problems


class FiguresForm(widgets.VBox):
    """Every row, then the figures that belong to the whole pilot."""

    def __init__(
        self,
        plan: Plan,
        rows: tuple[ChannelActuals, ...],
        other_costs: str,
        group_label: str,
        vacancy_rate: str,
        on_change: Callable[[], None],
    ) -> None:
        super().__init__()
        self.rows = [RowForm(i, plan, row, on_change) for i, row in enumerate(rows)]
        wide = widgets.Layout(width="100%", max_width="40rem")
        style = {"description_width": "16rem"}
        narrow = widgets.Layout(width="26rem", max_width="100%")
        self.other_costs = widgets.Text(
            description="Other costs, such as staff time (£)",
            layout=narrow,
            value=other_costs,
            style=style,
            continuous_update=False,
        )
        self.group_label = widgets.Text(
            description="Group for the diversity figures",
            value=group_label,
            style=style,
            layout=wide,
            placeholder="e.g. Black and Asian applicants",
        )
        self.vacancy_rate = widgets.Text(
            description="Vacancy rate now (%)",
            layout=widgets.Layout(width="26rem", max_width="100%"),
            value=vacancy_rate,
            style=style,
            continuous_update=False,
        )
        for box in (self.other_costs, self.vacancy_rate, self.group_label):
            box.observe(lambda _c: on_change(), names="value")
        hints = "".join(
            f"<li><strong>{html.escape(FIELD_LABELS[key])}:</strong> {html.escape(text)}</li>"
            for key, text in HINTS.items()
        )
        intro = widgets.HTML(
            "<h2>1. What happened</h2><p>Type what each post achieved on each channel. Leave "
            "a box blank if you do not know; it is left out of the totals. Write numbers as "
            "you would on paper: 1,200 or £1,250.50.</p>"
            f"<ul>{hints}</ul>"
        )
        if not self.rows:
            intro.value += (
                "<p><strong>This plan has no posts or channels yet,</strong> so there is "
                "nothing to fill in here. Add them in the planner first.</p>"
            )
        self.children = (
            intro,
            *self.rows,
            widgets.HTML("<h3>The whole pilot</h3>"),
            self.other_costs,
            self.group_label,
            self.vacancy_rate,
        )

    def values(self) -> dict[str, object]:
        return {
            "rows": tuple(row.value() for row in self.rows),
            "other_costs": self.other_costs.value,
            "group_label": self.group_label.value,
            "vacancy_rate": self.vacancy_rate.value,
        }
