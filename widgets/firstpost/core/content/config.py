"""The course configuration (lessons/config.yaml): the title and the running order.

An explicit order, rather than one taken from file names, lets facilitators reorder or
drop a session for a shorter workshop by editing one list.
"""

from __future__ import annotations

from pydantic import Field

from firstpost.core.content.fields import CaseStudyId, ChannelId, ContentModel, EpisodeId, Text


class CourseConfig(ContentModel):
    """What the course is called and which content it includes, in order."""

    title: Text = Field(description="The course title shown on the kit's pages.")
    episodes: tuple[EpisodeId, ...] = Field(
        default=(), description="Episode ids in teaching order; one file episodes/<id>.md each."
    )
    case_studies: tuple[CaseStudyId, ...] = Field(
        default=(), description="Case study ids in order; one file case_studies/<id>.yaml each."
    )
    channels: tuple[ChannelId, ...] = Field(
        default=(), description="Channel ids in order; one file channels/<id>.yaml each."
    )
