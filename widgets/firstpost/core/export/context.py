"""What an export needs besides the plan, passed in so the same input gives the same file.

Nothing in an exporter reads the clock or the database: the generation time and the
plan id arrive here. That is what makes the output reproducible and snapshot-tested.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from firstpost.core.plan.channels import DEFAULT_CHANNEL_CATALOGUE, ChannelType
from firstpost.core.plan.model import Plan
from firstpost.core.plan.problems import Problem

if TYPE_CHECKING:
    from firstpost.core.export.outline import Section


@dataclass(frozen=True)
class ExportContext:
    """`generated_at` must carry a time zone; the rest default to the built-in lists.

    Pass `problems` (and `channel_catalogue`) when the caller has already validated
    the plan with the course content's channel lists, so the document shows the same
    findings as the screen.
    """

    generated_at: datetime
    plan_id: str = ""
    today: date | None = None  # the reader's local date for the checks; default: UTC date
    problems: tuple[Problem, ...] | None = None
    channel_catalogue: Mapping[str, ChannelType] | None = None
    # Sections appended after sign-off, e.g. the pilot review saved with this plan.
    extra_sections: tuple[Section, ...] = ()

    def __post_init__(self) -> None:
        if self.generated_at.tzinfo is None:
            raise ValueError("generated_at needs a time zone, e.g. datetime.now(UTC)")

    @property
    def generated_utc(self) -> datetime:
        return self.generated_at.astimezone(UTC)

    @property
    def check_date(self) -> date:
        """The day the checks are judged against and the document is dated."""
        return self.today if self.today is not None else self.generated_utc.date()

    @property
    def catalogue(self) -> Mapping[str, ChannelType]:
        if self.channel_catalogue is None:
            return DEFAULT_CHANNEL_CATALOGUE
        return self.channel_catalogue

    def problems_for(self, plan: Plan) -> tuple[Problem, ...]:
        if self.problems is not None:
            return self.problems
        from firstpost.core.plan.validation import validate_plan

        return tuple(
            validate_plan(plan, today=self.check_date, channel_catalogue=self.channel_catalogue)
        )
