"""What the buttons on a question card do: star, answer, merge, and add to the FAQ.

Merging and adding to the FAQ need a little more input, so they open a small panel
inside the card rather than a dialog: the facilitator stays next to the question, and
keyboard focus has somewhere sensible to go.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.surgery.board import merge_targets
from firstpost.core.surgery.records import Question, Surgery, SurgeryError, faq_problems
from firstpost.ui.errors import guarded
from firstpost.ui.shell import notice
from firstpost.ui.surgery.cards import QuestionCard
from firstpost.ui.surgery.services import AUTO, LABEL_STYLE, WIDE, SurgeryServices


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CardActions:
    def __init__(
        self,
        services: SurgeryServices,
        surgery: Callable[[], Surgery | None],
        refresh: Callable[[], None],
        show_error: Callable[[str], None],
        card: Callable[[str], QuestionCard | None],
    ) -> None:
        self.services = services
        self._surgery = surgery
        self._refresh = refresh
        self._show_error = show_error
        self._card = card

    def act(self, name: str, question: Question) -> None:
        guarded(f"changing question {question.number}", self._show_error)(self._act)(name, question)

    def _act(self, name: str, question: Question) -> None:
        store = self.services.surgeries
        if name == "star":
            store.star(question.question_id, not question.starred)
        elif name == "answer":
            store.mark_answered(question.question_id, not question.answered)
        elif name == "merge" and question.merged:
            store.unmerge(question.question_id)
        elif name == "merge":
            self._merge_panel(question)
            return
        elif name == "faq":
            self._faq_panel(question)
            return
        self._refresh()

    def _panel_target(self, question: Question) -> QuestionCard:
        card = self._card(question.question_id)
        if card is None:
            raise SurgeryError("That question is no longer on the board.")
        return card

    def _merge_panel(self, question: Question) -> None:
        card = self._panel_target(question)
        surgery = self._surgery()
        if surgery is None:
            return
        others = merge_targets(self.services.surgeries.questions(surgery.surgery_id), question)
        if not others:
            card.open_panel(widgets.HTML(notice("There is no other question to merge it into.")))
            return
        choice = widgets.Dropdown(
            description=f"Merge question {question.number} into",
            options=[(f"Question {q.number}: {_short(q.body)}", q.question_id) for q in others],
            style={"description_width": "14rem"},
            layout=widgets.Layout(**WIDE),
        )
        merge = widgets.Button(
            description=f"Merge question {question.number}",
            button_style="primary",
            layout=widgets.Layout(**AUTO),
        )
        cancel = widgets.Button(description="Cancel", layout=widgets.Layout(**AUTO))
        message = widgets.HTML("")

        def do_merge(_button: widgets.Button) -> None:
            try:
                self.services.surgeries.merge(question.question_id, choice.value)
            except SurgeryError as error:
                message.value = notice(str(error), "error")
                return
            card.close_panel()
            self._refresh()

        merge.on_click(guarded("merging questions", self._show_error)(do_merge))
        cancel.on_click(lambda _b: card.close_panel())
        card.open_panel(choice, widgets.HBox([merge, cancel]), message)

    def _faq_panel(self, question: Question) -> None:
        card = self._panel_target(question)
        surgery = self._surgery()
        existing = self.services.faq.from_question(question.question_id)
        asked = widgets.Textarea(
            description="Question for the FAQ",
            value=existing.question if existing else question.body,
            style=LABEL_STYLE,
            layout=widgets.Layout(**WIDE, height="5rem"),
        )
        answer = widgets.Textarea(
            description="Answer",
            value=existing.answer if existing else "",
            placeholder="The answer given in the surgery, in plain words",
            style=LABEL_STYLE,
            layout=widgets.Layout(**WIDE, height="7rem"),
        )
        topic = widgets.Text(
            description="FAQ topic",
            value=existing.topic if existing else (surgery.topic if surgery else ""),
            style=LABEL_STYLE,
            layout=widgets.Layout(**WIDE),
        )
        save = widgets.Button(
            description="Update the FAQ entry" if existing else "Save to the FAQ",
            button_style="primary",
            layout=widgets.Layout(**AUTO),
        )
        cancel = widgets.Button(description="Cancel", layout=widgets.Layout(**AUTO))
        message = widgets.HTML(
            notice("This question is already in the FAQ; you can change the entry.")
            if existing
            else ""
        )

        def do_save(_button: widgets.Button) -> None:
            problems = faq_problems(asked.value, answer.value, topic.value)
            if problems:
                items = "".join(
                    f"<li>{html.escape(p.field)}: {html.escape(p.message)}</li>" for p in problems
                )
                message.value = (
                    f'<div class="fp-notice fp-notice--error" role="alert"><ul>{items}</ul></div>'
                )
                return
            faq = self.services.faq
            if existing:
                faq.update(existing.faq_id, asked.value, answer.value, topic.value)
            else:
                faq.add(
                    asked.value,
                    answer.value,
                    topic.value,
                    self.services.person,
                    surgery_id=question.surgery_id,
                    source_question_id=question.question_id,
                )
            card.open_panel(
                widgets.HTML(notice(f"Question {question.number} is in the FAQ now.", "ok"))
            )

        save.on_click(guarded("saving the FAQ entry", self._show_error)(do_save))
        cancel.on_click(lambda _b: card.close_panel())
        card.open_panel(asked, answer, topic, widgets.HBox([save, cancel]), message)
