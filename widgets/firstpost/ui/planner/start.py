"""Where the planner opens: unsaved work to bring back, ways to start, and "My plans"."""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.plan.records import describe_time
from firstpost.ui.errors import guarded
from firstpost.ui.planner.session import PlannerSession, shorten
from firstpost.ui.shell import notice

MAX_LISTED = 200


class StartView(widgets.VBox):
    def __init__(
        self,
        session: PlannerSession,
        starters: list[tuple[str, Callable[[], None]]],
        open_editor: Callable[[], None],
    ) -> None:
        super().__init__()
        self.session = session
        self.open_editor = open_editor
        self.status = widgets.HTML("")
        self.drafts_box = widgets.VBox([])
        start_buttons = []
        for label, action in starters:
            button = widgets.Button(description=label, layout=widgets.Layout(width="auto"))
            button.on_click(
                guarded("starting a plan", self._error)(lambda _b, a=action: self._start(a))
            )
            start_buttons.append(button)
        self.search = widgets.Text(
            description="Search my plans",
            placeholder="words from the title, or a workshop code",
            style={"description_width": "10rem"},
            layout=widgets.Layout(width="100%", max_width="40rem"),
        )
        self.search.observe(lambda _c: self.refresh(), names="value")
        self.show_archived = widgets.Checkbox(description="Show archived plans", indent=False)
        self.show_archived.observe(lambda _c: self.refresh(), names="value")
        self.plans_box = widgets.VBox([])
        # Plans of the workshops this person joined (a shared hub database, issue #10).
        self.shared_box = widgets.VBox([])
        self.children = (
            self.drafts_box,
            widgets.HTML("<h2>Start a plan</h2>"),
            widgets.HBox(start_buttons, layout=widgets.Layout(flex_flow="row wrap")),
            widgets.HTML("<h2>My plans</h2>"),
            widgets.HBox(
                [self.search, self.show_archived], layout=widgets.Layout(flex_flow="row wrap")
            ),
            self.plans_box,
            self.shared_box,
            self.status,
        )
        self.refresh()

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    def _start(self, action: Callable[[], None]) -> None:
        action()
        self.open_editor()

    def refresh(self) -> None:
        self._refresh_drafts()
        self._refresh_plans()

    def _refresh_drafts(self) -> None:
        rows: list[widgets.Widget] = []
        for draft in self.session.drafts():
            data = draft.body.get("data") or {}
            typed = str(data.get("title") or "").strip() if isinstance(data, dict) else ""
            title = shorten(typed) if typed else "an untitled plan"
            resume = widgets.Button(
                description=f"Bring back {shorten(title, 40)}",
                button_style="primary",
                layout=widgets.Layout(width="auto"),
            )
            discard = widgets.Button(
                description=f"Discard unsaved changes to {shorten(title, 40)}",
                layout=widgets.Layout(width="auto"),
            )
            resume.on_click(
                guarded("bringing back your changes", self._error)(
                    lambda _b, k=draft.key: (self.session.resume_draft(k), self.open_editor())
                )
            )
            discard.on_click(lambda _b, k=draft.key, t=title: self._ask_discard(k, t))
            rows.append(
                widgets.HTML(
                    notice(
                        f"You have unsaved changes to {title} from {describe_time(draft.updated_at)} (UTC). "
                        "Bring them back, or discard them.",
                        "warning",
                    )
                )
            )
            rows.append(
                widgets.HBox([resume, discard], layout=widgets.Layout(flex_flow="row wrap"))
            )
        self.drafts_box.children = tuple(rows)

    def _ask_discard(self, key: str, title: str) -> None:
        yes = widgets.Button(
            description="Yes, discard them",
            button_style="danger",
            layout=widgets.Layout(width="auto"),
        )
        no = widgets.Button(description="No, keep them", layout=widgets.Layout(width="auto"))
        yes.on_click(
            guarded("discarding your changes", self._error)(
                lambda _b: (self.session.discard_draft(key), self._refresh_drafts())
            )
        )
        no.on_click(lambda _b: self._refresh_drafts())
        self.drafts_box.children = (
            *self.drafts_box.children,
            widgets.HTML(
                f"<p role='alert'>Discard the unsaved changes to {html.escape(title)}? This cannot be undone.</p>"
            ),
            widgets.HBox([yes, no]),
        )

    def _refresh_plans(self) -> None:
        self._refresh_shared()
        repo = self.session.repo
        plans = repo.list_plans(
            owner=self.session.owner,
            search=self.search.value.strip() or None,
            include_archived=self.show_archived.value,
        )
        if not plans:
            empty = (
                "No plans match your search."
                if self.search.value.strip()
                else "You have no saved plans yet."
            )
            self.plans_box.children = (widgets.HTML(f"<p class='fp-muted'>{empty}</p>"),)
            return
        rows: list[widgets.Widget] = []
        for summary in plans[:MAX_LISTED]:
            rows.append(self._plan_row(summary))
        if len(plans) > MAX_LISTED:
            rows.append(
                widgets.HTML(
                    f"<p class='fp-hint'>Showing {MAX_LISTED} of {len(plans)}: search to narrow it down.</p>"
                )
            )
        self.plans_box.children = tuple(rows)

    def _refresh_shared(self) -> None:
        """Others' plans sharing a workshop code with one of this person's plans."""
        shared = [
            summary
            for summary in self.session.repo.list_plans(
                visible_to=self.session.owner, search=self.search.value.strip() or None
            )
            if summary.owner != self.session.owner
        ]
        rows: list[widgets.Widget] = [
            widgets.HTML(
                "<h2>Shared in your workshops</h2><p class='fp-hint'>Plans by others with "
                "the same workshop code as one of your plans. You can open, change and "
                "copy them; only their owner can archive or delete them.</p>"
            )
        ]
        rows += [self._plan_row(summary, shared=True) for summary in shared[:MAX_LISTED]]
        self.shared_box.children = tuple(rows) if shared else ()

    def _plan_row(self, summary, shared: bool = False) -> widgets.Widget:
        title = shorten(summary.title) if summary.title.strip() else "Untitled plan"
        archived = summary.status == "archived"
        info = widgets.HTML(
            f"<p><strong>{html.escape(title)}</strong>"
            + (f" · workshop {html.escape(summary.workshop_code)}" if summary.workshop_code else "")
            + (f" · by {html.escape(summary.owner.split(':', 1)[-1])}" if shared else "")
            + f" · saved {html.escape(describe_time(summary.updated_at))} (UTC)"
            + (" · <em>archived</em>" if archived else "")
            + "</p>"
        )
        short = shorten(title, 40)
        open_button = widgets.Button(
            description=f"Open {short}", layout=widgets.Layout(width="auto")
        )
        copy_button = widgets.Button(
            description=f"Duplicate {short}", layout=widgets.Layout(width="auto")
        )
        archive_button = widgets.Button(
            description=f"{'Unarchive' if archived else 'Archive'} {short}",
            layout=widgets.Layout(width="auto"),
        )
        delete_button = widgets.Button(
            description=f"Delete {short}", layout=widgets.Layout(width="auto")
        )
        confirm = widgets.HBox([])
        plan_id = summary.plan_id
        open_button.on_click(
            guarded("opening the plan", self._error)(
                lambda _b: (self.session.open(plan_id), self.open_editor())
            )
        )
        copy_button.on_click(
            guarded("duplicating the plan", self._error)(lambda _b: self._duplicate(plan_id, title))
        )
        archive_button.on_click(
            guarded("archiving the plan", self._error)(
                lambda _b: self._archive(plan_id, title, not archived)
            )
        )
        delete_button.on_click(lambda _b: self._ask_delete(plan_id, title, confirm))
        row = widgets.VBox(
            [
                info,
                widgets.HBox(
                    [open_button, copy_button]
                    + ([] if shared else [archive_button, delete_button]),
                    layout=widgets.Layout(flex_flow="row wrap"),
                ),
                confirm,
            ]
        )
        row.add_class("fp-item")
        return row

    def _duplicate(self, plan_id: str, title: str) -> None:
        self.session.repo.duplicate(plan_id, by=self.session.owner)
        self.status.value = notice(f"Made a copy of “{title}”.", "ok")
        self._refresh_plans()

    def _archive(self, plan_id: str, title: str, archive: bool) -> None:
        if archive:
            self.session.repo.archive(plan_id)
            self.status.value = notice(
                f"Archived “{title}”. Tick “Show archived plans” to find it again.", "ok"
            )
        else:
            self.session.repo.unarchive(plan_id)
            self.status.value = notice(f"“{title}” is back in your plans.", "ok")
        self._refresh_plans()

    def _ask_delete(self, plan_id: str, title: str, confirm: widgets.HBox) -> None:
        yes = widgets.Button(
            description=f"Yes, delete {shorten(title, 40)}",
            button_style="danger",
            layout=widgets.Layout(width="auto"),
        )
        no = widgets.Button(description="No, keep it", layout=widgets.Layout(width="auto"))

        def delete(_b) -> None:
            self.session.repo.delete(plan_id)
            if self.session.plan_id == plan_id:
                self.session.new_plan()
            self.status.value = notice(f"Deleted “{title}” and its versions.", "ok")
            self._refresh_plans()

        yes.on_click(guarded("deleting the plan", self._error)(delete))
        no.on_click(lambda _b: setattr(confirm, "children", ()))
        confirm.children = (
            widgets.HTML(
                f"<p role='alert'>Delete “{html.escape(title)}” and all its versions? "
                "This cannot be undone. Archive it instead to hide it.</p>"
            ),
            yes,
            no,
        )
