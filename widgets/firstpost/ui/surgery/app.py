"""The surgery page: the facilitator's board, the question page, and the FAQ for staff.

One notebook, three faces, chosen when the page opens:
- `surgery.ipynb?join=CODE` is the question page people open on their own device;
- a facilitator (see `firstpost.core.roles`) gets the board, the FAQ and the log;
- anyone else can search the FAQ and type a join code.
"""

from __future__ import annotations

import html
import os

import ipywidgets as widgets

from firstpost.core.identity import Identity
from firstpost.core.roles import RolePolicy, current_policy
from firstpost.core.surgery.codes import join_code_from_query
from firstpost.core.surgery.records import Surgery
from firstpost.core.surgery.store import SurgeryStore
from firstpost.ui.errors import guarded
from firstpost.ui.shell import AppShell, notice
from firstpost.ui.surgery.ask import AskView
from firstpost.ui.surgery.board import BoardView
from firstpost.ui.surgery.faq_view import FaqView, join_box
from firstpost.ui.surgery.logbook import LogView
from firstpost.ui.surgery.services import AUTO, SurgeryServices

BOARD_INTRO = (
    "<h1>Surgery board</h1><p class='fp-lead'>Run this month's social media surgery: people "
    "send questions anonymously from their own phone or computer, and you answer them in "
    "the room.</p>"
)
STAFF_INTRO = (
    "<h1>Social media surgery</h1><p class='fp-lead'>A monthly drop-in where staff bring a "
    "question or a draft post and get a second opinion. Answers from earlier surgeries are "
    "in the FAQ below.</p>"
)


class SurgeryApp(AppShell):
    app_title = "Surgery board"

    def __init__(
        self,
        engine=None,
        identity: Identity | None = None,
        query_string: str | None = None,
        *,
        live: bool = True,
        policy: RolePolicy | None = None,
        **kwargs,
    ) -> None:
        self._engine = engine
        self._identity = identity
        self._query = query_string
        self._live = live
        self._policy = policy
        super().__init__(**kwargs)

    def build(self) -> list[widgets.Widget]:
        from firstpost.core.identity import current_identity
        from firstpost.core.store import open_store

        engine = self._engine or open_store()
        query = os.environ.get("QUERY_STRING", "") if self._query is None else self._query
        code = join_code_from_query(query)
        self.status = widgets.HTML("")
        if code is not None:  # anonymous: who is asking is neither needed nor looked up
            self.app_title = "Ask a question"
            self.ask = AskView(SurgeryStore(engine), code)
            return [self.ask]
        identity = self._identity or current_identity()
        self.services = SurgeryServices.for_engine(engine, identity.key)
        policy = self._policy or current_policy()
        if not policy.is_facilitator(identity):
            self.app_title = "Social media surgery"
            return self._staff_page(policy.how_to_become(identity))
        return self._facilitator_page()

    def _show_error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    def _join(self, code: str) -> None:
        """Swap this page for the question page of the surgery `code` opens."""
        if getattr(self, "board", None) is not None:
            self.board.poller.stop()
        self.ask = AskView(self.services.surgeries, code)
        self.children = (self.ask,)

    def _staff_page(self, why_not_board: str) -> list[widgets.Widget]:
        self.faq = FaqView(self.services.faq, can_edit=False)
        return [
            widgets.HTML(STAFF_INTRO),
            join_box(
                guarded("joining the surgery", self._show_error)(self._join), self._show_error
            ),
            self.status,
            self.faq,
            widgets.HTML(
                "<p class='fp-muted'>Running a surgery? The board is for facilitators. "
                f"{html.escape(why_not_board)}</p>"
            ),
        ]

    def _facilitator_page(self) -> list[widgets.Widget]:
        self.board = BoardView(self.services, self._ended, live=self._live)
        self.faq = FaqView(self.services.faq, can_edit=True, person=self.services.person)
        self.logbook = LogView(self.services)
        self.faq_page = widgets.VBox(
            [
                self.faq,
                join_box(
                    guarded("joining the surgery", self._show_error)(self._join), self._show_error
                ),
            ]
        )
        self.tabs = {
            "board": (
                widgets.Button(description="Board", layout=widgets.Layout(**AUTO)),
                self.board,
            ),
            "faq": (
                widgets.Button(description="FAQ", layout=widgets.Layout(**AUTO)),
                self.faq_page,
            ),
            "log": (
                widgets.Button(description="Log and report", layout=widgets.Layout(**AUTO)),
                self.logbook,
            ),
        }
        for key, (button, _view) in self.tabs.items():
            button.on_click(lambda _b, key=key: self.show(key))
        toolbar = widgets.HBox(
            [button for button, _v in self.tabs.values()],
            layout=widgets.Layout(flex_flow="row wrap"),
        )
        toolbar.add_class("fp-toolbar")
        self.body = widgets.VBox([])
        self.show("board")
        return [widgets.HTML(BOARD_INTRO), toolbar, self.status, self.body]

    def show(self, key: str) -> None:
        for name, (button, _view) in self.tabs.items():
            button.button_style = "info" if name == key else ""
        view = self.tabs[key][1]
        if key == "faq":
            self.faq.show_results()
        elif key == "log":
            self.logbook.reload(self.log_choice)
        self.body.children = (view,)

    log_choice: Surgery | None = None

    def _ended(self, surgery: Surgery) -> None:
        self.log_choice = surgery
        self.show("log")
