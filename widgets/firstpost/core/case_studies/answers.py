"""A participant's answers to one case: decisions, reflections and chosen controls.

Kept as a frozen model so what is saved, what is on screen and what is downloaded are
the same value. Problems with what someone typed (a reflection pasted in at a
megabyte) are returned as words, never raised, and nothing typed is thrown away.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from firstpost.core.case_studies.staging import Walkthrough
from firstpost.core.content.case_studies import CaseStudy
from firstpost.core.content.controls import CONTROLS, ControlId

MAX_REFLECTION_CHARS = 5_000
MAX_NAME_CHARS = 200

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Choice(BaseModel):
    model_config = _FROZEN

    decision: int = Field(ge=0)
    option: int = Field(ge=0)


class Reflection(BaseModel):
    model_config = _FROZEN

    prompt: str
    text: str = ""


class CaseAnswers(BaseModel):
    """Everything a participant did with one case, as saved and exported."""

    model_config = _FROZEN

    case_id: str
    position: int = Field(0, ge=0)
    choices: tuple[Choice, ...] = ()
    reflections: tuple[Reflection, ...] = ()
    controls: tuple[ControlId, ...] = ()

    @property
    def choice_map(self) -> dict[int, int]:
        return {choice.decision: choice.option for choice in self.choices}

    @property
    def is_empty(self) -> bool:
        return not (self.choices or self.controls or any(r.text.strip() for r in self.reflections))


def answers_from(
    walk: Walkthrough, reflections: Mapping[str, str], controls: Sequence[str]
) -> CaseAnswers:
    """The answers as they stand on screen."""
    return CaseAnswers(
        case_id=walk.case_id,
        position=walk.position,
        choices=tuple(Choice(decision=d, option=o) for d, o in sorted(walk.choices.items())),
        reflections=tuple(Reflection(prompt=p, text=t) for p, t in reflections.items()),
        controls=tuple(dict.fromkeys(c for c in controls if c in CONTROLS)),
    )


def restore_walkthrough(case: CaseStudy, answers: CaseAnswers) -> Walkthrough:
    """The walkthrough where the participant left it, ignoring choices the case no longer has."""
    walk = Walkthrough.start(case)
    for choice in answers.choices:
        walk = walk.choose(choice.decision, choice.option, case)
    return walk.at(answers.position)


def answer_problems(answers: CaseAnswers) -> list[str]:
    """What must change before the answers can be saved, in words for the participant."""
    problems = []
    for number, reflection in enumerate(answers.reflections, start=1):
        if len(reflection.text) > MAX_REFLECTION_CHARS:
            problems.append(
                f"Your notes on question {number} are {len(reflection.text):,} characters long; "
                f"keep them under {MAX_REFLECTION_CHARS:,} (copy the rest somewhere safe)."
            )
    return problems


def name_problems(name: str) -> list[str]:
    if not name.strip():
        return ["Type your name first, so your answers are saved under it."]
    if len(name) > MAX_NAME_CHARS:
        return [f"Your name is over {MAX_NAME_CHARS} characters; shorten it."]
    return []


def answers_to_json(answers: CaseAnswers) -> str:
    return answers.model_dump_json()


def answers_from_json(raw: str) -> CaseAnswers | None:
    """Saved answers, or None if the saved text cannot be read any more."""
    try:
        return CaseAnswers.model_validate_json(raw)
    except (ValidationError, ValueError):
        return None


def answers_download_json(case: CaseStudy, answers: CaseAnswers, person: str = "") -> str:
    """The answers with the case's wording, for someone who wants the data itself."""
    data = json.loads(answers.model_dump_json())
    data.update({"case_title": case.title, "person": person})
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
