"""The progress stepper: how much of each OASIS step is filled in, and what is missing."""

from __future__ import annotations

from firstpost.core.plan import STAGES, Plan, overall_fraction, plan_progress


def test_an_empty_plan_has_nothing_done_in_any_stage():
    progress = plan_progress(Plan())
    assert [p.stage for p in progress] == list(STAGES)
    assert all(p.fraction == 0 and p.missing for p in progress)
    assert overall_fraction(progress) == 0


def test_the_worked_example_is_complete(example):
    progress = plan_progress(example)
    assert all(p.complete and p.fraction == 1 and p.missing == () for p in progress)
    assert overall_fraction(progress) == 1


def test_a_stage_reports_its_missing_items_by_name(example, edit):
    plan = edit(
        edit(example, "governance.two_factor_confirmed", False),
        "governance.holding_statement",
        "  ",
    )
    governance = {p.stage: p for p in plan_progress(plan)}["governance"]
    assert governance.missing == ("Two-factor authentication confirmed", "Holding statement")
    assert (governance.done, governance.total) == (7, 9)
    assert governance.fraction == 7 / 9


def test_one_incomplete_post_keeps_implementation_incomplete(example, edit):
    plan = edit(example, "implementation.posts[1].channels[2].publish_time", None)
    implementation = {p.stage: p for p in plan_progress(plan)}["implementation"]
    assert implementation.missing == ("Channel, text, date and time for every channel post",)


def test_an_approver_who_is_the_author_does_not_count(example, edit):
    plan = edit(example, "implementation.approvers", [{"name": "Jordan Pike", "role": "x"}])
    implementation = {p.stage: p for p in plan_progress(plan)}["implementation"]
    assert implementation.missing == ("An approver who is not the author",)


def test_progress_does_not_depend_on_dates_being_in_the_future(example, edit):
    plan = edit(example, "review_date", "2001-01-01")
    assert overall_fraction(plan_progress(plan)) == 1


def test_channel_types_follow_the_catalogue_given(example):
    everything_social = dict.fromkeys(example.strategy.channels, "social")
    strategy = {p.stage: p for p in plan_progress(example, everything_social)}["strategy"]
    assert strategy.missing == ("A channel that is not social media",)
