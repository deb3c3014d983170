"""Quizzes: the YAML body of a `quiz` block in an episode.

Every option carries feedback, right or wrong, because the point of a workshop quiz is
the conversation about why an answer is wrong, not the score.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, ValidationInfo, field_validator

from firstpost.core.content.fields import ContentModel, Text

QuestionKind = Literal["single", "multiple"]


class QuizOption(ContentModel):
    """One answer a learner can pick."""

    text: Text = Field(description="The answer as the learner sees it.")
    correct: bool = Field(description="Whether picking this option is right.")
    feedback: Text = Field(description="Why this option is right or wrong, shown after answering.")


class Question(ContentModel):
    """A question with single-choice (radio) or multiple-choice (tick box) answers."""

    prompt: Text = Field(description="The question.")
    kind: QuestionKind = Field(
        description="single: exactly one correct option; multiple: one or more correct options."
    )
    options: tuple[QuizOption, ...] = Field(min_length=2, description="Two or more options.")

    @field_validator("options")
    @classmethod
    def _right_number_correct(
        cls, options: tuple[QuizOption, ...], info: ValidationInfo
    ) -> tuple[QuizOption, ...]:
        correct = sum(option.correct for option in options)
        if correct == 0:
            raise ValueError("has no correct option: mark at least one with `correct: true`")
        if info.data.get("kind") == "single" and correct != 1:
            raise ValueError(
                f"has {correct} correct options but the question is single choice: mark "
                "exactly one as correct, or change `kind` to multiple"
            )
        return options


class Quiz(ContentModel):
    """The questions of one quiz block, asked in order."""

    title: Text | None = Field(default=None, description="Optional heading for the quiz.")
    questions: tuple[Question, ...] = Field(min_length=1, description="One or more questions.")
