"""The small building blocks of a plan: objectives, posts, risks, measures, people.

Every field has a default so that a half-typed draft is still a valid object:
saving must never be blocked. Text fields accept any length and numbers any value,
so nothing a user typed is thrown away; `validation` reports what needs fixing.
"""

from __future__ import annotations

import math
from datetime import date, time
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, StrictInt
from pydantic_core import PydanticCustomError

FROZEN = ConfigDict(frozen=True, extra="forbid")


def _number(value: object) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("number_type", "This should be a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise PydanticCustomError("number_type", "This should be a number")
    return value


# A number typed by a person: kept as written (12 stays 12, 12.5 stays 12.5), and a
# string or true/false is reported as a mistake rather than quietly converted. One
# validator rather than a union, so a mistake is reported once, at the field.
Number = Annotated[int | float, PlainValidator(_number)]

AudienceId = Literal[
    "graduates-interns",
    "school-leavers",
    "specialists",
    "under-represented",
    "existing-staff",
    "general-public",
]
AUDIENCE_LABELS: dict[str, str] = {
    "graduates-interns": "Graduates and interns",
    "school-leavers": "School leavers",
    "specialists": "Specialists",
    "under-represented": "Under-represented communities",
    "existing-staff": "Existing staff",
    "general-public": "General public",
}

AccessibilityCheck = Literal["camelcase-hashtags", "alt-text", "plain-english", "captions"]
ACCESSIBILITY_LABELS: dict[str, str] = {
    "camelcase-hashtags": "Hashtags written in CamelCase (#SocialWorkJobs)",
    "alt-text": "Alt text written for every image",
    "plain-english": "Plain English, short sentences",
    "captions": "Captions on every video",
}

MeasureLevel = Literal["outputs", "outtakes", "outcomes", "impact"]
LEVEL_LABELS: dict[str, str] = {
    "outputs": "Outputs (reach)",
    "outtakes": "Outtakes (clicks, questions, attendance)",
    "outcomes": "Outcomes (applications, hires)",
    "impact": "Impact (vacancy rate)",
}


class Person(BaseModel):
    """Someone with a part in the pilot, named with their role for the sign-off sheet."""

    model_config = FROZEN

    name: str = Field("", title="Name")
    role: str = Field("", title="Role")


class Objective(BaseModel):
    """A SMART objective written as GCS asks: from a baseline, to a target, by a date."""

    model_config = FROZEN

    what: str = Field("", title="What should change")
    baseline: Number | None = Field(None, title="Baseline")
    target: Number | None = Field(None, title="Target")
    unit: str = Field("", title="Unit")
    by_when: date | None = Field(None, title="By when")


class ChannelPost(BaseModel):
    """One appearance of a vacancy on one channel: the words and when they go out.

    Date and time are separate so a draft can have a day chosen before the hour.
    Times are UK local clock time, as the team would read them off the office wall.
    """

    model_config = FROZEN

    channel: str = Field("", title="Channel")
    text: str = Field("", title="Post text")
    publish_date: date | None = Field(None, title="Publish date")
    publish_time: time | None = Field(None, title="Publish time")


class Post(BaseModel):
    """A vacancy advertised in the pilot, with its posts on each channel."""

    model_config = FROZEN

    role: str = Field("", title="Role")
    grade: str = Field("", title="Grade or salary")
    closing_date: date | None = Field(None, title="Closing date")
    channels: tuple[ChannelPost, ...] = Field((), title="Channel posts")


class Risk(BaseModel):
    """A row of the risk register, scored likelihood × impact on 1–5 scales."""

    model_config = FROZEN

    risk: str = Field("", title="Risk")
    likelihood: StrictInt | None = Field(None, title="Likelihood")
    impact: StrictInt | None = Field(None, title="Impact")
    owner: str = Field("", title="Risk owner")
    control: str = Field("", title="Control")
    case_study: str = Field("", title="Linked case study")

    @property
    def score(self) -> int | None:
        """Likelihood × impact, or None until both are filled in."""
        if self.likelihood is None or self.impact is None:
            return None
        return self.likelihood * self.impact


class Measure(BaseModel):
    """How the pilot will be judged at one GCS evaluation level.

    Baseline and target are text because useful measures are not all numbers
    ("£1,500", "8 weeks", "half of hires from social media").
    """

    model_config = FROZEN

    level: MeasureLevel = Field("outputs", title="Level")
    name: str = Field("", title="Measure")
    baseline: str = Field("", title="Baseline")
    target: str = Field("", title="Target")


# Measures worth considering, offered by the UI as starting points.
SUGGESTED_MEASURES: tuple[Measure, ...] = (
    Measure(level="outputs", name="Impressions of pilot posts"),
    Measure(level="outtakes", name="Clicks through to the job advert"),
    Measure(level="outcomes", name="Applications per vacancy"),
    Measure(level="outcomes", name="Cost per hire"),
    Measure(level="outcomes", name="Time to hire"),
    Measure(level="outcomes", name="Source of hire"),
    Measure(level="outcomes", name="Applicant diversity (conversion ratio)"),
    Measure(level="impact", name="Vacancy rate"),
)
