"""Questions for the group, and notes only the facilitator sees.

Both are built from the case itself (its kind, decisions, doubtful figures and
controls), so every case gets them and they stay in step when a case file changes.
Facilitator notes give away the feedback for every option, which is why the app shows
them only in facilitator mode.
"""

from __future__ import annotations

from dataclasses import dataclass

from firstpost.core.case_studies.badges import case_figures
from firstpost.core.case_studies.controls import CONTROL_LABELS
from firstpost.core.case_studies.staging import option_letter
from firstpost.core.content.case_studies import CaseStudy
from firstpost.core.content.course import Content

MINUTES_PER_EVENT = 2
MINUTES_PER_DECISION = 5
MINUTES_FOR_DISCUSSION = 10

CAUTIONARY_PROMPTS = (
    "Could this happen to us? Which of our accounts, people or campaigns look most like this?",
    "If this happened to us at 6pm on a Friday, who would notice first, and who would reply?",
)
POSITIVE_PROMPTS = (
    "What would we need (people, time, sign-off) to try something like this in a small pilot?",
    "What could go wrong if we tried it, and which control would stop it?",
)


def case_control_ids(case: CaseStudy) -> tuple[str, ...]:
    """Each control the case's lessons name, once, in the order they first appear."""
    seen: dict[str, None] = {}
    for lesson in case.lessons:
        for control in lesson.controls:
            seen.setdefault(control, None)
    return tuple(seen)


def discussion_prompts(case: CaseStudy, content: Content | None = None) -> tuple[str, ...]:
    """Three or four open questions for the group to talk about after the story."""
    prompts = list(CAUTIONARY_PROMPTS if case.kind == "cautionary" else POSITIVE_PROMPTS)
    labels = [CONTROL_LABELS[c].lower() for c in case_control_ids(case)]
    prompts.append(
        "Which of these do we already have, and who would set up the rest: "
        + "; ".join(labels)
        + "?"
    )
    if content is not None:
        doubtful = [f for f in case_figures(case, content) if f.status == "disputed"]
        if doubtful:
            values = " and ".join(f.value for f in doubtful)
            prompts.append(
                f"The figure {values} is often repeated but disputed. How would you "
                "explain the doubt to a manager who has already quoted it?"
            )
    return tuple(prompts)


@dataclass(frozen=True)
class FacilitatorNotes:
    minutes: int
    timing: str
    decisions: tuple[tuple[str, tuple[str, ...]], ...]
    figure_warnings: tuple[str, ...]
    reminders: tuple[str, ...]


def facilitator_notes(case: CaseStudy, content: Content | None = None) -> FacilitatorNotes:
    """Timing, every option's feedback, and what to say about doubtful figures."""
    minutes = (
        MINUTES_PER_EVENT * len(case.timeline)
        + MINUTES_PER_DECISION * len(case.decision_points)
        + MINUTES_FOR_DISCUSSION
    )
    timing = (
        f"Allow about {minutes} minutes: {len(case.timeline)} events to reveal, "
        f"{len(case.decision_points)} decisions for the group, then "
        f"{MINUTES_FOR_DISCUSSION} minutes of discussion."
    )
    decisions = tuple(
        (
            point.prompt,
            tuple(
                f"{option_letter(i)}. {option.text} Feedback: {option.feedback}"
                for i, option in enumerate(point.options)
            ),
        )
        for point in case.decision_points
    )
    warnings: list[str] = []
    if content is not None:
        for figure in case_figures(case, content):
            if figure.status != "verified" and figure.why:
                warnings.append(f"{figure.value} ({figure.status}): {figure.why}")
    reminders = (
        "Let the group agree a choice before anyone clicks; the feedback appears only after.",
        "There is no score: the point is the reasons, and which control would have helped.",
        "Ask one person to add the controls the team lacks to the plan's risk register.",
    )
    return FacilitatorNotes(minutes, timing, decisions, tuple(warnings), reminders)
