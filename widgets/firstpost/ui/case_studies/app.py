"""Learn from case studies: famous failures and public-sector successes, as guided reviews.

The page opens on cards; choosing one replaces them with that case, and "Back to all
cases" returns. A case opened before is shown as it was left (choices, step, notes),
so going back to the cards never throws away what someone typed. The name box sits
above both, so a participant on a shared machine types their name once for every case
they review.
"""

from __future__ import annotations

import ipywidgets as widgets

from firstpost.core.case_studies.catalogue import case_cards, find_case
from firstpost.ui.case_studies.cards import CardGrid
from firstpost.ui.case_studies.case_view import CaseView
from firstpost.ui.case_studies.services import CaseServices, default_services
from firstpost.ui.shell import HOME_LINK, AppShell, notice

TITLE = "<h1>Learn from case studies</h1>"
INTRO = (
    "<p class='fp-lead'>Famous social media failures, and public-sector teams that got it "
    "right, told step by step. At each pause, decide what you would do before you see what "
    "happened.</p>"
    "<p>Every case ends with the controls that would have helped. Add the ones your team "
    "lacks to your pilot plan's risk register.</p>"
)


class CaseStudiesApp(AppShell):
    app_title = "Learn from case studies"

    def __init__(
        self, services: CaseServices | None = None, query: str | None = None, **kwargs
    ) -> None:
        self._services = services
        self._query = query
        self.case_view: CaseView | None = None
        self._views: dict[str, CaseView] = {}
        super().__init__(**kwargs)

    def build(self) -> list[widgets.Widget]:
        self.services = self._services or default_services(self._query)
        self.status = widgets.HTML()
        self.intro = widgets.HTML(INTRO)
        self.name = widgets.Text(
            description="Your name",
            placeholder="e.g. Sam Patel",
            style={"description_width": "initial"},
            layout=widgets.Layout(width="100%", max_width="30rem"),
        )
        self.name_box = widgets.VBox(self._name_row())
        self.name_box.add_class("fp-cs-name")
        cards = case_cards(self.services.content)
        self.cards = CardGrid(cards, self.open_case, self._error)
        self.body = widgets.VBox([self.cards])
        if not cards:
            self.status.value = notice(
                "No case studies are available. Ask your facilitator to run "
                "`firstpost lessons check` and fix what it reports.",
                "error",
            )
        elif self.services.identity_problem:
            self.status.value = notice(self.services.identity_problem, "error")
        mode = []
        if self.services.facilitator:
            mode.append(
                widgets.HTML(
                    notice(
                        "Facilitator mode: each case shows your notes, with timings and the "
                        "feedback for every option. Participants do not see them."
                    )
                )
            )
        self._open_requested_case(cards)
        return [widgets.HTML(TITLE), self.intro, *mode, self.name_box, self.status, self.body]

    def _open_requested_case(self, cards) -> None:
        """Links from other apps (`?case=mcdstories`) open that case straight away."""
        from firstpost.core.case_studies.modes import requested_case

        case_id = requested_case(self._query)
        if not case_id or not cards:
            return
        if find_case(self.services.content, case_id) is None:
            self.status.value = (
                notice(
                    "The link asked for a case study this kit does not have. Choose one below.",
                    "warning",
                )
                + HOME_LINK
            )
            return
        self.open_case(case_id)

    def _name_row(self) -> list[widgets.Widget]:
        identity = self.services.identity
        if identity is not None and identity.source == "hub":
            return []
        return [
            widgets.HTML(
                "<p>Type your name if you want to save your answers. Type the same name "
                "next time to bring them back.</p>"
            ),
            self.name,
        ]

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    def open_case(self, case_id: str) -> None:
        case = find_case(self.services.content, case_id)
        if case is None:
            self._error(f"There is no case called {case_id!r} any more; choose another.")
            return
        self.status.value = ""
        view = self._views.get(case_id)
        if view is not None and view.kept_for_someone_else():
            view = None  # their answers are saved; show this person's own
        if view is None:
            view = CaseView(
                case,
                self.services,
                typed_name=lambda: self.name.value,
                go_back=self.show_cards,
                on_present=self._presenting,
            )
            self._views[case_id] = view
        self.case_view = view
        self.body.children = (view,)

    def show_cards(self) -> None:
        if self.case_view is not None and self.case_view.presenting:
            self.case_view.toggle_present()
        self.case_view = None
        self.body.children = (self.cards,)

    def _presenting(self, on: bool) -> None:
        """Projector view: only the title and the story, so the type can be large."""
        for widget in (self.intro, self.name_box):
            widget.layout.display = "none" if on else None
        if on:
            self.add_class("fp-cs-presenting")
        else:
            self.remove_class("fp-cs-presenting")
