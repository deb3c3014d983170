"""Quiz questions with immediate feedback, answered as often as the learner likes.

Radio buttons for single-choice questions and tick boxes for multiple choice, so the
kind of question is clear without reading the instructions. Feedback says in words
whether each choice is right; colour is only a second signal.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.learning.scoring import AnswerCheck, KeyedQuestion, check_answer
from firstpost.core.learning.tracker import CourseTracker
from firstpost.ui.errors import guarded
from firstpost.ui.lessons.controls import button
from firstpost.ui.shell import notice


def feedback_html(result: AnswerCheck, saved: bool = False) -> str:
    if result.outcome == "empty":
        return notice(result.message, "warning")
    lead = "Your saved answer: " if saved else ""
    items = []
    for option in result.feedback:
        if option.chosen:
            verdict = "Your choice, right" if option.correct else "Your choice, not right"
        else:
            verdict = "Also right" if option.correct else "Not right"
        items.append(
            f"<li class='fp-option fp-option--{'right' if option.correct else 'wrong'}'>"
            f"<strong>{verdict}:</strong> “{html.escape(option.text)}”. "
            f"<span>{html.escape(option.feedback)}</span></li>"
        )
    return (
        f"<div class='fp-feedback fp-feedback--{result.outcome}' role='status'>"
        f"<p><strong>{html.escape(lead + result.message)}</strong></p>"
        f"<ul>{''.join(items)}</ul></div>"
    )


class QuestionView(widgets.VBox):
    def __init__(
        self,
        tracker: CourseTracker,
        episode_id: str,
        keyed: KeyedQuestion,
        total: int,
        on_answer: Callable[[], None],
    ) -> None:
        super().__init__()
        self.add_class("fp-question")
        self.tracker = tracker
        self.episode_id = episode_id
        self.keyed = keyed
        self.on_answer = on_answer
        question = keyed.question
        number = keyed.number
        how = "Choose one answer." if question.kind == "single" else "Choose all that apply."
        header = widgets.HTML(
            f"<h4>Question {number} of {total}</h4>"
            f"<p class='fp-prompt'>{html.escape(question.prompt)}</p>"
            f"<p class='fp-muted'>{how}</p>"
        )
        self.radios: widgets.RadioButtons | None = None
        self.ticks: list[widgets.Checkbox] = []
        if question.kind == "single":
            self.radios = widgets.RadioButtons(
                options=[(option.text, i) for i, option in enumerate(question.options)],
                value=None,
                description="Your answer",
                style={"description_width": "initial"},
                layout=widgets.Layout(width="100%"),
            )
            choices: list[widgets.Widget] = [self.radios]
        else:
            self.ticks = [
                widgets.Checkbox(
                    value=False,
                    description=option.text,
                    indent=False,
                    layout=widgets.Layout(width="100%"),
                )
                for option in question.options
            ]
            choices = list(self.ticks)
        self.check_button = button(f"Check answer {number}", primary=True)
        self.feedback = widgets.HTML("")
        self.check_button.on_click(
            guarded("checking your answer", self._error)(lambda _b: self.check())
        )
        self.children = (header, *choices, self.check_button, self.feedback)
        self._restore()

    def chosen(self) -> list[int]:
        if self.radios is not None:
            return [] if self.radios.value is None else [self.radios.value]
        return [i for i, tick in enumerate(self.ticks) if tick.value]

    def choose(self, indexes: list[int]) -> None:
        if self.radios is not None:
            self.radios.value = indexes[0] if indexes else None
        else:
            for i, tick in enumerate(self.ticks):
                tick.value = i in indexes

    def check(self) -> AnswerCheck:
        result = self.tracker.check(self.episode_id, self.keyed, self.chosen())
        self.feedback.value = feedback_html(result)
        if result.outcome != "empty":
            self.on_answer()
        return result

    def _restore(self) -> None:
        saved = self.tracker.saved_answer(self.episode_id, self.keyed.key)
        if saved is None:
            return
        self.choose(list(saved.chosen))
        self.feedback.value = feedback_html(
            check_answer(self.keyed.question, saved.chosen), saved=True
        )

    def _error(self, message: str) -> None:
        self.feedback.value = notice(message, "error")


class QuizView(widgets.VBox):
    def __init__(
        self,
        tracker: CourseTracker,
        episode_id: str,
        title: str | None,
        questions: list[KeyedQuestion],
        total: int,
        on_answer: Callable[[], None],
    ) -> None:
        super().__init__()
        self.add_class("fp-quiz")
        heading = html.escape(title or "Quiz")
        intro = widgets.HTML(
            f"<h3>{heading}</h3><p>Answer each question, then check it. If an answer is not "
            "right, read why and try again. Your latest answer counts.</p>"
        )
        self.questions = [
            QuestionView(tracker, episode_id, keyed, total, on_answer) for keyed in questions
        ]
        self.children = (intro, *self.questions)
