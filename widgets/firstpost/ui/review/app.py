"""Reviewing a pilot: choose a saved plan, then enter what happened and decide what next.

Facilitators can review any plan (found by title, owner or workshop code); anyone else
reviews their own plans. `review.ipynb?plan=<id>` opens a plan directly.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qs

import ipywidgets as widgets

from firstpost.core.identity import Identity
from firstpost.core.plan.records import PlanNotFound, describe_time
from firstpost.core.roles import RolePolicy, current_policy
from firstpost.ui.errors import guarded
from firstpost.ui.review.editor import ReviewEditor, ReviewServices
from firstpost.ui.shell import HOME_LINK, AppShell, notice

INTRO = (
    "<h1>Review a pilot</h1><p class='fp-lead'>When a pilot ends, enter what actually "
    "happened, compare it with the plan's baselines and targets, and decide whether to "
    "scale up, adjust or stop.</p>"
)
AUTO = {"width": "max-content", "max_width": "100%"}  # as wide as its words, even in a column


class ReviewApp(AppShell):
    app_title = "Review a pilot"

    def __init__(
        self,
        repository=None,
        identity: Identity | None = None,
        query_string: str | None = None,
        *,
        reviews=None,
        policy: RolePolicy | None = None,
        **kwargs,
    ) -> None:
        self._repository = repository
        self._reviews = reviews
        self._identity = identity
        self._query = query_string
        self._policy = policy
        super().__init__(**kwargs)

    def build(self) -> list[widgets.Widget]:
        from firstpost.core.identity import current_identity
        from firstpost.core.plan.repository import PlanRepository
        from firstpost.core.review.store import ReviewStore
        from firstpost.core.store import open_store

        identity = self._identity or current_identity()
        self.facilitator = (self._policy or current_policy()).is_facilitator(identity)
        self.identity = identity
        engine = open_store() if self._repository is None or self._reviews is None else None
        repo = self._repository or PlanRepository(engine)
        reviews = self._reviews or ReviewStore(engine)
        self.services = ReviewServices(repo, reviews, identity.key)
        self.status = widgets.HTML("")
        self.search = widgets.Text(
            description="Find a plan",
            placeholder="Part of its title or owner",
            continuous_update=False,
            style={"description_width": "8rem"},
        )
        self.search.observe(lambda _c: self.list_plans(), names="value")
        self.choice = widgets.Dropdown(
            description="Plan",
            style={"description_width": "8rem"},
            layout=widgets.Layout(width="100%", max_width="46rem"),
        )
        open_button = widgets.Button(
            description="Review this plan", button_style="primary", layout=widgets.Layout(**AUTO)
        )
        open_button.on_click(
            guarded("opening the plan", self._error)(lambda _b: self.open_plan(self.choice.value))
        )
        self.body = widgets.VBox([])
        who = (
            "As a facilitator you can review any saved plan."
            if self.facilitator
            else "You can review the plans you own."
        )
        self.list_plans()
        wanted = self._query_plan()
        if wanted:
            self.open_plan(wanted)
        return [
            widgets.HTML(INTRO + f"<p>{who}</p>"),
            widgets.HBox([self.search], layout=widgets.Layout(flex_flow="row wrap")),
            widgets.HBox([self.choice, open_button], layout=widgets.Layout(flex_flow="row wrap")),
            self.status,
            self.body,
        ]

    def _query_plan(self) -> str:
        query = os.environ.get("QUERY_STRING", "") if self._query is None else self._query
        return parse_qs(query).get("plan", [""])[0].strip()[:40]

    def list_plans(self) -> None:
        owner = None if self.facilitator else self.identity.key
        found = self.services.plans.list_plans(owner=owner, search=self.search.value or None)
        self.choice.options = [
            (
                f"{s.title or 'Untitled plan'} ({s.owner.split(':', 1)[-1]}"
                + (f", workshop {s.workshop_code}" if s.workshop_code else "")
                + f", changed {describe_time(s.updated_at)})",
                s.plan_id,
            )
            for s in found
        ]
        self.choice.disabled = not found
        if found:
            self.choice.value = found[0].plan_id
        if not found:
            self.status.value = notice(
                "No saved plans match."
                if self.search.value
                else "There are no saved plans to review yet. Plans are saved from the planner."
            )
        else:
            self.status.value = ""

    def open_plan(self, plan_id: str | None) -> None:
        if not plan_id:
            self._error("Choose a plan first.")
            return
        try:
            record = self.services.plans.get(plan_id)
        except PlanNotFound:
            self.status.value = (
                notice(
                    "That plan could not be found. It may have been deleted; choose another.",
                    "warning",
                )
                + HOME_LINK
            )
            return
        if not self.facilitator and record.owner != self.identity.key:
            self.status.value = notice(
                "You can only review plans you own. Ask a facilitator to review this one.",
                "warning",
            )
            return
        self.status.value = ""
        self.editor = ReviewEditor(self.services, record)
        self.body.children = (self.editor,)

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")
