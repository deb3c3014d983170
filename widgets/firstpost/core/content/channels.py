"""Channels (lessons/channels/<id>.yaml): what each platform is good for and what it costs.

Channel facts go stale (limits change, platforms close), so every claim carries its
evidence and source, and every file carries the date it was last checked.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator

from firstpost.core.content.fields import ChannelId, ContentModel, SourceId, Text

ChannelKind = Literal["social", "non-social"]
ChannelStatus = Literal["active", "retired"]
Purpose = Literal["recruitment", "onboarding", "learning"]
Exposure = Literal["low", "medium", "high"]
CountingMethod = Literal["characters", "graphemes", "x-weighted"]

AudienceId = Literal[
    "graduates",
    "school-leavers",
    "specialists",
    "older-applicants",
    "diverse-communities",
    "new-starters",
    "existing-staff",
    "general-public",
]

AUDIENCES: dict[AudienceId, str] = {
    "graduates": "Students and recent graduates, including interns.",
    "school-leavers": "School and college leavers, apprentices.",
    "specialists": "People with scarce skills who are not looking for a job.",
    "older-applicants": "Experienced people later in their careers, including returners.",
    "diverse-communities": "Groups under-represented in the workforce, reached deliberately.",
    "new-starters": "People who have accepted an offer or just joined.",
    "existing-staff": "Current staff, for learning and internal communication.",
    "general-public": "Anyone in the area, with no particular target.",
}

COUNTING_METHODS: dict[CountingMethod, str] = {
    "characters": "Each Unicode character counts as one.",
    "graphemes": "Each user-perceived character counts as one (an emoji with modifiers is one).",
    "x-weighted": "X's weighting: most Latin characters count 1, many others and every emoji "
    "count 2, and any link counts 23.",
}


class AudienceFit(ContentModel):
    """Why a channel reaches an audience, with the source that says so."""

    audience: AudienceId
    evidence: Text = Field(description="What the source found, in a sentence.")
    sources: tuple[SourceId, ...] = Field(min_length=1)


class PurposeFit(ContentModel):
    """Why a channel suits one of the kit's three purposes, with the source that says so."""

    purpose: Purpose
    evidence: Text
    sources: tuple[SourceId, ...] = Field(min_length=1)


class RiskProfile(ContentModel):
    """How exposed an account on this channel is, and what can be done about it."""

    reply_controls: Text = Field(description="What an account can do to limit replies.")
    moderation: Text = Field(description="What moderation tools the channel gives an account.")
    open_hashtag_exposure: Exposure = Field(
        description="How easily a hashtag or thread can be taken over by the public."
    )


class PostLength(ContentModel):
    """The post length limit and how the channel counts towards it."""

    limit: int = Field(gt=0, description="The most a single post may hold.")
    counting: CountingMethod
    visible_before_more: int | None = Field(
        default=None, gt=0, description="Roughly how much shows before 'see more', if known."
    )

    @field_validator("visible_before_more")
    @classmethod
    def _within_limit(cls, value: int | None, info: ValidationInfo) -> int | None:
        limit = info.data.get("limit")
        if value is not None and limit is not None and value > limit:
            raise ValueError(f"is {value}, more than the limit of {limit}; check both numbers")
        return value


class Channel(ContentModel):
    """A channel a pilot could use, social or not, with its costs and risks."""

    id: ChannelId = Field(description="Must match the file name without .yaml.")
    name: Text
    kind: ChannelKind = Field(description="social, or non-social (e.g. a job board, Jobcentre).")
    status: ChannelStatus
    retired_note: Text | None = Field(
        default=None,
        validate_default=True,
        description="Required when retired: what happened and what to use instead.",
    )
    audiences: tuple[AudienceFit, ...] = ()
    purposes: tuple[PurposeFit, ...] = ()
    weekly_effort_hours: float = Field(
        ge=0, description="Staff hours a week a small pilot should expect."
    )
    risk: RiskProfile
    cost: Text = Field(description="What it costs, including paid promotion if relevant.")
    post_length: PostLength | None = Field(
        default=None, description="Leave out for channels without posts (e.g. a job board)."
    )
    accessibility: tuple[Text, ...] = Field(
        default=(), description="Accessibility notes: alt text, captions, known gaps."
    )
    sources: tuple[SourceId, ...] = Field(min_length=1)
    last_checked: dt.date = Field(description="When these facts were last checked.")

    @field_validator("retired_note")
    @classmethod
    def _note_when_retired(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None and info.data.get("status") == "retired":
            raise ValueError(
                "is required because status is 'retired': say what happened to the channel "
                "and what to use instead"
            )
        return value
