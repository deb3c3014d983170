"""The figures registry (lessons/figures.yaml) and figures embedded in case studies.

The source article quotes numbers that do not survive checking. Giving every number a
status, its sources and a reason for any doubt keeps that doubt in front of learners
instead of repeating the number as fact.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    ConfigDict,
    Discriminator,
    Field,
    RootModel,
    Tag,
    ValidationInfo,
    field_validator,
)

from firstpost.core.content.fields import ContentModel, FigureId, SourceId, Text

FigureStatus = Literal["verified", "reported", "disputed"]

# Statuses that need a reason: anything short of checked against the primary source.
NEEDS_WHY: frozenset[str] = frozenset({"reported", "disputed"})


class FigureFields(ContentModel):
    """The fields every figure has, wherever it is written down."""

    value: Text = Field(
        description="The number as a learner will see it, in quotes, e.g. '3%' or '72,788'."
    )
    claim: Text = Field(description="What the number says, in plain words.")
    status: FigureStatus = Field(
        description="verified: checked against the primary source; reported: stated by a "
        "source but not checked or not the whole story; disputed: the sources do not back it."
    )
    why: Text | None = Field(
        default=None,
        validate_default=True,
        description="Why the figure has its status. Required for reported and disputed.",
    )
    sources: tuple[SourceId, ...] = Field(
        min_length=1, description="Ids from sources.yaml that back (or contradict) the figure."
    )
    related: tuple[FigureId, ...] = Field(
        default=(), description="Ids of figures that correct or give context to this one."
    )

    @field_validator("why")
    @classmethod
    def _why_when_doubtful(cls, value: str | None, info: ValidationInfo) -> str | None:
        status = info.data.get("status")
        if value is None and status in NEEDS_WHY:
            raise ValueError(
                f"is required because status is '{status}': say in a sentence why the figure "
                "is not verified, e.g. what the sources actually show"
            )
        return value


class FigureEntry(FigureFields):
    """One entry of figures.yaml, filed under its id."""


class Figure(FigureFields):
    """A figure with its id: embedded in a case study or episode, or loaded from the registry."""

    id: FigureId


class FiguresFile(RootModel[dict[FigureId, FigureEntry]]):
    """The whole of figures.yaml: figure id -> figure."""

    model_config = ConfigDict(frozen=True, json_schema_extra={"additionalProperties": False})


# Union tags appear in validation error locations; the loader strips them before
# mapping a location to a line.
FIGURE_ID_TAG = "figure-id"
EMBEDDED_FIGURE_TAG = "embedded-figure"


def _figure_ref_kind(value: Any) -> str:
    return FIGURE_ID_TAG if isinstance(value, str) else EMBEDDED_FIGURE_TAG


FigureRef = Annotated[
    Annotated[FigureId, Tag(FIGURE_ID_TAG)] | Annotated[Figure, Tag(EMBEDDED_FIGURE_TAG)],
    Discriminator(_figure_ref_kind),
]
"""A figure id from figures.yaml, or a whole figure (with its own id) written in place."""
