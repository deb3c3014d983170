"""The pilot plan: its model, checks, progress, comparison and JSON form.

Pure Python with no UI imports, so the planner's rules are tested without a browser
and reused by the command line and the exporters.
"""

from firstpost.core.plan.calendar import CalendarEntry, content_calendar
from firstpost.core.plan.channels import (
    DEFAULT_CHANNEL_CATALOGUE,
    DEFAULT_CHANNEL_LIMITS,
    ChannelType,
    channel_label,
)
from firstpost.core.plan.completeness import StageProgress, overall_fraction, plan_progress
from firstpost.core.plan.diff import Change, diff_plans
from firstpost.core.plan.model import (
    AudienceInsight,
    Governance,
    Implementation,
    Plan,
    Scoring,
    Strategy,
)
from firstpost.core.plan.parsing import (
    MAX_PLAN_BYTES,
    PLAN_FORMAT,
    PLAN_FORMAT_VERSION,
    plan_from_dict,
    plan_from_json,
    plan_to_dict,
    plan_to_json,
)
from firstpost.core.plan.parts import (
    SUGGESTED_MEASURES,
    ChannelPost,
    Measure,
    Objective,
    Person,
    Post,
    Risk,
)
from firstpost.core.plan.problems import STAGE_LABELS, STAGES, Problem, Severity, Stage
from firstpost.core.plan.validation import validate_plan

__all__ = [
    "DEFAULT_CHANNEL_CATALOGUE",
    "DEFAULT_CHANNEL_LIMITS",
    "MAX_PLAN_BYTES",
    "PLAN_FORMAT",
    "PLAN_FORMAT_VERSION",
    "STAGES",
    "STAGE_LABELS",
    "SUGGESTED_MEASURES",
    "AudienceInsight",
    "CalendarEntry",
    "Change",
    "ChannelPost",
    "ChannelType",
    "Governance",
    "Implementation",
    "Measure",
    "Objective",
    "Person",
    "Plan",
    "Post",
    "Problem",
    "Risk",
    "Scoring",
    "Severity",
    "Stage",
    "StageProgress",
    "Strategy",
    "channel_label",
    "content_calendar",
    "diff_plans",
    "overall_fraction",
    "plan_from_dict",
    "plan_from_json",
    "plan_progress",
    "plan_to_dict",
    "plan_to_json",
    "validate_plan",
]
