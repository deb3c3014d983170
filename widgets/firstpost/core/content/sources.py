"""The sources registry (lessons/sources.yaml): where every fact in the kit comes from.

Lessons cite sources by id so a source's details are written once, and a learner can
always see whether a claim rests on the original publisher or on someone reporting it.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import ConfigDict, Field, RootModel

from firstpost.core.content.fields import ContentModel, PartialDate, SourceId, Text, Url

SourceKind = Literal["primary", "secondary"]


class SourceEntry(ContentModel):
    """One entry of sources.yaml, filed under its id."""

    title: Text = Field(description="The title of the page, report or article.")
    publisher: Text = Field(description="Who published it.")
    url: Url | None = Field(
        default=None,
        description="Web address, only when it is known for certain; never guessed.",
    )
    published: PartialDate | None = Field(
        default=None, description="When it was published: 2014-10-27, 2014-10 or 2014."
    )
    accessed: dt.date = Field(description="When the kit's authors last checked it.")
    kind: SourceKind = Field(
        description="primary: the body that produced the fact; "
        "secondary: a third party reporting it."
    )
    note: Text | None = Field(
        default=None, description="Anything a reader needs to weigh the source, in plain words."
    )


class Source(SourceEntry):
    """A registry entry together with its id, as the loaded content hands it out."""

    id: SourceId


class SourcesFile(RootModel[dict[SourceId, SourceEntry]]):
    """The whole of sources.yaml: source id -> source."""

    model_config = ConfigDict(frozen=True, json_schema_extra={"additionalProperties": False})
