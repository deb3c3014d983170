"""The channel tool's questions: purpose, audiences, constraints and the criteria weights.

Every input has a visible description (screen readers announce it) and the weights
sit in plain view, so a facilitator can change one and the room sees the ranking move.
Values are read back into a ChannelQuery; the core checks them, not the widgets.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.channels import (
    APPROVALS,
    AUDIENCES,
    CRITERIA,
    MONITORING,
    PURPOSES,
    ChannelQuery,
    default_weights,
)
from firstpost.core.channels.vocabulary import MAX_HOURS, MAX_WEIGHT, RISK_LABELS

LABEL_STYLE = {"description_width": "16rem"}
WIDE = widgets.Layout(width="100%", max_width="48rem")
NUMBER = widgets.Layout(width="24rem")


def _heading(text: str, hint: str = "") -> widgets.HTML:
    extra = f'<p class="fp-hint fp-hint--flush">{html.escape(hint)}</p>' if hint else ""
    return widgets.HTML(f"<h2>{html.escape(text)}</h2>{extra}")


class ChannelForm:
    """The inputs, laid out in three groups, and the question they add up to."""

    def __init__(self) -> None:
        self.purpose = widgets.Dropdown(
            description="Purpose",
            options=[(label, key) for key, label in PURPOSES.items()],
            value="recruitment",
            layout=WIDE,
            style=LABEL_STYLE,
        )
        self.audiences = {
            key: widgets.Checkbox(description=label, value=False, indent=False)
            for key, label in AUDIENCES.items()
        }
        self.risk = widgets.Dropdown(
            description="Risk appetite",
            options=[(label, key) for key, label in RISK_LABELS.items()],
            value="low",
            layout=WIDE,
            style=LABEL_STYLE,
        )
        self.hours = widgets.BoundedFloatText(
            description="Staff hours a week",
            value=4.0,
            min=0.0,
            max=MAX_HOURS,
            step=0.5,
            layout=NUMBER,
            style=LABEL_STYLE,
        )
        self.monitoring = widgets.Dropdown(
            description="Replies are watched",
            options=[(label, key) for key, label in MONITORING.items()],
            value="office-hours",
            layout=WIDE,
            style=LABEL_STYLE,
        )
        self.approvals = widgets.Dropdown(
            description="Approving a post takes",
            options=[(label, key) for key, label in APPROVALS.items()],
            value="within-2-days",
            layout=WIDE,
            style=LABEL_STYLE,
        )
        self.paid = widgets.Checkbox(
            description="Paid promotion is allowed", value=False, indent=False
        )
        self.weights = {
            c.id: widgets.BoundedIntText(
                description=f"Weight: {c.label}",
                value=c.default_weight,
                min=0,
                max=MAX_WEIGHT,
                step=1,
                layout=NUMBER,
                style=LABEL_STYLE,
            )
            for c in CRITERIA
        }
        self.reset = widgets.Button(
            description="Put the weights back",
            layout=widgets.Layout(width="auto", align_self="flex-start"),
        )
        self.reset.on_click(lambda _b: self.reset_weights())
        self._callbacks: list[Callable[[], None]] = []
        self._quiet = False

    @property
    def inputs(self) -> list[widgets.Widget]:
        return [
            self.purpose,
            *self.audiences.values(),
            self.risk,
            self.hours,
            self.monitoring,
            self.approvals,
            self.paid,
            *self.weights.values(),
        ]

    def on_change(self, callback: Callable[[], None]) -> None:
        self._callbacks.append(callback)
        for widget in self.inputs:
            widget.observe(lambda _change: None if self._quiet else callback(), names="value")

    def reset_weights(self) -> None:
        """Back to the defaults, re-ranking once rather than once per weight."""
        self._quiet = True
        try:
            for key, value in default_weights().items():
                self.weights[key].value = value
        finally:
            self._quiet = False
        for callback in self._callbacks:
            callback()

    def query(self) -> ChannelQuery:
        return ChannelQuery(
            purpose=self.purpose.value,
            audiences=tuple(key for key, box in self.audiences.items() if box.value),
            risk_appetite=self.risk.value,
            hours_per_week=float(self.hours.value),
            monitoring=self.monitoring.value,
            approvals=self.approvals.value,
            paid_promotion=bool(self.paid.value),
            weights={key: int(box.value) for key, box in self.weights.items()},
        )

    def sections(self) -> list[widgets.Widget]:
        audiences = widgets.VBox(
            [
                widgets.HTML(
                    '<p class="fp-group-label"><strong>Who do you want to reach?'
                    "</strong> Tick one or more.</p>"
                ),
                *self.audiences.values(),
            ]
        )
        audiences.add_class("fp-checkgroup")
        weights = widgets.VBox([*self.weights.values(), self.reset])
        weights.add_class("fp-channel-weights")
        return [
            _heading("1. Your purpose and audience"),
            self.purpose,
            audiences,
            _heading(
                "2. What your team can manage",
                "Hours cover posting and watching replies, for the whole pilot.",
            ),
            self.risk,
            self.hours,
            self.monitoring,
            self.approvals,
            self.paid,
            _heading(
                "3. How much each criterion counts",
                "From 0 (ignore it) to 5. Facilitators: change a weight and watch the "
                "shortlist change.",
            ),
            weights,
        ]
