"""The planner: build a small pilot step by step, save it, version it and download it."""

from __future__ import annotations

import ipywidgets as widgets

from firstpost.core.plan.records import ConflictError
from firstpost.ui.errors import guarded
from firstpost.ui.planner.editor import PlanEditor
from firstpost.ui.planner.review import ReviewView
from firstpost.ui.planner.session import PlannerSession
from firstpost.ui.planner.sources import (
    exporter,
    handover_starters,
    load_example,
    planner_choices,
    validator,
)
from firstpost.ui.planner.start import StartView
from firstpost.ui.shell import AppShell, notice, status_area

INTRO = (
    "<h1>Plan a pilot</h1>"
    "<p class='fp-lead'>Plan a small, careful pilot in the order the Government Communication "
    "Service's OASIS guide suggests: objectives, audience, strategy, implementation and "
    "scoring, with the safeguards in between.</p>"
    "<p>Everything you type is kept as you go, so you can close the page and come back. "
    "Nothing stops you saving a half-finished plan.</p>"
)


class PlannerApp(AppShell):
    app_title = "Plan a pilot"

    def __init__(self, repository=None, owner: str | None = None, **kwargs) -> None:
        self._repository = repository
        self._owner = owner
        super().__init__(**kwargs)

    def build(self) -> list[widgets.Widget]:
        from firstpost.core.identity import current_identity
        from firstpost.core.plan.repository import PlanRepository
        from firstpost.core.store import open_store

        repo = self._repository or PlanRepository(open_store())
        owner = self._owner or current_identity().key
        choices = planner_choices()
        self.session = session = PlannerSession(repo, owner, validate=validator())
        self.status = status_area()
        self.conflict_box = widgets.HBox([])
        session.observe(lambda _c: self._show_status(), names=["status", "status_kind"])

        self.my_plans = widgets.Button(description="My plans", layout=widgets.Layout(width="auto"))
        self.edit = widgets.Button(description="Edit the plan", layout=widgets.Layout(width="auto"))
        self.save = widgets.Button(
            description="Save plan", button_style="primary", layout=widgets.Layout(width="auto")
        )
        self.my_plans.on_click(lambda _b: self.show_start())
        self.edit.on_click(lambda _b: self.show_editor())
        self.save.on_click(guarded("saving the plan", self._error)(lambda _b: self._save()))
        self.title_html = widgets.HTML("")
        session.observe(lambda _c: self._show_title(), names=["changed", "loaded", "plan_id"])

        starters = [
            ("Start a blank plan", lambda: session.new_plan()),
            (
                "Start from the worked example",
                lambda: session.new_plan(
                    load_example(),
                    "Started from the worked example: a council hiring two social workers. "
                    "Change anything you like.",
                ),
            ),
            *[
                (label, (lambda p=plan, m=message: session.new_plan(p, m)))
                for label, plan, message in handover_starters(repo, owner)
            ],
        ]
        self.start_view = StartView(session, starters, self.show_editor)
        self.editor = PlanEditor(session, choices, lambda: ReviewView(session, exporter()))
        self.body = widgets.VBox([])
        toolbar = widgets.HBox(
            [self.my_plans, self.edit, self.save], layout=widgets.Layout(flex_flow="row wrap")
        )
        toolbar.add_class("fp-toolbar")
        self.show_start()
        self._show_title()
        return [
            widgets.HTML(INTRO),
            toolbar,
            self.title_html,
            self.status,
            self.conflict_box,
            self.body,
        ]

    # ----- views ---------------------------------------------------------------------
    def show_start(self) -> None:
        self.session.flush_draft()
        self.start_view.refresh()
        self.body.children = (self.start_view,)
        self.my_plans.button_style = "info"
        self.edit.button_style = ""

    def show_editor(self) -> None:
        self.body.children = (self.editor,)
        self.my_plans.button_style = ""
        self.edit.button_style = "info"

    def _show_title(self) -> None:
        import html

        saved = (
            "saved"
            if self.session.plan_id and not self.session.dirty
            else "not saved yet"
            if not self.session.plan_id
            else "changes kept as a draft; not saved yet"
        )
        self.title_html.value = (
            f"<p class='fp-current'>Plan: <strong>{html.escape(self.session.short_title)}"
            f"</strong> ({saved})</p>"
        )

    def _show_status(self) -> None:
        self.status.value = (
            notice(self.session.status, self.session.status_kind) if self.session.status else ""
        )
        conflict = self.session.conflict
        if conflict is None:
            self.conflict_box.children = ()
            return
        copy = widgets.Button(
            description="Save my changes as a copy",
            button_style="primary",
            layout=widgets.Layout(width="auto"),
        )
        copy.on_click(guarded("saving a copy", self._error)(lambda _b: self._after_conflict(True)))
        buttons = [copy]
        if isinstance(conflict, ConflictError):  # a deleted plan has no version to reload
            reload = widgets.Button(
                description="Reload their version", layout=widgets.Layout(width="auto")
            )
            reload.on_click(
                guarded("reloading the plan", self._error)(lambda _b: self._after_conflict(False))
            )
            buttons.append(reload)
        self.conflict_box.children = tuple(buttons)

    def _after_conflict(self, keep_mine: bool) -> None:
        if keep_mine:
            self.session.save_as_copy()
        else:
            self.session.reload()
        self._show_title()
        if self.body.children and self.body.children[0] is self.start_view:
            self.start_view.refresh()

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    def _save(self) -> None:
        self.session.save()
        self._show_title()
