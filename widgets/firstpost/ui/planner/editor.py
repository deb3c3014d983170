"""The step-by-step editor: a stepper over the OASIS stages and one form at a time.

Fields write straight into the session on every change (so autosave sees every
keystroke) and show the problems found at their own path.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.plan import plan_progress
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
            button.on_click(lambda _b, k=key: self.go(k))
        stepper = widgets.HBox(
            list(self.step_buttons.values()), layout=widgets.Layout(flex_flow="row wrap")
        )
        stepper.add_class("fp-stepper")
        self.heading = widgets.HTML("")
        self.form = widgets.VBox([])
        self.back = widgets.Button(description="Back")
        self.next = widgets.Button(description="Next step", button_style="primary")
        self.back.on_click(lambda _b: self._move(-1))
        self.next.on_click(lambda _b: self._move(1))
        self.children = (
            self.progress_html,
            widgets.HTML(
                '<nav aria-label="Plan steps"><p class="fp-hint">Steps of the plan (OASIS):</p></nav>'
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
        for key, button in self.step_buttons.items():
            button.button_style = "primary" if key == self.step else ""
        self.back.disabled = self.step == self.steps[0]
        self.next.disabled = self.step == self.steps[-1]
        self._refresh_progress()
        self._route_problems()

    # ----- fields --------------------------------------------------------------------
    def _register(self, view: FieldView) -> None:
        self.fields[view.path] = view
        self._writing = True
        try:
            view.write(self.session.get(view.path))
        finally:
            self._writing = False
        view.on_change(self._field_changed)

    def _field_changed(self, view: FieldView) -> None:
        if self._writing:
            return
        try:
            value = view.read()
        except ValueError:
            view.show_problems([])  # shows the parse error; the typed text stays on screen
            return
        self.session.set_field(view.path, value)

    def _after_edit(self) -> None:
        self._refresh_progress()
        self._route_problems()

    def _route_problems(self) -> None:
        by_path = defaultdict(list)
        for problem in self.session.problems:
            by_path[problem.path].append(problem)
        for path, view in self.fields.items():
            view.show_problems(by_path.get(path, []))

    def _refresh_progress(self) -> None:
        progress = {p.stage: p for p in plan_progress(self.session.plan())}
        done = 0
        for key in STEP_ORDER:
            stage = progress.get(key)
            fraction = stage.fraction if stage else 0.0
            done += 1 if stage and stage.complete else 0
            mark = "complete" if stage and stage.complete else f"{round(fraction * 100)}% filled in"
            self.step_buttons[
                key
            ].description = f"{STEP_ORDER.index(key) + 1}. {STEP_TITLES[key]} ({mark})"
            self.step_buttons[
                key
            ].tooltip = f"Go to step {STEP_ORDER.index(key) + 1}: {STEP_TITLES[key]}, {mark}"
        percent = round(100 * done / len(STEP_ORDER))
        self.progress_html.value = (
            f'<div class="fp-progress"><p>Progress: {done} of {len(STEP_ORDER)} steps complete.</p>'
            f'<div class="fp-progress-bar" role="progressbar" aria-label="Plan progress" '
            f'aria-valuemin="0" aria-valuemax="100" aria-valuenow="{percent}">'
            f'<div style="width: {percent}%"></div></div></div>'
        )
