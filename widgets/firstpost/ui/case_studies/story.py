"""The story told step by step: events revealed one at a time, decisions before reveals.

The same widgets serve the normal view and the projector view; the case view only
changes the CSS class and hides the other sections. Buttons are kept (not rebuilt) as
the story moves on, so keyboard focus stays on "Reveal what happened next".
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.case_studies.prose import markdown_html
from firstpost.core.case_studies.staging import Walkthrough, feedback_for, option_letter
from firstpost.core.case_studies.timeline import timeline_points
from firstpost.core.content.case_studies import CaseStudy
from firstpost.ui.errors import guarded
from firstpost.ui.shell import notice

esc = html.escape
NEXT_LABELS = {
    "event": "Reveal what happened next",
    "decision": "Next: what would you do?",
    "outcome": "See how it ended",
}


def _button(description: str, primary: bool = False) -> widgets.Button:
    button = widgets.Button(
        description=description,
        button_style="primary" if primary else "",
        layout=widgets.Layout(width="auto", height="auto"),
    )
    button.add_class("fp-cs-button")
    return button


class StoryView(widgets.VBox):
    """One case's story; calls `on_change(walk)` whenever the walkthrough moves."""

    def __init__(
        self, case: CaseStudy, walk: Walkthrough, on_change: Callable[[Walkthrough], None]
    ) -> None:
        super().__init__()
        self.add_class("fp-cs-story")
        self.case = case
        self.walk = walk
        self.on_change = on_change
        self.points = timeline_points(case)
        self.progress = widgets.HTML()
        self.history = widgets.HTML()
        self.announce = widgets.HTML()
        self.prompt = widgets.HTML()
        self.options = widgets.VBox([])
        self.options.add_class("fp-cs-options")
        self.feedback = widgets.HTML()
        self.outcome = widgets.HTML()
        self.next_button = _button(NEXT_LABELS["event"], primary=True)
        self.skip_button = _button("Show the whole story")
        self.restart_button = _button("Start the story again")
        self.next_button.on_click(guarded("moving the story on", self._error)(self._next))
        self.skip_button.on_click(guarded("showing the whole story", self._error)(self._skip))
        self.restart_button.on_click(guarded("starting again", self._error)(self._restart))
        controls = widgets.HBox([self.next_button, self.skip_button, self.restart_button])
        controls.add_class("fp-toolbar")
        controls.layout.flex_flow = "row wrap"
        self.children = (
            self.progress,
            self.history,
            self.prompt,
            self.options,
            self.feedback,
            self.outcome,
            controls,
            self.announce,
        )
        self._shown_decision: int | None = None
        self.render()

    # ----- actions -------------------------------------------------------------------
    def _error(self, message: str) -> None:
        self.announce.value = notice(message, "error")

    def _set(self, walk: Walkthrough, announce: str = "") -> None:
        self.walk = walk
        self.render()
        # Read out by screen readers; sighted users already see the change in the story.
        self.announce.value = (
            f'<p class="fp-cs-sr-only" role="status">{esc(announce)}</p>' if announce else ""
        )
        self.on_change(walk)

    def _next(self, _button=None) -> None:
        if self.walk.waiting_for_choice:
            self.announce.value = notice(
                "Choose one of the options above first: the story goes on after your choice."
            )
            return
        walk = self.walk.advance()
        step = walk.current
        if step.kind == "event":
            point = self.points[step.index]
            message = f"Revealed event {point.number}, {point.when_text}: {point.event}"
        elif step.kind == "decision":
            message = "A decision for you: " + self.case.decision_points[step.index].prompt
        else:
            message = "The story is complete: read how it ended below."
        self._set(walk, message)

    def _skip(self, _button=None) -> None:
        self._set(self.walk.skip_to_end(), "Showing the whole story.")

    def _restart(self, _button=None) -> None:
        self._set(self.walk.restart(), "Back to the start of the story. Your choices are kept.")

    def _choose(self, decision: int, option: int) -> None:
        self.walk = self.walk.choose(decision, option, self.case)
        self.render()
        self.on_change(self.walk)

    # ----- drawing -------------------------------------------------------------------
    def render(self) -> None:
        walk = self.walk
        self.progress.value = (
            f'<p class="fp-cs-progress"><strong>{esc(walk.progress_text())}</strong> '
            f"({walk.events_shown} of {len(self.points)} events revealed)</p>"
        )
        self.history.value = self._history_html()
        self._render_decision()
        self.outcome.value = self._outcome_html() if walk.finished else ""
        nxt = walk.next_step
        self.next_button.layout.display = "none" if nxt is None else None
        if nxt is not None:
            self.next_button.description = NEXT_LABELS[nxt.kind]

    def _history_html(self) -> str:
        items = []
        for position, step in enumerate(self.walk.steps[: self.walk.position + 1]):
            if step.kind == "event":
                point = self.points[step.index]
                items.append(
                    f'<li class="fp-cs-event"><strong>{esc(point.when_text)}</strong> '
                    f'<span class="fp-muted">({esc(point.since_start)})</span><br>'
                    f"{esc(point.event)}</li>"
                )
            elif step.kind == "decision" and position != self.walk.position:
                items.append(f'<li class="fp-cs-past">{esc(self._choice_summary(step.index))}</li>')
        if not items:
            return '<p class="fp-muted">The story starts with a decision for you.</p>'
        return f'<h3>The story so far</h3><ol class="fp-cs-history">{"".join(items)}</ol>'

    def _choice_summary(self, decision: int) -> str:
        point = self.case.decision_points[decision]
        option = self.walk.choices.get(decision)
        if option is None:
            return f"Decision skipped: {point.prompt}"
        return f"Your decision: {point.prompt} You chose {option_letter(option)}."

    def _render_decision(self) -> None:
        step = self.walk.current
        if step.kind != "decision":
            self._shown_decision = None
            self.prompt.value = ""
            self.options.children = ()
            self.feedback.value = ""
            return
        point = self.case.decision_points[step.index]
        chosen = self.walk.choices.get(step.index)
        self.prompt.value = (
            '<div class="fp-cs-decision"><h3>What would you do?</h3>'
            f'<p class="fp-cs-prompt">{esc(point.prompt)}</p></div>'
        )
        if self._shown_decision != step.index:
            buttons = []
            for index in range(len(point.options)):
                button = _button("")
                button.add_class("fp-cs-option")
                button.on_click(
                    guarded("recording your choice", self._error)(
                        lambda _b, d=step.index, o=index: self._choose(d, o)
                    )
                )
                buttons.append(button)
            self.options.children = tuple(buttons)
            self._shown_decision = step.index
        # Updated in place, so the button just pressed keeps the keyboard focus.
        for index, (button, option) in enumerate(
            zip(self.options.children, point.options, strict=True)
        ):
            mark = " (your choice)" if index == chosen else ""
            button.description = f"{option_letter(index)}. {option.text}{mark}"
            if index == chosen:
                button.add_class("fp-cs-chosen")
            else:
                button.remove_class("fp-cs-chosen")
        self.feedback.value = (
            notice(feedback_for(point, chosen))
            if chosen is not None
            else '<p class="fp-muted">Talk it over, then choose an option to see feedback.</p>'
        )

    def _outcome_html(self) -> str:
        consequences = "".join(f"<li>{esc(c)}</li>" for c in self.case.consequences)
        response = (
            f'<p class="fp-cs-response"><strong>Time to respond:</strong> '
            f"{esc(self.case.response_time)}</p>"
            if self.case.response_time
            else ""
        )
        return (
            '<div class="fp-cs-outcome"><h3>How it ended</h3>'
            f"{markdown_html(self.case.what_happened)}{response}"
            f"<h3>What followed</h3><ul>{consequences}</ul></div>"
        )
