"""Compare two versions: what changed, labelled and shown the way the planner shows it."""

from __future__ import annotations

from datetime import date

from firstpost.core.plan import Plan, Risk, diff_plans


def test_identical_plans_have_no_changes(example):
    assert diff_plans(example, example) == []


def test_a_changed_field_has_a_readable_label_and_values(example, edit):
    later = edit(example, "implementation.posts[1].closing_date", date(2030, 4, 5))
    [change] = diff_plans(example, later)
    assert change.path == "implementation.posts[1].closing_date"
    assert change.label == "Implementation › Post 2 › Closing date"
    assert (change.old, change.new) == ("29 March 2030", "5 April 2030")


def test_channel_and_audience_ids_are_shown_by_name(example, edit):
    later = edit(
        edit(example, "strategy.channels", ["linkedin", "jobs-site", "jobcentre"]),
        "audience.audiences",
        ["school-leavers"],
    )
    changes = {c.label: c for c in diff_plans(example, later)}
    assert changes["Strategy › Channels"].old == "LinkedIn; Facebook; Our jobs website"
    assert changes["Strategy › Channels"].new == "LinkedIn; Our jobs website; Jobcentre Plus"
    assert changes["Audience › Audiences"].new == "School leavers"


def test_added_and_removed_rows_are_one_change_each(example):
    fewer = example.model_copy(update={"risks": example.risks[:-1]})
    [removed] = diff_plans(example, fewer)
    assert removed.label == "Risk 6"
    assert removed.old.startswith("The posts mostly reach people") and removed.new == "(removed)"
    [added] = diff_plans(fewer, example)
    assert added.old == "(none)" and added.new.startswith("added: The posts mostly reach")


def test_changes_come_in_planner_order_with_booleans_and_blanks_in_words(example, edit):
    later = edit(edit(example, "title", ""), "governance.two_factor_confirmed", False)
    later = later.model_copy(update={"risks": (*later.risks[:1], Risk(risk=""), *later.risks[2:])})
    labels = [(c.label, c.old, c.new) for c in diff_plans(example, later)]
    assert labels[0] == ("Title", example.title, "(blank)")
    assert ("Governance › Two-factor authentication confirmed", "Yes", "No") in labels
    assert labels[-1][0].startswith("Risk 2 ›")


def test_a_new_plan_against_an_empty_one_lists_what_was_filled_in():
    changes = diff_plans(Plan(), Plan(title="Pilot", review_date=date(2030, 5, 1)))
    assert [(c.label, c.new) for c in changes] == [
        ("Title", "Pilot"),
        ("Review date", "1 May 2030"),
    ]
