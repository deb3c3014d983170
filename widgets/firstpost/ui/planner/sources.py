"""Where the planner's options come from: the course content, with safe fallbacks.

Kept apart from the views so tests can hand the planner a small catalogue, and so
the content is read once per kernel, not once per widget.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime

from firstpost.core.plan import (
    DEFAULT_CHANNEL_CATALOGUE,
    Plan,
    channel_label,
    plan_from_json,
)
from firstpost.ui.planner.stages import PlannerChoices

EXAMPLE_FILE = "council-social-workers.json"
FALLBACK_CASE_STUDIES = [
    ("#McDStories (McDonald's, 2012)", "mcdstories"),
    ("The Chrysler tweet (2011)", "chrysler-tweet"),
    ("The Domino's video (2009)", "dominos-video"),
]


def _content():
    try:
        from firstpost.core.content import load_content

        return load_content()
    except Exception:  # content problems are reported by `firstpost lessons check`
        from firstpost.ui.errors import report

        report("reading the course content for the planner")
        return None


def planner_choices() -> PlannerChoices:
    content = _content()
    channels = [(channel_label(key), key) for key in DEFAULT_CHANNEL_CATALOGUE]
    case_studies = FALLBACK_CASE_STUDIES
    if content is not None:
        active = [c for c in content.channels if getattr(c, "status", "active") == "active"]
        if active:
            channels = [(c.name, c.id) for c in active]
        if content.case_studies:
            case_studies = [(c.title, c.id) for c in content.case_studies]
    return PlannerChoices(channels=channels, case_studies=case_studies)


def validator() -> Callable[[Plan], list]:
    from firstpost.core.plan.course_rules import course_validator

    return course_validator(_content())


def load_example() -> Plan:
    from firstpost.core.paths import lessons_dir

    raw = (lessons_dir() / "examples" / EXAMPLE_FILE).read_text(encoding="utf-8")
    plan, problems = plan_from_json(raw)
    if plan is None:
        raise ValueError(f"the worked example does not load: {problems}")
    return plan


def handover_starters(repo, owner: str) -> list[tuple[str, Plan, str]]:
    """Plans offered from what other apps handed over (a channel shortlist, case-study controls)."""
    starters = []
    for key, label in (
        ("channels", "Start from my channel shortlist"),
        ("case-studies", "Start from my case-study controls"),
    ):
        draft = repo.load_draft(owner, "handover", key)
        if draft is None:
            continue
        plan, _problems = plan_from_json(json.dumps(draft.body.get("plan", {})))
        if plan is not None:
            starters.append(
                (label, plan, f"Started from what you chose in the {key.replace('-', ' ')} app.")
            )
    return starters


def exporter() -> Callable[..., bytes]:
    """Exports stamped with the plan id (stable calendar ids) and the problems on screen."""
    from firstpost.core.export import ExportContext, export_plan

    def run(plan: Plan, fmt: str, plan_id: str = "", problems: list | None = None) -> bytes:
        extra = ()
        if plan_id:
            # A pilot review saved with this plan travels in the plan's own documents.
            from firstpost.core.review.export import latest_review_sections
            from firstpost.core.review.store import ReviewStore
            from firstpost.core.store import open_store

            extra = latest_review_sections(ReviewStore(open_store()), plan_id, plan)
        ctx = ExportContext(
            generated_at=datetime.now(UTC),
            plan_id=plan_id,
            extra_sections=extra,
            today=date.today(),
            problems=tuple(problems) if problems is not None else None,
        )
        return export_plan(plan, fmt, ctx)

    return run
