"""Checking the question: every mistake named, with the valid values; nothing raises."""

from __future__ import annotations

import pytest

from firstpost.core.channels import ChannelQuery, validate_query


def messages(**changes) -> list[str]:
    query = ChannelQuery(**{"audiences": ("specialists",), **changes})
    return [p.message for p in validate_query(query)]


def test_a_sensible_question_has_no_problems():
    assert messages() == []


def test_unknown_purpose_names_the_valid_ones():
    assert messages(purpose="marketing") == [
        "'marketing' is not a purpose the tool knows. Choose one of: recruitment, "
        "onboarding, learning, employer-brand."
    ]


def test_unknown_audience_names_the_valid_ones():
    (message,) = messages(audiences=("pensioners",))
    assert "'pensioners' is not an audience the tool knows" in message
    assert "graduates-interns, school-leavers, specialists" in message


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        (-1, "Staff hours a week cannot be negative; use 0 or more."),
        (float("nan"), "Staff hours a week must be a number."),
        (500, "500 staff hours a week is more than a small pilot needs; use 80 or fewer."),
    ],
)
def test_hours_out_of_range(hours, expected):
    assert messages(hours_per_week=hours) == [expected]


def test_weights_must_be_0_to_5_and_not_all_zero():
    assert messages(weights={"audience": 7, "purpose": 3, "effort": 2, "risk": 2}) == [
        "The weight for 'audience' must be a whole number from 0 to 5."
    ]
    assert messages(weights={"audience": 0, "purpose": 0, "effort": 0, "risk": 0}) == [
        "Every weight is 0, so nothing would count: give at least one criterion a weight "
        "from 1 to 5."
    ]
    assert "'reach' is not a criterion" in messages(weights={"reach": 1})[0]


def test_other_closed_lists_are_checked():
    found = messages(risk_appetite="reckless", monitoring="never", approvals="weeks")
    assert [m.split(" is ")[0] for m in found] == ["'reckless'", "'never'", "'weeks'"]
