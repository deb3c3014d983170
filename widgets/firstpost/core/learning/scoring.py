"""Checking quiz answers: right, wrong or partly right, with the feedback for each option.

A wrong answer shows why each chosen option is wrong but does not give away the right
one, so the learner can think again: the quiz is there to teach, not to test. Once the
answer is right, every option's feedback is shown, so the reasons are all in view.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from firstpost.core.content.episodes import Episode
from firstpost.core.content.quizzes import Question

Outcome = Literal["empty", "correct", "partly", "wrong"]


@dataclass(frozen=True)
class KeyedQuestion:
    """A question with the key its answers are saved under, and where it sits."""

    key: str
    number: int  # 1-based, across all the episode's quizzes
    question: Question


@dataclass(frozen=True)
class OptionFeedback:
    index: int
    text: str
    correct: bool
    chosen: bool
    feedback: str


@dataclass(frozen=True)
class AnswerCheck:
    outcome: Outcome
    message: str
    feedback: tuple[OptionFeedback, ...]

    @property
    def correct(self) -> bool:
        return self.outcome == "correct"


@dataclass(frozen=True)
class QuizScore:
    """How a learner has done on one episode's questions (latest answer to each)."""

    total: int
    answered: int
    correct: int
    first_try: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.answered == self.total

    def describe(self, first_try: bool = False) -> str:
        """'4 of 6 right'; with `first_try`, also how many were right at the first attempt
        (the CPD record shows it, so a manager sees what was known before the feedback)."""
        if self.total == 0:
            return "No quiz"
        if self.answered == 0:
            return "Not tried yet"
        text = f"{self.correct} of {self.total} right"
        return f"{text} ({self.first_try} right first time)" if first_try else text


def question_key(question: Question) -> str:
    """A key that changes if the question's wording or options change.

    Saved answers are option numbers; if an author rewrites a question, an old answer
    would point at the wrong options, so it is simply no longer matched.
    """
    text = "\n".join([question.prompt, *(option.text for option in question.options)])
    return "q" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:15]


def episode_questions(episode: Episode) -> tuple[KeyedQuestion, ...]:
    """Every quiz question in the episode, in order, each with a unique key."""
    keyed: list[KeyedQuestion] = []
    seen: set[str] = set()
    for block in episode.blocks("quiz"):
        if block.quiz is None:
            continue
        for question in block.quiz.questions:
            key = question_key(question)
            while key in seen:  # the same question asked twice in one episode
                key += "x"
            seen.add(key)
            keyed.append(KeyedQuestion(key, len(keyed) + 1, question))
    return tuple(keyed)


def clean_choice(question: Question, chosen: Iterable[int]) -> tuple[int, ...]:
    """The chosen option numbers that exist, sorted, without repeats (values come from a browser)."""
    count = len(question.options)
    return tuple(sorted({i for i in chosen if isinstance(i, int) and 0 <= i < count}))


def check_answer(question: Question, chosen: Iterable[int]) -> AnswerCheck:
    picked = set(clean_choice(question, chosen))
    right = {i for i, option in enumerate(question.options) if option.correct}
    if not picked:
        word = "an answer" if question.kind == "single" else "at least one answer"
        return AnswerCheck("empty", f"Choose {word} first.", ())
    if question.kind == "single" and len(picked) > 1:
        return AnswerCheck("empty", "Choose only one answer.", ())
    if picked == right:
        return AnswerCheck(
            "correct",
            "Correct." if len(right) == 1 else "Correct: you found all the right answers.",
            _feedback(question, picked, everything=True),
        )
    if picked < right:
        return AnswerCheck(
            "partly",
            "Partly right: your choices are right, but there is at least one more. Try again.",
            _feedback(question, picked, everything=False),
        )
    return AnswerCheck(
        "wrong",
        "Not quite. Read why below, then try again.",
        _feedback(question, picked, everything=False),
    )


def _feedback(question: Question, picked: set[int], everything: bool) -> tuple[OptionFeedback, ...]:
    return tuple(
        OptionFeedback(i, option.text, option.correct, i in picked, option.feedback)
        for i, option in enumerate(question.options)
        if everything or i in picked
    )


def score(questions: Iterable[KeyedQuestion], answers: Mapping[str, object]) -> QuizScore:
    """Score from saved answers (anything with `correct` and `first_try_correct`)."""
    total = answered = correct = first = 0
    for item in questions:
        total += 1
        answer = answers.get(item.key)
        if answer is None:
            continue
        answered += 1
        correct += bool(getattr(answer, "correct", False))
        first += bool(getattr(answer, "first_try_correct", False))
    return QuizScore(total, answered, correct, first)
