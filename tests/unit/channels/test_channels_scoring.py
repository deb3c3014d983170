"""Scores worked out by hand from the rules the app shows under "How the scores work"."""

from __future__ import annotations

import pytest
from channel_fixtures import channel

from firstpost.core.channels import ChannelQuery, assess

RECRUIT = ChannelQuery(purpose="recruitment", audiences=("specialists", "general-public"))


def marks(result) -> dict[str, float]:
    return {c.criterion: c.score for c in result.criteria}


def test_social_channel_reaching_both_audiences_without_paid_promotion():
    # audience: specialists 1 + general public 0.5 (social, no paid promotion) = 1.5 / 2
    # purpose 1, effort 1 (2 h of 4), risk 0.5 (medium exposure, low appetite)
    # total = 100 * (3*0.75 + 3*1 + 2*1 + 2*0.5) / 10 = 82.5
    c = channel(
        "a",
        audiences=("specialists", "general-public"),
        purposes=("recruitment",),
        effort=2,
        exposure="medium",
    )
    result = assess(c, RECRUIT)
    assert marks(result) == {"audience": 0.75, "purpose": 1.0, "effort": 1.0, "risk": 0.5}
    assert [round(x.points, 2) for x in result.criteria] == [22.5, 30.0, 20.0, 10.0]
    assert result.total == pytest.approx(82.5)
    assert result.blocked is None


def test_paid_promotion_gives_full_reach_to_the_general_public():
    c = channel(
        "a",
        audiences=("specialists", "general-public"),
        purposes=("recruitment",),
        effort=2,
        exposure="medium",
    )
    result = assess(c, ChannelQuery(**{**RECRUIT.__dict__, "paid_promotion": True}))
    assert marks(result)["audience"] == 1.0
    assert result.total == pytest.approx(90.0)


def test_non_social_route_reaches_the_public_in_full_without_paying():
    # audience: specialists 0 + general public 1 = 0.5; the rest full: 100 * 8.5 / 10
    c = channel("b", kind="non-social", audiences=("general-public",), purposes=("recruitment",))
    result = assess(c, RECRUIT)
    assert marks(result) == {"audience": 0.5, "purpose": 1.0, "effort": 1.0, "risk": 1.0}
    assert result.total == pytest.approx(85.0)


def test_effort_over_the_hours_scores_hours_divided_by_need_and_is_left_out():
    c = channel("c", audiences=("specialists",), purposes=("recruitment",), effort=8)
    result = assess(c, RECRUIT)
    assert marks(result)["effort"] == 0.5
    assert result.blocked == "hours"
    assert result.why_not == "Needs about 8 h a week on its own; you have 4 h."


def test_no_hours_at_all_scores_zero_effort_unless_the_channel_needs_none():
    query = ChannelQuery(audiences=("specialists",), hours_per_week=0)
    assert marks(assess(channel("c", effort=2), query))["effort"] == 0.0
    assert marks(assess(channel("c", effort=0), query))["effort"] == 1.0


@pytest.mark.parametrize(
    ("appetite", "exposure", "mark"),
    [
        ("low", "low", 1.0),
        ("low", "medium", 0.5),
        ("low", "high", 0.0),
        ("medium", "high", 0.5),
        ("high", "high", 1.0),
    ],
)
def test_risk_mark_depends_on_the_gap_between_exposure_and_appetite(appetite, exposure, mark):
    query = ChannelQuery(audiences=("specialists",), risk_appetite=appetite)
    result = assess(channel("x", audiences=("specialists",), exposure=exposure), query)
    assert marks(result)["risk"] == mark
    assert (result.blocked == "risk") == (mark == 0.0)


def test_slow_replies_and_slow_approvals_each_lower_the_appetite_one_step():
    c = channel("x", audiences=("specialists",), exposure="high")
    high = ChannelQuery(audiences=("specialists",), risk_appetite="high")
    assert marks(assess(c, high))["risk"] == 1.0
    few_checks = ChannelQuery(**{**high.__dict__, "monitoring": "few-checks"})
    assert marks(assess(c, few_checks))["risk"] == 0.5
    both = ChannelQuery(**{**few_checks.__dict__, "approvals": "slower"})
    result = assess(c, both)
    assert result.blocked == "risk"
    assert "replies are checked only a few times a day" in result.why_not
    assert "approvals take longer than two working days" in result.why_not


@pytest.mark.parametrize(
    ("kind", "audiences", "mark"),
    [
        ("social", ("general-public",), 1.0),
        ("social", ("specialists",), 0.5),
        ("non-social", ("general-public",), 0.5),
    ],
)
def test_employer_brand_rule(kind, audiences, mark):
    query = ChannelQuery(purpose="employer-brand", audiences=("general-public",))
    result = assess(channel("e", kind=kind, audiences=audiences, purposes=("recruitment",)), query)
    assert marks(result)["purpose"] == mark


def test_weights_change_the_total_but_not_the_marks():
    c = channel("a", audiences=("specialists",), exposure="medium")  # purpose 0, risk 0.5
    only_risk = ChannelQuery(
        audiences=("specialists",), weights={"audience": 0, "purpose": 0, "effort": 0, "risk": 4}
    )
    assert assess(c, only_risk).total == pytest.approx(50.0)
    only_audience = ChannelQuery(
        audiences=("specialists",), weights={"audience": 1, "purpose": 0, "effort": 0, "risk": 0}
    )
    assert assess(c, only_audience).total == pytest.approx(100.0)


def test_a_channel_with_nothing_to_offer_says_so():
    result = assess(channel("z", audiences=("existing-staff",)), RECRUIT)
    assert result.blocked == "fit"
    assert result.why_not == (
        "No source in the kit shows it reaching specialists or the general public "
        "or serving recruitment."
    )


def test_retired_channel_is_blocked_with_its_note_whatever_it_scores():
    c = channel("old", audiences=("specialists",), purposes=("recruitment",), status="retired")
    result = assess(c, RECRUIT)
    assert result.blocked == "retired"
    assert result.why_not == "Retired, so never recommended. Closed; use something else."


def test_reasons_explain_each_mark_in_words():
    c = channel("a", audiences=("specialists",), purposes=("recruitment",), effort=2)
    texts = [r.text for r in assess(c, RECRUIT).reasons]
    assert "Reaches specialists: a reaches specialists." in texts
    assert "No source in the kit shows it reaching the general public." in texts
    assert "Serves recruitment: a serves recruitment." in texts
    assert "Needs about 2 h a week (the kit's estimate); you have 4 h." in texts
    assert any(t.startswith("Chance of a hashtag or thread being taken over: low.") for t in texts)
    assert "Moderation: Admins remove abuse." in texts
