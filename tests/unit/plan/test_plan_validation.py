"""Sign-off checks: every problem at once, in words a non-programmer can act on."""

from __future__ import annotations

from datetime import date, time

import pytest

from firstpost.core.plan import ChannelPost, Person, Plan, Post, Scoring, validate_plan

TODAY = date(2026, 11, 25)
CASE_STUDIES = {"mcdstories", "chrysler-tweet", "dominos-video"}


def problems_at(plan: Plan, **kwargs) -> dict[str, list]:
    found: dict[str, list] = {}
    for problem in validate_plan(plan, today=kwargs.pop("today", TODAY), **kwargs):
        found.setdefault(problem.path, []).append(problem)
    return found


def only(plan: Plan, **kwargs):
    """The single problem a one-field change should cause."""
    problems = validate_plan(plan, today=kwargs.pop("today", TODAY), **kwargs)
    assert len(problems) == 1, [p.describe() for p in problems]
    return problems[0]


def test_worked_example_has_no_problems(example):
    assert validate_plan(example, today=TODAY, case_study_ids=CASE_STUDIES) == []


def test_worked_example_stays_valid_until_its_first_post_goes_out(example):
    assert validate_plan(example, today=date(2030, 3, 4)) == []
    late = validate_plan(example, today=date(2030, 3, 5))
    assert {p.path for p in late} == {
        "implementation.posts[0].channels[0].publish_date",
        "implementation.posts[0].channels[1].publish_date",
        "implementation.posts[1].channels[0].publish_date",
    }


def test_an_empty_draft_gets_every_required_field_and_stays_a_plan():
    problems = validate_plan(Plan(), today=TODAY)
    paths = {p.path for p in problems if p.is_error}
    assert {
        "title",
        "owner",
        "organisation",
        "review_date",
        "objectives",
        "audience.audiences",
        "strategy.channels",
        "implementation.posts",
        "implementation.approvers",
        "governance.two_factor_confirmed",
        "governance.screening_policy_confirmed",
        "risks",
        "scoring.measures",
    } <= paths
    stages = [p.stage for p in problems]
    assert stages == sorted(
        stages,
        key=[
            "objectives",
            "audience",
            "strategy",
            "implementation",
            "governance",
            "risks",
            "scoring",
            "summary",
        ].index,
    )
    assert all(p.message and p.fix for p in problems)


def test_closing_date_before_first_publish_date(example, edit):
    problem = only(edit(example, "implementation.posts[1].closing_date", date(2030, 3, 3)))
    assert problem.path == "implementation.posts[1].closing_date"
    assert "closing date is before the first publish date" in problem.message
    assert problem.severity == "error" and problem.stage == "implementation"


def test_a_post_going_out_after_its_vacancy_closes(example, edit):
    plan = edit(example, "implementation.posts[1].channels[2].publish_date", date(2030, 4, 1))
    problem = only(plan)
    assert problem.path == "implementation.posts[1].channels[2].publish_date"
    assert "after the vacancy closes" in problem.message


def test_publish_slot_in_the_past(example, edit):
    plan = edit(example, "implementation.posts[0].channels[1].publish_date", date(2026, 11, 24))
    problem = only(plan)
    assert problem.path == "implementation.posts[0].channels[1].publish_date"
    assert "in the past" in problem.message


def test_review_date_before_the_closing_date(example, edit):
    problem = only(edit(example, "review_date", date(2030, 3, 20)))
    assert (problem.path, problem.stage) == ("review_date", "summary")
    assert "before the closing date (29 March 2030)" in problem.message


def test_approver_who_is_also_the_author(example, edit):
    plan = edit(example, "implementation.approvers[1]", {"name": "  jordan  PIKE", "role": "x"})
    problem = only(plan)
    assert problem.path == "implementation.approvers[1].name"
    assert "Nobody should approve their own post" in problem.message


def test_more_than_five_posts(example):
    posts = example.implementation.posts
    six = example.model_copy(
        update={"implementation": example.implementation.model_copy(update={"posts": posts * 3})}
    )
    problem = only(six)
    assert problem.path == "implementation.posts"
    assert "6 posts" in problem.message and "at most 5" in problem.message


def test_post_text_over_the_channel_limit(example, edit):
    plan = edit(example, "implementation.posts[0].channels[1].text", "a" * 3001)
    problem = only(plan)
    assert problem.path == "implementation.posts[0].channels[1].text"
    assert problem.message.endswith("3,001 characters; LinkedIn allows 3,000.")
    assert problem.fix == "Cut 1 character."


def test_channel_limits_come_from_the_caller(example):
    problems = validate_plan(example, today=TODAY, channel_limits={"linkedin": 200})
    assert {p.path for p in problems} == {
        "implementation.posts[0].channels[1].text",
        "implementation.posts[1].channels[1].text",
    }


def test_a_pasted_megabyte_title_is_reported_not_refused(example):
    plan = example.model_copy(update={"title": "x" * 1_048_576})
    problem = only(plan)
    assert problem.path == "title"
    assert "1,048,576 characters" in problem.message and "200" in problem.message


def test_long_text_deep_in_the_plan_is_reported_by_path(example, edit):
    problem = only(edit(example, "risks[2].owner", "y" * 201))
    assert problem.path == "risks[2].owner"
    assert problem.stage == "risks"


def test_an_overlong_line_in_a_list_is_named_by_its_line(example, edit):
    problem = only(edit(example, "governance.account_admins[1]", "z" * 201))
    assert problem.path == "governance.account_admins[1]"
    assert problem.message.startswith("Governance › Account admins, line 2 is 201 characters")


@pytest.mark.parametrize("value", [0, 6, -1])
def test_likelihood_and_impact_outside_one_to_five(example, edit, value):
    for field in ("likelihood", "impact"):
        problem = only(edit(example, f"risks[4].{field}", value))
        assert problem.path == f"risks[4].{field}"
        assert f"is {value}; it must be from 1 to 5" in problem.message


def test_social_media_alone_breaks_the_acas_advice(example, edit):
    plan = edit(example, "strategy.channels", ["linkedin", "facebook"])
    found = problems_at(plan)
    channel_problem = found["strategy.channels"][0]
    assert channel_problem.message == "Every channel is social media."
    assert "Acas" in channel_problem.fix
    # the jobs-site posts now use a channel missing from the strategy: a warning each
    assert {p.severity for p in found["implementation.posts[0].channels[0].channel"]} == {"warning"}


def test_a_social_media_pilot_needs_one_social_channel(example, edit):
    plan = edit(example, "strategy.channels", ["jobs-site", "jobcentre"])
    assert "None of the channels is social media." in [
        p.message for p in problems_at(plan)["strategy.channels"]
    ]


def test_unknown_channel_ids_are_errors_and_the_catalogue_is_a_parameter(example, edit):
    plan = edit(example, "strategy.channels", ["linkedin", "facebook", "jobs-site", "newsletter"])
    problem = only(plan)
    assert problem.path == "strategy.channels[3]"
    assert '"newsletter" is not a channel' in problem.message
    catalogue = {
        "linkedin": "social",
        "facebook": "social",
        "jobs-site": "non-social",
        "newsletter": "non-social",
    }
    assert validate_plan(plan, today=TODAY, channel_catalogue=catalogue) == []


@pytest.mark.parametrize(
    ("field", "words"),
    [("baseline", "no baseline"), ("target", "no target"), ("by_when", "no date")],
)
def test_smart_objective_needs_baseline_target_and_date(example, edit, field, words):
    problem = only(edit(example, f"objectives[1].{field}", None))
    assert problem.path == f"objectives[1].{field}"
    assert words in problem.message and problem.severity == "error"


def test_two_factor_and_screening_policy_must_be_confirmed(example, edit):
    plan = edit(
        edit(example, "governance.two_factor_confirmed", False),
        "governance.screening_policy_confirmed",
        False,
    )
    found = problems_at(plan)
    assert set(found) == {
        "governance.two_factor_confirmed",
        "governance.screening_policy_confirmed",
    }
    assert "ICO" in found["governance.screening_policy_confirmed"][0].fix


def test_accessibility_items_not_ticked_are_warnings(example, edit):
    plan = edit(example, "governance.accessibility_checks", ["alt-text"])
    problems = validate_plan(plan, today=TODAY)
    assert len(problems) == 3 and {p.severity for p in problems} == {"warning"}


def test_a_single_admin_is_a_warning(example, edit):
    problem = only(edit(example, "governance.account_admins", ["Lewis Grant"]))
    assert problem.severity == "warning" and "second" in problem.fix


def test_missing_impact_measure_is_a_warning_but_missing_outcomes_is_an_error(example):
    measures = example.scoring.measures
    no_impact = example.model_copy(
        update={"scoring": Scoring(measures=tuple(m for m in measures if m.level != "impact"))}
    )
    assert only(no_impact).severity == "warning"
    no_outcomes = example.model_copy(
        update={"scoring": Scoring(measures=tuple(m for m in measures if m.level != "outcomes"))}
    )
    assert only(no_outcomes).severity == "error"


def test_case_study_links_are_checked_when_the_list_is_given(example, edit):
    plan = edit(example, "risks[0].case_study", "no-such-case")
    assert validate_plan(plan, today=TODAY) == []
    problem = only(plan, case_study_ids=CASE_STUDIES)
    assert problem.path == "risks[0].case_study" and problem.severity == "warning"


def test_half_typed_post_gets_one_problem_per_missing_field():
    plan = Plan(
        implementation={
            "posts": [Post(channels=(ChannelPost(channel="x", publish_date=date(2030, 1, 1)),))],
            "author": Person(name="Sam", role="Adviser"),
        }
    )
    found = problems_at(plan)
    slot = "implementation.posts[0].channels[0]"
    assert f"{slot}.text" in found and f"{slot}.publish_time" in found
    assert f"{slot}.publish_date" not in found
    assert "implementation.posts[0].role" in found
    assert "implementation.posts[0].closing_date" in found


def test_validation_reports_instead_of_crashing_on_an_unvalidated_copy(example):
    broken = example.model_copy(update={"title": None, "review_date": "soon"})
    problems = validate_plan(broken, today=TODAY)
    assert {p.path for p in problems} == {"title", "review_date"}


def test_times_and_dates_render_in_uk_style_in_messages(example, edit):
    plan = edit(example, "implementation.posts[0].closing_date", date(2026, 11, 1))
    messages = [p.message for p in validate_plan(plan, today=TODAY)]
    assert any("(1 November 2026) has passed" in m for m in messages)
    assert time(9, 0) == example.implementation.posts[0].channels[0].publish_time


def test_channels_without_a_known_limit_still_have_a_sanity_limit(example, edit):
    plan = edit(example, "implementation.posts[0].channels[0].text", "w " * 6000)
    problem = only(plan)
    assert problem.message.endswith("12,000 characters; the planner keeps posts to 10,000.")
    assert problem.fix == "Cut 2,000 characters."
