"""A workshop's plans side by side: the right plans, and the right things about each."""

from __future__ import annotations

from firstpost.core.plan import plan_progress
from firstpost.core.workshop.overview import plan_column, workshop_codes, workshop_columns


def test_only_this_workshops_active_plans_in_title_order(plans, workshop):
    columns = workshop_columns(plans, " NOV26 ")
    assert [c.title for c in columns] == [
        "Adult care pilot",
        "Children's social worker recruitment pilot, spring 2030",
        "Porters",
    ]
    # teams type the code as they see fit: capitals do not split a workshop
    assert [c.title for c in workshop_columns(plans, "nov26")] == [c.title for c in columns]


def test_codes_in_use_are_offered_with_their_sizes(plans, workshop):
    assert workshop_codes(plans) == [("NOV26", 3), ("DEC26", 1)]


def test_a_column_holds_channels_posts_top_risks_measures_and_progress(plans, workshop, example):
    column = plan_column(plans.get(workshop["full"]))
    assert column.channels == "LinkedIn, Facebook, Our jobs website"
    assert column.posts[0] == (
        "Children's social worker, Family Support team (3 channels, closes 29 March 2030)"
    )
    scores = sorted((r.score or 0 for r in example.risks), reverse=True)[:3]
    assert [int(line.rsplit("score ", 1)[1].rstrip(")")) for line in column.top_risks] == scores
    assert column.measures[0] == "Outputs: Impressions of pilot posts on LinkedIn and Facebook"
    assert column.progress == plan_progress(example)
    assert column.owner == "Amara Osei"


def test_an_empty_plan_still_makes_a_column(plans, workshop):
    column = plan_column(plans.get(workshop["empty"]))
    assert column.posts == () and column.top_risks == () and column.measures == ()
    assert column.owner == "bo"  # no owner typed: the account it belongs to
    assert 0 <= column.percent < 20


def test_a_plan_deleted_while_the_list_is_read_is_left_out(plans, workshop, monkeypatch):
    real_get = plans.get

    def get(plan_id):
        if plan_id == workshop["empty"]:
            plans.delete(plan_id)
        return real_get(plan_id)

    monkeypatch.setattr(plans, "get", get)
    assert len(workshop_columns(plans, "NOV26")) == 2


def test_codes_typed_in_different_capitals_are_one_workshop(plans):
    from firstpost.core.plan import Plan

    plans.create(Plan(title="One", workshop_code="jan27"), "local:a")
    plans.create(Plan(title="Two", workshop_code="JAN27"), "local:b")
    assert ("JAN27", 2) in workshop_codes(plans)
