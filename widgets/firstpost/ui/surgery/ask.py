"""The page people in the room open on their own phone: one box, one button, no name.

Reached as `surgery.ipynb?join=CODE`. A code that is mistyped, unknown or for a
finished surgery gets a plain page saying so, with a box to type the code again,
never an error. Before sending, the question is checked for personal details (phone
numbers, emails, NI numbers): questions are read out in a room, so the sender is
asked to take them out, but can still send if they are sure.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from firstpost.core.checks.personal_data import check
from firstpost.core.checks.post import Post
from firstpost.core.surgery.codes import join_code_problem, normalise_join_code
from firstpost.core.surgery.records import QUESTION_MAX, Surgery, SurgeryError, question_problem
from firstpost.core.surgery.store import SurgeryStore
from firstpost.ui.errors import guarded
from firstpost.ui.shell import notice
from firstpost.ui.surgery.services import AUTO, WIDE

HOME_LINK = '<p><a href="index.ipynb">Go to the Home page</a></p>'


class AskView(widgets.VBox):
    def __init__(self, surgeries: SurgeryStore, typed_code: str) -> None:
        super().__init__()
        self.add_class("fp-fac-ask")
        self.surgeries = surgeries
        self.surgery: Surgery | None = None
        self.sent: list[int] = []
        self.status = widgets.HTML("")
        self.status.add_class("fp-live")  # "Sent." is heard, not only seen
        self.code = widgets.Text(
            description="Join code", placeholder="e.g. K7MPQ", style={"description_width": "6rem"}
        )
        join = widgets.Button(
            description="Join the surgery", button_style="primary", layout=widgets.Layout(**AUTO)
        )
        join.on_click(
            guarded("joining the surgery", self._error)(lambda _b: self.show_for(self.code.value))
        )
        self.code_form = widgets.HBox(
            [self.code, join], layout=widgets.Layout(flex_flow="row wrap")
        )

        self.question = widgets.Textarea(
            description="Your question",
            placeholder="Type your question here. Please do not name anyone.",
            layout=widgets.Layout(**WIDE, height="9rem"),
            style={"description_width": "initial"},
        )
        self.send_button = widgets.Button(
            description="Send question", button_style="primary", layout=widgets.Layout(**AUTO)
        )
        self.send_button.on_click(
            guarded("sending your question", self._error)(lambda _b: self.submit())
        )
        self.send_anyway = widgets.Button(
            description="Send it anyway", layout=widgets.Layout(**AUTO)
        )
        self.send_anyway.on_click(
            guarded("sending your question", self._error)(lambda _b: self.submit(checked=True))
        )
        self.send_anyway.layout.display = "none"
        self.heading = widgets.HTML("")
        self.mine = widgets.HTML("")
        self.form = widgets.VBox(
            [self.question, widgets.HBox([self.send_button, self.send_anyway]), self.mine]
        )
        self.show_for(typed_code)

    def show_for(self, typed: str) -> None:
        """Show the question box for the surgery `typed` joins, or say why it cannot."""
        problem = join_code_problem(typed)
        surgery = None if problem else self.surgeries.find_by_code(typed)
        self.status.value = ""
        if surgery is None:
            shown = html.escape(normalise_join_code(typed)[:12])
            why = (
                problem
                if problem
                else f"There is no surgery with the join code {shown}. Check it against the "
                "code on the facilitator's screen."
            )
            self.heading.value = (
                "<h1>Surgery not found</h1><p>The link or code you used does not open a "
                "surgery.</p>"
                + notice(why, "warning")
                + "<p>Type the code shown on the facilitator's screen:</p>"
            )
            self.children = (self.heading, self.code_form, self.status, widgets.HTML(HOME_LINK))
            return
        self.surgery = surgery
        topic = f" on {html.escape(surgery.topic)}" if surgery.topic else ""
        when = f"{surgery.held_on.day} {surgery.held_on:%B %Y}"
        if not surgery.is_open:
            self.heading.value = (
                "<h1>This surgery has finished</h1>"
                f"<p>The surgery of {html.escape(when)}{topic} is not taking questions any more. "
                "Answers to earlier questions are in the FAQ on the surgery page.</p>"
                '<p><a href="surgery.ipynb">Search the FAQ</a></p>'
            )
            self.children = (self.heading, widgets.HTML(HOME_LINK))
            return
        self.heading.value = (
            f"<h1>Ask a question</h1><p class='fp-lead'>Social media surgery of "
            f"{html.escape(when)}{topic}.</p><p>Your question goes to the facilitator's board. "
            "It is anonymous: your name is not asked for or kept. Please do not name or "
            "describe anyone else either.</p>"
        )
        self.children = (self.heading, self.form, self.status)

    def submit(self, checked: bool = False) -> None:
        if self.surgery is None:
            return
        text = self.question.value
        problem = question_problem(text)
        if problem:
            self._error(problem)
            return
        if not checked:
            findings = check(Post(text=text))
            if findings:
                worries = "".join(f"<li>{html.escape(f.message)}</li>" for f in findings)
                self.status.value = (
                    '<div class="fp-notice fp-notice--warning" role="alert"><p>Your question may '
                    f"hold personal details:</p><ul>{worries}</ul><p>Questions are read out in "
                    "the room. Take the details out and press “Send question”, or press “Send "
                    "it anyway” if you are sure.</p></div>"
                )
                self.send_anyway.layout.display = None
                return
        try:
            sent = self.surgeries.ask(self.surgery.surgery_id, text)
        except SurgeryError as error:
            self._error(str(error))
            return
        self.question.value = ""
        self.send_anyway.layout.display = "none"
        self.sent.append(sent.number)
        self.status.value = notice(
            f"Sent. Your question is number {sent.number} on the board. You can send another.",
            "ok",
        )
        numbers = ", ".join(str(n) for n in self.sent)
        self.mine.value = (
            f"<p class='fp-muted'>Questions you sent from this page: number {numbers}. "
            f"Each can be up to {QUESTION_MAX:,} characters.</p>"
        )

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")
