"""A review follows its plan: a row per post and channel, an answer per objective and measure."""

from __future__ import annotations

from firstpost.core.plan import Measure, Objective, Plan, Scoring
from firstpost.core.review.model import (
    ChannelActuals,
    LabelledActual,
    PilotReview,
    fitted_to_plan,
    row_label,
    rows_for_plan,
)


def test_one_row_per_post_and_channel_named_for_people(example):
    rows = rows_for_plan(example, PilotReview())
    assert len(rows) == 6
    assert row_label(example, rows[1]) == (
        "1. Children's social worker, Family Support team on LinkedIn"
    )
    assert {(r.post, r.channel) for r in rows} >= {(0, "jobs-site"), (1, "facebook")}


def test_typed_figures_are_carried_over_and_rows_no_longer_in_the_plan_dropped(example):
    typed = PilotReview(
        rows=(
            ChannelActuals(post=0, channel="linkedin", hires="1,2OO"),
            ChannelActuals(post=7, channel="tiktok", hires="3"),
        )
    )
    rows = rows_for_plan(example, typed)
    assert rows[1].hires == "1,2OO"  # kept exactly as typed
    assert all(r.post < 2 for r in rows)


def test_a_post_without_channels_still_gets_a_row():
    plan = Plan.model_validate({"implementation": {"posts": [{"role": "Porter"}]}})
    (row,) = rows_for_plan(plan, PilotReview())
    assert row.channel == "" and row_label(plan, row) == "1. Porter on all channels"


def test_answers_follow_objectives_and_measures_by_name():
    plan = Plan(
        objectives=(Objective(what="Applications"), Objective(what="")),
        scoring=Scoring(measures=(Measure(name="Hires"), Measure(name="Clicks"))),
    )
    saved = PilotReview(
        measure_actuals=(
            LabelledActual(label="Clicks", actual="300"),
            LabelledActual(label="Removed measure", actual="9"),
        )
    )
    fitted = fitted_to_plan(plan, saved)
    assert [(a.label, a.actual) for a in fitted.measure_actuals] == [
        ("Hires", ""),
        ("Clicks", "300"),
    ]
    assert [a.label for a in fitted.objective_actuals] == ["Applications", "Objective 2"]


def test_a_review_round_trips_through_json():
    review = PilotReview(rows=(ChannelActuals(hires="x"),), recommendation="adjust", lessons="L")
    assert PilotReview.model_validate_json(review.model_dump_json()) == review
