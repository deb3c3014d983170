"""The step-by-step editor: a stepper over the OASIS stages and one form at a time.

Fields write straight into the session on every change (so autosave sees every
keystroke) and show the problems found at their own path.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.plan import overall_fraction, plan_progress
from firstpost.ui.errors import guarded
from firstpost.ui.planner.fields import FieldView
from firstpost.ui.planner.lists import FormContext
from firstpost.ui.planner.session import PlannerSession
from firstpost.ui.planner.stages import STAGE_BUILDERS, STEP_ORDER, STEP_TITLES, PlannerChoices

REVIEW_STEP = "review"
REVIEW_TITLE = "Check, save and download"


class PlanEditor(widgets.VBox):
    def __init__(
        self,
        session: PlannerSession,
        choices: PlannerChoices,
        review_view: Callable[[], widgets.Widget],
    ) -> None:
        super().__init__()
        self.add_class("fp-editor")
        self.session = session
        self.choices = choices
        self.review_view = review_view
        self.fields: dict[str, FieldView] = {}
        self._writing = False
        self.step = STEP_ORDER[0]
        self.progress_html = widgets.HTML("")
        self.step_buttons = {
            key: widgets.Button(
                description=STEP_TITLES.get(key, REVIEW_TITLE), layout=widgets.Layout(width="auto")
            )
            for key in (*STEP_ORDER, REVIEW_STEP)
        }
        for key, button in self.step_buttons.items():
            button.on_click(
                guarded("opening a step", self._say_error)(lambda _b, k=key: self.go(k))
            )
        stepper = widgets.HBox(
            list(self.step_buttons.values()), layout=widgets.Layout(flex_flow="row wrap")
        )
        stepper.add_class("fp-stepper")
        self.heading = widgets.HTML("")
        self.form = widgets.VBox([])
        self.back = widgets.Button(description="Back", layout=widgets.Layout(width="auto"))
        self.next = widgets.Button(
            description="Next step", button_style="primary", layout=widgets.Layout(width="auto")
        )
        self.back.on_click(guarded("going back a step", self._say_error)(lambda _b: self._move(-1)))
        self.next.on_click(
            guarded("going to the next step", self._say_error)(lambda _b: self._move(1))
        )
        self.children = (
            self.progress_html,
            widgets.HTML(
                '<p class="fp-group-label"><strong>Steps of the plan (OASIS)</strong></p>'
            ),
            stepper,
            self.heading,
            self.form,
            widgets.HBox([self.back, self.next]),
        )
        session.observe(lambda _c: self.show_step(), names="loaded")
        session.observe(lambda _c: self._after_edit(), names="changed")
        self.show_step()

    # ----- navigation ----------------------------------------------------------------
    @property
    def steps(self) -> tuple[str, ...]:
        return (*STEP_ORDER, REVIEW_STEP)

    def go(self, step: str) -> None:
        self.session.flush_draft()
        self.step = step
        self.show_step()

    def _move(self, delta: int) -> None:
        index = self.steps.index(self.step) + delta
        if 0 <= index < len(self.steps):
            self.go(self.steps[index])

    def show_step(self) -> None:
        self.fields = {}
        number = self.steps.index(self.step) + 1
        title = REVIEW_TITLE if self.step == REVIEW_STEP else STEP_TITLES[self.step]
        self.heading.value = f"<h2>Step {number} of {len(self.steps)}: {html.escape(title)}</h2>"
        if self.step == REVIEW_STEP:
            self.form.children = (self.review_view(),)
        else:
            ctx = FormContext(self.session.get, self.session.change_list, self._register)
            self.form.children = tuple(STAGE_BUILDERS[self.step](ctx, self.choices))
        self.back.disabled = self.step == self.steps[0]
        self.next.disabled = self.step == self.steps[-1]
        self._refresh_progress()
        self._route_problems()

    def _say_error(self, message: str) -> None:
        self.session.say(message, "error")

    # ----- fields --------------------------------------------------------------------
    def _register(self, view: FieldView) -> None:
        self.fields[view.path] = view
        self._writing = True
        try:
            view.write(self.session.get(view.path))
            if view.path in self.session.unparsed:
                view.show_raw(self.session.unparsed[view.path])
        finally:
            self._writing = False
        view.on_change(guarded("keeping what you typed", self._say_error)(self._field_changed))

    def _field_changed(self, view: FieldView) -> None:
        if self._writing:
            return
        try:
            value = view.read()
        except ValueError:
            # Unreadable (e.g. "about ten" for a number): the text stays on screen and in
            # the draft, and the field says what to type instead.
            self.session.keep_unparsed(view.path, view.raw())
            return
        self.session.set_field(view.path, value)

    def _after_edit(self) -> None:
        self._refresh_progress()
        self._route_problems()

    def _route_problems(self) -> None:
        """Each problem goes to its field, or to the nearest field holding it.

        "strategy.key_messages[1]" lands on the key messages box, which holds every
        message; a problem for another step waits for that step and the review list.
        """
        by_path = defaultdict(list)
        for problem in self.session.problems:
            path = problem.path
            while path and path not in self.fields:
                path = _parent(path)
            if path:
                by_path[path].append(problem)
        for path, view in self.fields.items():
            view.show_problems(by_path.get(path, []))

    def _refresh_progress(self) -> None:
        progress = {p.stage: p for p in plan_progress(self.session.plan())}
        done = 0
        for number, key in enumerate(STEP_ORDER, start=1):
            stage = progress.get(key)
            fraction = stage.fraction if stage else 0.0
            done += 1 if stage and stage.complete else 0
            mark = "complete" if stage and stage.complete else f"{round(fraction * 100)}% filled in"
            self._label_step(key, f"{number}. {STEP_TITLES[key]} ({mark})")
        self._label_step(REVIEW_STEP, REVIEW_TITLE)
        percent = round(100 * overall_fraction(tuple(progress.values())))
        self.progress_html.value = (
            f'<div class="fp-progress"><p>Progress: {done} of {len(STEP_ORDER)} steps complete; '
            f"{percent}% of the plan filled in.</p>"
            f'<div class="fp-progress-bar" role="progressbar" aria-label="Plan progress" '
            f'aria-valuemin="0" aria-valuemax="100" aria-valuenow="{percent}">'
            f'<div style="width: {percent}%"></div></div></div>'
        )

    def _label_step(self, key: str, label: str) -> None:
        """The current step is said in words, not only shown in colour."""
        button = self.step_buttons[key]
        current = key == self.step
        button.description = f"{label}, you are here" if current else label
        button.tooltip = f"You are on this step: {label}" if current else f"Go to {label}"
        button.button_style = "primary" if current else ""


def _parent(path: str) -> str:
    """ "a.b[2]" → "a.b", "a.b" → "a", "a" → ""."""
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""
