"""Plan checks with the course's own channel list, limits and case studies.

The planner page and `firstpost plans import` must judge a plan the same way, so
both build their validator here from the content in lessons/.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from firstpost.core.plan.channels import DEFAULT_CHANNEL_CATALOGUE, DEFAULT_CHANNEL_LIMITS
from firstpost.core.plan.model import Plan
from firstpost.core.plan.validation import validate_plan


def course_validator(
    content=None, today: Callable[[], date] = date.today
) -> Callable[[Plan], list]:
    """A `validate(plan)` using the content's channels and case studies (built-ins without)."""
    limits = dict(DEFAULT_CHANNEL_LIMITS)
    catalogue = dict(DEFAULT_CHANNEL_CATALOGUE)
    case_ids = None
    if content is not None:
        for channel in content.channels:
            catalogue[channel.id] = "social" if channel.kind == "social" else "non-social"
            if channel.post_length is not None:
                limits[channel.id] = channel.post_length.limit
        if content.case_studies:
            case_ids = [c.id for c in content.case_studies]

    def validate(plan: Plan) -> list:
        return validate_plan(
            plan,
            today=today(),
            channel_limits=limits,
            channel_catalogue=catalogue,
            case_study_ids=case_ids,
        )

    return validate
