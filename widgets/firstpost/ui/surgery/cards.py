"""One question on the facilitator's board, with its buttons.

A card is created once per question and then only redrawn, so when a new question
arrives the facilitator's keyboard focus stays on the button it was on. Every button
names its question ("Star question 3"), because a screen-reader user hears buttons
out of their visual context.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

import ipywidgets as widgets

from firstpost.core.surgery.records import Question


def clock_time(iso: str) -> str:
    """A stored UTC time as the room's clock shows it (UK time), e.g. "10:32"."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return ""
    try:
        from zoneinfo import ZoneInfo

        return f"{moment.astimezone(ZoneInfo('Europe/London')):%H:%M}"
    except Exception:  # no time-zone data on this machine: say it is UTC
        return f"{moment:%H:%M} UTC"


class QuestionCard(widgets.VBox):
    """Shows a question; `act(name, question, *args)` carries out what a button asks."""

    def __init__(self, question: Question, act: Callable[..., None]) -> None:
        super().__init__()
        self.add_class("fp-fac-question")
        self._act = act
        self.question = question
        self.repeats = 0
        self.text = widgets.HTML("")
        self.star = widgets.Button(layout=widgets.Layout(width="max-content", max_width="100%"))
        self.answer = widgets.Button(layout=widgets.Layout(width="max-content", max_width="100%"))
        self.merge = widgets.Button(layout=widgets.Layout(width="max-content", max_width="100%"))
        self.faq = widgets.Button(layout=widgets.Layout(width="max-content", max_width="100%"))
        self.star.on_click(lambda _b: self._act("star", self.question))
        self.answer.on_click(lambda _b: self._act("answer", self.question))
        self.merge.on_click(lambda _b: self._act("merge", self.question))
        self.faq.on_click(lambda _b: self._act("faq", self.question))
        self.buttons = widgets.HBox(
            [self.star, self.answer, self.merge, self.faq],
            layout=widgets.Layout(flex_flow="row wrap"),
        )
        self.buttons.add_class("fp-toolbar")
        self.extra = widgets.VBox([])
        self.children = (self.text, self.buttons, self.extra)
        self.show(question, 0)

    def show(self, question: Question, repeats: int, merged_into: int | None = None) -> None:
        """Redraw for the question's current marks; only changed values reach the browser."""
        self.question = question
        self.repeats = repeats
        number = question.number
        badges = []
        if question.starred:
            badges.append("Starred")
        if question.answered:
            badges.append("Answered")
        if merged_into is not None:
            badges.append(f"Merged into question {merged_into}")
        if repeats:
            badges.append(f"Also asked {repeats} more time{'s' if repeats != 1 else ''}")
        badge_html = "".join(f'<span class="fp-fac-badge">{b}</span> ' for b in badges)
        self.text.value = (
            f'<div class="fp-fac-question__body"><h3>Question {number}</h3>'
            f'<p class="fp-fac-question__meta">{badge_html}'
            f'<span class="fp-muted">Sent at {html.escape(clock_time(question.asked_at))}'
            "</span></p>"
            f'<p class="fp-fac-question__text">{html.escape(question.body)}</p></div>'
        )
        self.star.description = (
            f"Remove star from question {number}" if question.starred else f"Star question {number}"
        )
        self.answer.description = (
            f"Mark question {number} not answered"
            if question.answered
            else f"Mark question {number} answered"
        )
        self.answer.button_style = "" if question.answered else "primary"
        self.merge.description = (
            f"Separate question {number} again"
            if question.merged
            else f"Merge question {number} into another"
        )
        self.faq.description = f"Add question {number} to the FAQ"
        self.faq.layout.display = None if question.answered else "none"
        self.set_class("fp-fac-question--starred", question.starred)
        self.set_class("fp-fac-question--answered", question.answered)
        self.set_class("fp-fac-question--merged", question.merged)

    def set_class(self, name: str, on: bool) -> None:
        if on and name not in self._dom_classes:
            self.add_class(name)
        elif not on and name in self._dom_classes:
            self.remove_class(name)

    def open_panel(self, *children: widgets.Widget) -> None:
        self.extra.children = children

    def close_panel(self) -> None:
        self.extra.children = ()
