"""Building blocks shared by every content model: the base class, ids, text and dates.

Kept in one place so a rule such as "ids are lower-case words joined by hyphens" is
written once and the JSON Schema, the loader and the error messages all agree on it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    StringConstraints,
    WithJsonSchema,
)

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
PARTIAL_DATE_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"
TIMESTAMP_PATTERN = r"^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?$"
URL_PATTERN = r"^https?://[^\s<>\"]+$"

# Plain-English descriptions of the patterns above, used when a value does not match.
PATTERN_HELP = {
    ID_PATTERN: "must be an id made of lower-case letters and digits joined by single hyphens, "
    "e.g. 'mcdonalds-share-drop-3pc'",
    PARTIAL_DATE_PATTERN: "must be a date written 2014-10-27, or 2014-10 or 2014 when only the "
    "month or year is known",
    TIMESTAMP_PATTERN: "must be a date like 2012-01-18 or a date and time like 2012-01-18 14:30",
    URL_PATTERN: "must be a full web address starting with https:// (leave it out if unknown)",
}


class ContentModel(BaseModel):
    """Frozen so shared, cached content cannot be changed by one app behind another's back;
    `extra="forbid"` so a misspelt field is reported instead of silently ignored."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]

# Separate names document which registry an id must be found in; the cross-reference
# checks, not the type, enforce that.
SourceId = Id
FigureId = Id
EpisodeId = Id
CaseStudyId = Id
ChannelId = Id


def _date_to_text(value: Any) -> Any:
    # YAML turns 2014-10-27 into a date and 2014 into an int; accept both as written.
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _real_partial_date(value: str) -> str:
    parts = [int(p) for p in value.split("-")]
    year, month, day = [*parts, 1, 1][:3]
    try:
        dt.date(year, month, day)
    except ValueError as error:
        raise ValueError(f"is {value!r}, which is not a real date ({error})") from None
    return value


PartialDate = Annotated[
    str,
    BeforeValidator(_date_to_text),
    StringConstraints(pattern=PARTIAL_DATE_PATTERN),
    AfterValidator(_real_partial_date),
    # YAML reads a bare year as a number, which the validator accepts; say so here too.
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": PARTIAL_DATE_PATTERN},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ]
        }
    ),
]


def _timestamp_to_text(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value.strip().replace("T", " ", 1)
    return value


def _real_timestamp(value: str) -> str:
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"is {value!r}, which is not a real date and time") from None
    return value


Timestamp = Annotated[
    str,
    BeforeValidator(_timestamp_to_text),
    StringConstraints(pattern=TIMESTAMP_PATTERN),
    AfterValidator(_real_timestamp),
]

Url = Annotated[str, StringConstraints(strip_whitespace=True, pattern=URL_PATTERN)]
