"""How far each OASIS step is filled in, for the planner's progress stepper.

Progress counts what has been written, not whether it is right: a date in the past
still counts as "a date chosen". Judging the content is `validate_plan`'s job, and
keeping the two apart means the stepper never depends on today's date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from firstpost.core.plan.channels import DEFAULT_CHANNEL_CATALOGUE, ChannelType
from firstpost.core.plan.display import same_person
from firstpost.core.plan.model import Plan
from firstpost.core.plan.parts import ACCESSIBILITY_LABELS, ChannelPost, Post
from firstpost.core.plan.problems import STAGE_LABELS, STAGES, Stage

T = TypeVar("T")
Checklist = list[tuple[str, bool]]


@dataclass(frozen=True)
class StageProgress:
    stage: Stage
    label: str
    done: int
    total: int
    missing: tuple[str, ...]

    @property
    def fraction(self) -> float:
        """From 0 (nothing yet) to 1 (every item filled in)."""
        return self.done / self.total if self.total else 1.0

    @property
    def complete(self) -> bool:
        return self.done == self.total


def _filled(text: str) -> bool:
    return bool(text.strip())


def _every(items: Iterable[T], test: Callable[[T], bool]) -> bool:
    """True only for a non-empty list whose every item passes: nothing is not "every"."""
    items = list(items)
    return bool(items) and all(test(item) for item in items)


def _post_done(post: Post) -> bool:
    return _filled(post.role) and _filled(post.grade) and post.closing_date is not None


def _slot_done(slot: ChannelPost) -> bool:
    return (
        _filled(slot.channel)
        and _filled(slot.text)
        and slot.publish_date is not None
        and slot.publish_time is not None
    )


def _early_steps(plan: Plan, catalogue: Mapping[str, ChannelType]) -> dict[Stage, Checklist]:
    objectives = plan.objectives
    types = {catalogue.get(channel) for channel in plan.strategy.channels}
    return {
        "objectives": [
            ("At least one objective", _every(objectives, lambda o: _filled(o.what))),
            (
                "A baseline for every objective",
                _every(objectives, lambda o: o.baseline is not None),
            ),
            ("A target for every objective", _every(objectives, lambda o: o.target is not None)),
            ("A date for every objective", _every(objectives, lambda o: o.by_when is not None)),
        ],
        "audience": [
            ("At least one audience", bool(plan.audience.audiences)),
            ("What stops them applying", _filled(plan.audience.barriers)),
        ],
        "strategy": [
            ("A social media channel", "social" in types),
            ("A channel that is not social media", "non-social" in types),
            ("Key messages", any(_filled(m) for m in plan.strategy.key_messages)),
        ],
    }


def _delivery_steps(plan: Plan) -> dict[Stage, Checklist]:
    posts = plan.implementation.posts
    author = plan.implementation.author.name
    independent_approver = any(
        _filled(a.name) and not same_person(a.name, author) for a in plan.implementation.approvers
    )
    gov = plan.governance
    return {
        "implementation": [
            ("At least one post", bool(posts)),
            ("A role, grade and closing date for every post", _every(posts, _post_done)),
            (
                "Channel, text, date and time for every channel post",
                _every(posts, lambda p: _every(p.channels, _slot_done)),
            ),
            ("An author", _filled(author)),
            ("An approver who is not the author", independent_approver),
        ],
        "governance": [
            ("Account admins", any(_filled(name) for name in gov.account_admins)),
            ("Two-factor authentication confirmed", gov.two_factor_confirmed),
            ("Removing leavers' access", _filled(gov.leavers_access_removal)),
            ("Monitoring hours", _filled(gov.monitoring_hours)),
            ("Escalation contact", _filled(gov.escalation_contact)),
            ("Holding statement", _filled(gov.holding_statement)),
            ("House rules", _filled(gov.house_rules)),
            ("Screening policy confirmed", gov.screening_policy_confirmed),
            (
                "Accessibility checklist",
                set(ACCESSIBILITY_LABELS) <= set(gov.accessibility_checks),
            ),
        ],
    }


def _closing_steps(plan: Plan) -> dict[Stage, Checklist]:
    risks = plan.risks
    measures = plan.scoring.measures
    levels = {measure.level for measure in measures}
    return {
        "risks": [
            ("At least one risk", _every(risks, lambda r: _filled(r.risk))),
            (
                "Likelihood and impact for every risk",
                _every(risks, lambda r: r.likelihood is not None and r.impact is not None),
            ),
            (
                "An owner and control for every risk",
                _every(risks, lambda r: _filled(r.owner) and _filled(r.control)),
            ),
        ],
        "scoring": [
            ("An output measure", "outputs" in levels),
            ("An outtake measure", "outtakes" in levels),
            ("An outcome measure", "outcomes" in levels),
            ("An impact measure", "impact" in levels),
            ("A target for every measure", _every(measures, lambda m: _filled(m.target))),
        ],
        "summary": [
            ("Title", _filled(plan.title)),
            ("Plan owner", _filled(plan.owner)),
            ("Organisation", _filled(plan.organisation)),
            ("Review date", plan.review_date is not None),
        ],
    }


def plan_progress(
    plan: Plan, channel_catalogue: Mapping[str, ChannelType] | None = None
) -> tuple[StageProgress, ...]:
    """Progress for every stage, in the planner's order."""
    catalogue = DEFAULT_CHANNEL_CATALOGUE if channel_catalogue is None else channel_catalogue
    lists = {**_early_steps(plan, catalogue), **_delivery_steps(plan), **_closing_steps(plan)}
    result = []
    for stage in STAGES:
        items = lists[stage]
        missing = tuple(label for label, ok in items if not ok)
        done = len(items) - len(missing)
        result.append(StageProgress(stage, STAGE_LABELS[stage], done, len(items), missing))
    return tuple(result)


def overall_fraction(progress: tuple[StageProgress, ...]) -> float:
    """All items across stages, so a long stage weighs more than a short one."""
    total = sum(p.total for p in progress)
    return sum(p.done for p in progress) / total if total else 1.0
