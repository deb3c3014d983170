"""A pilot plan, arranged by the stages of the GCS OASIS campaign-planning guide.

The plan is an immutable value: the UI makes a changed copy (`model_copy(update=...)`
or `Plan.model_validate`) and the store saves whole plans. That keeps "what was
saved" and "what is on screen" from drifting apart. Identity (plan id, owner
account, timestamps) belongs to the store, not to the plan.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from firstpost.core.plan.parts import (
    FROZEN,
    AccessibilityCheck,
    AudienceId,
    Measure,
    Objective,
    Person,
    Post,
    Risk,
)


class AudienceInsight(BaseModel):
    """Who the pilot is for and what stops them applying today."""

    model_config = FROZEN

    audiences: tuple[AudienceId, ...] = Field((), title="Audiences")
    barriers: str = Field("", title="What stops them applying")


class Strategy(BaseModel):
    """Where the vacancies will appear and what every post should get across."""

    model_config = FROZEN

    channels: tuple[str, ...] = Field((), title="Channels")
    key_messages: tuple[str, ...] = Field((), title="Key messages")


class Implementation(BaseModel):
    """The vacancies, their posts, and who writes and approves them."""

    model_config = FROZEN

    posts: tuple[Post, ...] = Field((), title="Posts")
    author: Person = Field(default_factory=Person, title="Author")
    approvers: tuple[Person, ...] = Field((), title="Approvers")


class Governance(BaseModel):
    """The safeguards NCSC, ICO and GCS guidance expect before an account goes live."""

    model_config = FROZEN

    account_admins: tuple[str, ...] = Field((), title="Account admins")
    two_factor_confirmed: bool = Field(False, title="Two-factor authentication confirmed")
    leavers_access_removal: str = Field("", title="Removing leavers' access")
    monitoring_hours: str = Field("", title="Monitoring hours")
    escalation_contact: str = Field("", title="Escalation contact")
    holding_statement: str = Field("", title="Holding statement")
    house_rules: str = Field("", title="House rules")
    screening_policy_confirmed: bool = Field(
        False, title="No profile checks before an offer (confirmed)"
    )
    accessibility_checks: tuple[AccessibilityCheck, ...] = Field(
        (), title="Accessibility checks confirmed"
    )


class Scoring(BaseModel):
    """The measures the pilot will be judged by, across the GCS evaluation levels."""

    model_config = FROZEN

    measures: tuple[Measure, ...] = Field((), title="Measures")


class Plan(BaseModel):
    """A whole pilot plan; `Plan()` is a valid empty draft."""

    model_config = FROZEN

    title: str = Field("", title="Title")
    owner: str = Field("", title="Plan owner")
    team: str = Field("", title="Team")
    organisation: str = Field("", title="Organisation")
    workshop_code: str = Field("", title="Workshop code")
    objectives: tuple[Objective, ...] = Field((), title="Objectives")
    audience: AudienceInsight = Field(default_factory=AudienceInsight, title="Audience")
    strategy: Strategy = Field(default_factory=Strategy, title="Strategy")
    implementation: Implementation = Field(default_factory=Implementation, title="Implementation")
    governance: Governance = Field(default_factory=Governance, title="Governance")
    risks: tuple[Risk, ...] = Field((), title="Risks")
    scoring: Scoring = Field(default_factory=Scoring, title="Scoring")
    review_date: date | None = Field(None, title="Review date")
