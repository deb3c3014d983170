"""The story of a case, told in steps, with the group's decisions before each reveal.

A case study teaches best when a group stops where the organisation had to choose,
decides for itself, and only then sees what was done. This module turns a case's
timeline and decision points into that sequence of steps and keeps track of how far
a group has got, as an immutable value the view replaces on every click.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Literal

from firstpost.core.content.case_studies import CaseStudy, DecisionPoint

StepKind = Literal["decision", "event", "outcome"]


@dataclass(frozen=True)
class Step:
    """One step of the story: a decision to make, an event to reveal, or the outcome."""

    kind: StepKind
    index: int = 0  # decision or timeline index; 0 for the outcome


def story_steps(case: CaseStudy) -> tuple[Step, ...]:
    """Decisions placed before the event they precede, then the outcome last.

    A decision with `after_stage: n` comes once n events have been shown, so it sits
    just before event n (counting from 0). Several decisions at one stage keep the
    order they are written in.
    """
    stages = len(case.timeline)
    by_stage: dict[int, list[int]] = {}
    for index, point in enumerate(case.decision_points):
        by_stage.setdefault(min(point.after_stage, stages), []).append(index)
    steps: list[Step] = []
    for stage in range(stages + 1):
        steps.extend(Step("decision", index) for index in by_stage.get(stage, ()))
        if stage < stages:
            steps.append(Step("event", stage))
    steps.append(Step("outcome"))
    return tuple(steps)


@dataclass(frozen=True)
class Walkthrough:
    """How far a group has got through one case, and what it chose at each decision.

    `position` is the step on screen now; every step before it has been shown too.
    `choices` maps a decision's index to the option chosen (both counted from 0).
    """

    case_id: str
    steps: tuple[Step, ...]
    position: int = 0
    choices: Mapping[int, int] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def start(cls, case: CaseStudy) -> Walkthrough:
        return cls(case.id, story_steps(case))

    @property
    def current(self) -> Step:
        return self.steps[self.position]

    @property
    def finished(self) -> bool:
        """True once the outcome (what happened, consequences, lessons) is on screen."""
        return self.current.kind == "outcome"

    @property
    def events_shown(self) -> int:
        return sum(1 for step in self.steps[: self.position + 1] if step.kind == "event")

    @property
    def waiting_for_choice(self) -> bool:
        """A decision is on screen and the group has not chosen yet."""
        return self.current.kind == "decision" and self.current.index not in self.choices

    @property
    def can_advance(self) -> bool:
        return not self.finished and not self.waiting_for_choice

    @property
    def next_step(self) -> Step | None:
        if self.finished:
            return None
        return self.steps[self.position + 1]

    def advance(self) -> Walkthrough:
        """The next step; unchanged while a decision waits for a choice or at the end."""
        if not self.can_advance:
            return self
        return replace(self, position=self.position + 1)

    def choose(self, decision: int, option: int, case: CaseStudy) -> Walkthrough:
        """Record a choice; a choice for a decision or option that does not exist is ignored."""
        points = case.decision_points
        if not 0 <= decision < len(points) or not 0 <= option < len(points[decision].options):
            return self
        choices = dict(self.choices)
        choices[decision] = option
        return replace(self, choices=MappingProxyType(choices))

    def skip_to_end(self) -> Walkthrough:
        """Show everything at once, e.g. for someone reading the case on their own."""
        return replace(self, position=len(self.steps) - 1)

    def restart(self) -> Walkthrough:
        """Back to the first step; choices are kept so the group can compare."""
        return replace(self, position=0)

    def at(self, position: int) -> Walkthrough:
        """The walkthrough at a saved position, kept within the story's length."""
        return replace(self, position=max(0, min(position, len(self.steps) - 1)))

    def progress_text(self) -> str:
        return f"Step {self.position + 1} of {len(self.steps)}"


def option_letter(index: int) -> str:
    """Options are labelled A, B, C… so a group can call out its choice."""
    return chr(ord("A") + index) if 0 <= index < 26 else str(index + 1)


def feedback_for(point: DecisionPoint, option: int) -> str:
    """What the group is told after choosing `option` at `point`."""
    chosen = point.options[option]
    return f"You chose {option_letter(option)}: {chosen.text} {chosen.feedback}"
