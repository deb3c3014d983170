"""Case studies (lessons/case_studies/<id>.yaml): what happened, minute by minute.

The timeline and decision points let a group stop the story where the organisation had
to choose, decide for themselves, and only then see what was done. Lessons map to named
controls so the discussion ends in something the pilot plan can adopt.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, ValidationInfo, field_validator

from firstpost.core.content.controls import ControlId
from firstpost.core.content.fields import (
    CaseStudyId,
    ChannelId,
    ContentModel,
    PartialDate,
    SourceId,
    Text,
    Timestamp,
)
from firstpost.core.content.figures import FigureRef

CaseKind = Literal["cautionary", "positive"]


class TimelineEvent(ContentModel):
    """One step of the story, in the order it happened."""

    at: Timestamp = Field(description="2012-01-18, or 2012-01-18 14:30 when the time is known.")
    approximate: bool = Field(
        default=False, description="True when the sources only give the time roughly."
    )
    event: Text = Field(description="What happened at that point, in a sentence or two.")
    elapsed: Text | None = Field(
        default=None,
        description="Time since the first event in the sources' own words, for times they "
        "give only as a span, e.g. 'within an hour' or 'under 2 hours'. Shown instead of "
        "the time worked out from the dates.",
    )


class DecisionOption(ContentModel):
    """A course of action the group can choose at a decision point."""

    text: Text = Field(description="The choice as offered to the group.")
    feedback: Text = Field(description="What would likely follow, and why.")


class DecisionPoint(ContentModel):
    """A pause in the story where the group decides what they would do."""

    after_stage: int = Field(
        ge=0,
        description="How many timeline events are shown before this decision appears "
        "(0: before the first event).",
    )
    prompt: Text = Field(description="The question put to the group.")
    options: tuple[DecisionOption, ...] = Field(min_length=2, description="Two or more choices.")


class CaseLesson(ContentModel):
    """A lesson from the case, tied to the controls that would have helped."""

    lesson: Text = Field(description="The lesson in plain words.")
    controls: tuple[ControlId, ...] = Field(
        min_length=1, description="Control ids from the closed list in lessons/README.md."
    )


class CaseStudy(ContentModel):
    """A real incident or success, told from the sources."""

    id: CaseStudyId = Field(description="Must match the file name without .yaml.")
    title: Text
    organisation: Text
    date: PartialDate = Field(description="When it started: 2012-01-18, 2012-01 or 2012.")
    kind: CaseKind = Field(description="cautionary: what went wrong; positive: what worked.")
    # Before `channels`, so the check on an empty list can see it and point at `channels`.
    channels_note: Text | None = Field(
        default=None,
        description="Required when channels is empty: what the sources say (or do not say) "
        "about the channels used.",
    )
    channels: tuple[ChannelId, ...] = Field(
        default=(),
        validate_default=True,
        description="Ids of the channels involved, from lessons/channels/. Leave empty only "
        "when the sources do not name them, and say so in channels_note.",
    )
    timeline: tuple[TimelineEvent, ...] = Field(min_length=1)
    what_happened: Text = Field(description="The story in a short paragraph (Markdown).")
    response_time: Text | None = Field(
        default=None,
        description="How long the organisation took to respond, in a sentence, as the "
        "sources tell it. Shown once the story has been told.",
    )
    consequences: tuple[Text, ...] = Field(
        min_length=1, description="What followed, one item each."
    )
    figures: tuple[FigureRef, ...] = Field(
        default=(), description="Figure ids from figures.yaml, or figures written in place."
    )
    decision_points: tuple[DecisionPoint, ...] = ()
    lessons: tuple[CaseLesson, ...] = Field(min_length=1)
    sources: tuple[SourceId, ...] = Field(min_length=1, description="Ids from sources.yaml.")

    @field_validator("channels")
    @classmethod
    def _note_when_no_channels(
        cls, value: tuple[str, ...], info: ValidationInfo
    ) -> tuple[str, ...]:
        # A case never silently lacks channels: an empty list must say why.
        if not value and info.data.get("channels_note") is None:
            raise ValueError(
                "is empty: list the ids of the channels the case used, or, if the sources "
                "do not name them, add channels_note saying so in a sentence"
            )
        return value
