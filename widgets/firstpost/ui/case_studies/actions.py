"""What a participant does after the story: add controls to the plan, and write notes.

Each control button says in words what it does and, once pressed, that it is done;
the status line beside the buttons is a live region so screen readers hear it too.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

import ipywidgets as widgets

from firstpost.core.case_studies.controls import CONTROL_LABELS
from firstpost.core.content.case_studies import CaseStudy
from firstpost.core.content.controls import CONTROLS
from firstpost.ui.errors import guarded
from firstpost.ui.shell import notice

esc = html.escape
ADD_PREFIX = "Add to my plan's risk register: "
ADDED_PREFIX = "Added to my plan's risk register: "


def _wide_button(description: str) -> widgets.Button:
    button = widgets.Button(
        description=description, layout=widgets.Layout(width="auto", height="auto")
    )
    button.add_class("fp-cs-button")
    return button


class ControlsPanel(widgets.VBox):
    """Each lesson with the controls that would help, and a button to adopt each one.

    `add(control)` does the work and returns the message to show and whether it worked;
    anything unexpected it raises is turned into an apology by the guard.
    """

    def __init__(self, case: CaseStudy, add: Callable[[str], tuple[str, bool]]) -> None:
        super().__init__()
        self.add_class("fp-cs-controls")
        self.case = case
        self._add = add
        self.status = widgets.HTML()
        self.buttons: dict[str, list[widgets.Button]] = {}
        rows: list[widgets.Widget] = [
            widgets.HTML(
                "<h3>Lessons, and the controls that would help</h3>"
                "<p>Each control is one your pilot plan can adopt. Add the ones your team "
                "lacks; the <a href='planner.ipynb' target='_blank'>planner</a> then offers "
                "“Start from my case-study controls”.</p>"
            )
        ]
        for number, lesson in enumerate(case.lessons, start=1):
            rows.append(
                widgets.HTML(
                    f'<p class="fp-cs-lesson"><strong>Lesson {number}:</strong> {esc(lesson.lesson)}</p>'
                )
            )
            for control in lesson.controls:
                button = _wide_button(ADD_PREFIX + CONTROL_LABELS[control])
                button.on_click(
                    guarded("adding the control to your plan", self._error)(
                        lambda _b, c=control: self._press(c)
                    )
                )
                self.buttons.setdefault(control, []).append(button)
                text = widgets.HTML(f'<p class="fp-cs-control-text">{esc(CONTROLS[control])}</p>')
                box = widgets.VBox([text, button])
                box.add_class("fp-cs-control")
                rows.append(box)
        rows.append(self.status)
        self.children = tuple(rows)

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    def _press(self, control: str) -> None:
        message, worked = self._add(control)
        if worked:
            self.mark_added([control])
        self.status.value = notice(message, "ok" if worked else "error")

    def mark_added(self, controls: Sequence[str]) -> None:
        """Show these controls as already in the plan (the buttons stay usable)."""
        for control in controls:
            for button in self.buttons.get(control, ()):
                button.description = ADDED_PREFIX + CONTROL_LABELS[control]
                button.add_class("fp-cs-added")


class DiscussionPanel(widgets.VBox):
    """Questions for the group, each with a box for the participant's own notes."""

    def __init__(self, prompts: Sequence[str], on_change: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.add_class("fp-cs-discussion")
        self.prompts = tuple(prompts)
        self.boxes: list[widgets.Textarea] = []
        rows: list[widgets.Widget] = [
            widgets.HTML(
                "<h3>Talk about it</h3><p>Discuss these in your group. Jot down what you "
                "agree; your notes are saved with your answers when you leave the box.</p>"
            )
        ]
        for number, prompt in enumerate(self.prompts, start=1):
            rows.append(
                widgets.HTML(
                    f'<p class="fp-cs-prompt"><strong>Question {number}:</strong> {esc(prompt)}</p>'
                )
            )
            # Sent to the kernel when the box loses focus, not on every key, so each note
            # is saved once when the participant moves on.
            box = widgets.Textarea(
                description=f"Your notes on question {number}",
                continuous_update=False,
                style={"description_width": "initial"},
                layout=widgets.Layout(width="100%", max_width="46rem", height="5rem"),
            )
            if on_change is not None:
                box.observe(lambda _c: on_change(), names="value")
            self.boxes.append(box)
            rows.append(box)
        self.children = tuple(rows)

    @property
    def reflections(self) -> dict[str, str]:
        return {prompt: box.value for prompt, box in zip(self.prompts, self.boxes, strict=True)}

    def restore(self, saved: Sequence[tuple[str, str]]) -> None:
        """Put saved notes back beside their questions.

        A note whose question has since been reworded goes back in the same place in
        the list, so nothing a participant wrote disappears from view. An empty saved
        note never wipes out a note typed on screen.
        """
        by_prompt = dict(saved)
        for index, (prompt, box) in enumerate(zip(self.prompts, self.boxes, strict=True)):
            if prompt in by_prompt:
                text = by_prompt[prompt]
            elif index < len(saved) and saved[index][0] not in self.prompts:
                text = saved[index][1]
            else:
                continue
            if text.strip() or not box.value.strip():
                box.value = text
