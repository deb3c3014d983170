"""The facilitator's board: open a surgery, show its join code, watch questions arrive.

The list is kept up to date by a `LivePoller` (see `live`); "Check for new questions"
does the same by hand, for when live updates have paused. Marking, merging and adding
to the FAQ happen on the question's own card (`actions`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

import ipywidgets as widgets

from firstpost.core.surgery.board import FILTER_LABELS, changes, repeats, summary, visible
from firstpost.core.surgery.codes import join_link, spoken_code
from firstpost.core.surgery.records import Question, Surgery, SurgeryError
from firstpost.ui.errors import guarded
from firstpost.ui.shell import notice
from firstpost.ui.surgery.actions import CardActions
from firstpost.ui.surgery.cards import QuestionCard
from firstpost.ui.surgery.live import LivePoller
from firstpost.ui.surgery.services import AUTO, LABEL_STYLE, WIDE, SurgeryServices

TOPIC_EXAMPLES = "for example a case study such as the Domino's video (2009)"


class BoardView(widgets.VBox):
    def __init__(
        self,
        services: SurgeryServices,
        on_end: Callable[[Surgery], None],
        *,
        live: bool = True,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.services = services
        self._on_end = on_end
        self._live = live
        self.surgery: Surgery | None = None
        self.cards: dict[str, QuestionCard] = {}
        self.shown: dict[str, Question] = {}
        self._loaded = False  # the first read of a surgery announces nothing
        self.status = widgets.HTML("")
        self.announce = widgets.HTML("")
        # the template makes .fp-live elements polite live regions (they must exist before
        # their words change, so the widget's own lasting element is the region)
        self.announce.add_class("fp-live")
        show_error = self._error

        self.held_on = widgets.DatePicker(
            description="Date of the surgery", value=today(), style=LABEL_STYLE
        )
        self.topic = widgets.Text(
            description="Topic of the month",
            placeholder="e.g. The Domino's video (2009)",
            style=LABEL_STYLE,
            layout=widgets.Layout(**WIDE),
        )
        open_new = widgets.Button(description="Open the surgery", button_style="primary")
        open_new.on_click(guarded("opening the surgery", show_error)(lambda _b: self._open_new()))
        self.choose = widgets.Dropdown(
            description="Earlier surgeries", style=LABEL_STYLE, layout=widgets.Layout(**WIDE)
        )
        show_old = widgets.Button(description="Show this surgery", layout=widgets.Layout(**AUTO))
        show_old.on_click(
            guarded("showing the surgery", show_error)(lambda _b: self._show_chosen())
        )
        self.start_panel = widgets.VBox(
            [
                widgets.HTML(
                    "<h2>Open this month's surgery</h2><p>Choose the date and the topic of the "
                    f"month ({html.escape(TOPIC_EXAMPLES)}). The board then shows a join code "
                    "for people to type on their own phone or computer.</p>"
                ),
                self.held_on,
                self.topic,
                open_new,
                widgets.HTML("<h2>Earlier surgeries</h2>"),
                widgets.HBox([self.choose, show_old], layout=widgets.Layout(flex_flow="row wrap")),
            ]
        )

        self.header = widgets.HTML("")
        self.filter = widgets.Dropdown(
            description="Show",
            options=[(label, key) for key, label in FILTER_LABELS.items()],
            value="all",
            style={"description_width": "4rem"},
        )
        self.filter.observe(lambda _c: self._arrange(), names="value")
        check = widgets.Button(description="Check for new questions", layout=widgets.Layout(**AUTO))
        check.on_click(guarded("checking for new questions", show_error)(lambda _b: self.refresh()))
        self.end = widgets.Button(layout=widgets.Layout(**AUTO))
        self.end.on_click(
            guarded("ending the surgery", show_error)(lambda _b: self._end_or_reopen())
        )
        other = widgets.Button(
            description="Open or show another surgery", layout=widgets.Layout(**AUTO)
        )
        other.on_click(lambda _b: self.show_start())
        self.summary = widgets.HTML("")
        self.list_box = widgets.VBox([])
        self.list_box.add_class("fp-fac-questions")
        self.empty = widgets.HTML("")
        tools = widgets.HBox(
            [self.filter, check, self.end, other], layout=widgets.Layout(flex_flow="row wrap")
        )
        tools.add_class("fp-toolbar")
        self.board_panel = widgets.VBox(
            [self.header, tools, self.summary, self.announce, self.list_box]
        )
        self.actions = CardActions(
            services, lambda: self.surgery, self.refresh, show_error, self.cards_get
        )
        self.poller: LivePoller[list[Question]] = LivePoller(
            read=self._read, apply=self.apply, on_problem=self._live_problem, on_stop=self._paused
        )
        self.body = widgets.VBox([])
        self.children = (self.status, self.body)
        current = next((s for s in services.surgeries.list_surgeries() if s.is_open), None)
        if current is not None:
            self.show_surgery(current)
        else:
            self.show_start()

    # ----- choosing and opening ---------------------------------------------------------
    def show_start(self) -> None:
        self.poller.stop()
        self.surgery = None
        self.choose.options = [
            (s.label, s.surgery_id) for s in self.services.surgeries.list_surgeries()
        ]
        self.choose.disabled = not self.choose.options
        self.body.children = (self.start_panel,)

    def _open_new(self) -> None:
        if self.held_on.value is None:
            self._error("Choose the date of the surgery.")
            return
        try:
            surgery = self.services.surgeries.open_surgery(
                self.held_on.value, self.topic.value, self.services.person
            )
        except SurgeryError as error:
            self._error(str(error))
            return
        self.topic.value = ""
        self.show_surgery(surgery)
        self.status.value = notice(
            f"The surgery is open. Its join code is {surgery.join_code}.", "ok"
        )

    def _show_chosen(self) -> None:
        if self.choose.value:
            self.show_surgery(self.services.surgeries.get(self.choose.value))

    def show_surgery(self, surgery: Surgery) -> None:
        self.poller.stop()
        self.surgery = surgery
        self.cards, self.shown, self._loaded = {}, {}, False
        self.list_box.children = ()
        self.announce.value = ""
        self._draw_header()
        self.body.children = (self.board_panel,)
        self.refresh()
        if surgery.is_open and self._live:
            self.poller.start()

    def _draw_header(self) -> None:
        surgery = self.surgery
        if surgery is None:
            return
        topic = html.escape(surgery.topic) if surgery.topic else "no topic set"
        when = f"{surgery.held_on.day} {surgery.held_on:%B %Y}"
        if surgery.is_open:
            link = html.escape(join_link(surgery.join_code))
            join = (
                '<div class="fp-fac-join"><p>To send a question, open this page with the join '
                f'code, or go to <a href="{link}">{link}</a>. Join code:</p>'
                f'<p class="fp-fac-join__code"><span aria-hidden="true">'
                f"{html.escape(surgery.join_code)}</span>"
                f'<span class="fp-fac-sr-only">{html.escape(spoken_code(surgery.join_code))}</span>'
                "</p><p>Questions are anonymous: nobody's name is asked for or kept.</p></div>"
            )
            live = (
                "<p class='fp-muted'>New questions appear here by themselves within a second "
                "or two.</p>"
            )
        else:
            join = "<p><strong>This surgery has ended</strong>: it takes no more questions.</p>"
            live = ""
        self.header.value = f"<h2>Surgery of {html.escape(when)}: {topic}</h2>{join}{live}"
        self.end.description = (
            "End the surgery and write the log" if surgery.is_open else "Reopen the surgery"
        )
        self.end.button_style = "warning" if surgery.is_open else ""

    def _end_or_reopen(self) -> None:
        if self.surgery is None:
            return
        surgeries = self.services.surgeries
        self.surgery = surgeries.set_open(self.surgery.surgery_id, not self.surgery.is_open)
        self._draw_header()
        if self.surgery.is_open:
            self.status.value = notice("The surgery is open again and taking questions.", "ok")
            if self._live:
                self.poller.start()
            return
        self.poller.stop()
        self.refresh()
        self.status.value = notice("The surgery has ended. Write its log below.", "ok")
        self._on_end(self.surgery)

    # ----- the live list ----------------------------------------------------------------
    def cards_get(self, question_id: str) -> QuestionCard | None:
        return self.cards.get(question_id)

    def _read(self) -> list[Question]:
        if self.surgery is None:
            return []
        return self.services.surgeries.questions(self.surgery.surgery_id)

    def refresh(self) -> None:
        """Read the questions now and bring the board up to date."""
        self.apply(self._read())

    def apply(self, questions: list[Question]) -> None:
        first_look, self._loaded = not self._loaded, True
        change = changes(self.shown, questions)
        if not change.any:
            return
        for question in change.added:
            self.cards[question.question_id] = QuestionCard(question, self.actions.act)
        for question_id in change.removed:
            self.cards.pop(question_id, None)
        self.shown = {q.question_id: q for q in questions}
        numbers = {q.question_id: q.number for q in questions}
        counts = repeats(questions)
        for question in questions:
            self.cards[question.question_id].show(
                question, counts[question.question_id], numbers.get(question.merged_into or "")
            )
        self.summary.value = f"<p><strong>{html.escape(summary(questions))}</strong></p>"
        words = change.announcement()
        if words and not first_look:
            added = ", ".join(str(q.number) for q in change.added)
            self.announce.value = (
                f'<p class="fp-fac-announce">{html.escape(words)} Number {html.escape(added)}.</p>'
            )
        self._arrange()

    def _arrange(self) -> None:
        order = visible(self.shown.values(), self.filter.value)
        children = tuple(self.cards[q.question_id] for q in order)
        if not children:
            self.empty.value = (
                "<p class='fp-muted'>"
                + (
                    "No questions yet."
                    if not self.shown
                    else "No questions to show with this choice."
                )
                + "</p>"
            )
            children = (self.empty,)
        if children != self.list_box.children:
            self.list_box.children = children

    # ----- messages ---------------------------------------------------------------------
    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    def _live_problem(self, message: str) -> None:
        self.status.value = notice(message, "warning") if message else ""

    def _paused(self, message: str) -> None:
        self.status.value = notice(message, "warning")

    def close(self) -> None:
        """The page is going: stop asking the database for questions."""
        self.poller.stop()
        super().close()
