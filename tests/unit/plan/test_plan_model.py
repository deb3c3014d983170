"""The plan model keeps whatever people type, so saving a draft is never blocked."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from firstpost.core.plan import ChannelPost, Plan, Post, Risk, plan_from_json, plan_to_json


def test_an_empty_plan_is_a_valid_draft():
    plan = Plan()
    assert plan.title == ""
    assert plan.implementation.posts == ()
    assert plan.governance.two_factor_confirmed is False
    assert plan.review_date is None


def test_plans_cannot_be_changed_in_place():
    plan = Plan(title="Pilot")
    with pytest.raises(ValidationError):
        plan.title = "Other"  # type: ignore[misc]
    assert plan.model_copy(update={"title": "Other"}).title == "Other"


def test_unknown_fields_are_refused_by_the_model():
    with pytest.raises(ValidationError):
        Plan.model_validate({"titel": "typo"})


def test_overlong_and_out_of_range_input_is_kept_for_validation_to_report():
    huge = "x" * 1_000_000
    plan = Plan(
        title=huge,
        implementation={"posts": [Post(role="r") for _ in range(7)]},
        risks=(Risk(likelihood=9, impact=0),),
    )
    assert len(plan.title) == 1_000_000
    assert len(plan.implementation.posts) == 7
    assert plan.risks[0].likelihood == 9


def test_risk_score_is_likelihood_times_impact_once_both_are_known():
    assert Risk(likelihood=3, impact=4).score == 12
    assert Risk(likelihood=3).score is None


def test_numbers_keep_the_form_they_were_typed_in():
    plan = Plan.model_validate({"objectives": [{"baseline": 4, "target": 12.5}]})
    assert plan.objectives[0].baseline == 4 and isinstance(plan.objectives[0].baseline, int)
    assert plan.objectives[0].target == 12.5


def test_post_slots_hold_date_and_time_separately_so_drafts_can_have_either():
    slot = ChannelPost.model_validate({"channel": "linkedin", "publish_date": "2030-03-04"})
    assert slot.publish_time is None


def test_worked_example_is_stored_in_canonical_export_form(example_path):
    raw = example_path.read_text(encoding="utf-8")
    plan, problems = plan_from_json(raw)
    assert problems == []
    assert plan_to_json(plan) == raw


def test_worked_example_matches_the_brief(example):
    plan = example
    assert "Westshire" in plan.organisation
    assert len(plan.implementation.posts) == 2
    assert set(plan.strategy.channels) == {"linkedin", "facebook", "jobs-site"}
    assert {r.case_study for r in plan.risks} >= {"mcdstories", "chrysler-tweet", "dominos-video"}
    assert {m.level for m in plan.scoring.measures} == {"outputs", "outtakes", "outcomes", "impact"}
    assert all(o.baseline is not None for o in plan.objectives)
    dates = [s.publish_date for p in plan.implementation.posts for s in p.channels]
    assert min(dates).year == 2030
