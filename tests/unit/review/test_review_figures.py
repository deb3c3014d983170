"""Figures are read the way people write them; impossible ones are reported, never fixed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from firstpost.core.review.figures import (
    decision_problems,
    parse_count,
    parse_percent,
    parse_pounds,
    parse_weeks,
    review_problems,
    row_problems,
)
from firstpost.core.review.model import ChannelActuals, PilotReview


@pytest.mark.parametrize(
    ("typed", "value", "says"),
    [
        ("", None, None),
        ("1200", 1200, None),
        (" 1,200 ", 1200, None),
        ("15 000", 15000, None),
        ("12.0", 12, None),
        ("-4", None, "cannot be negative"),
        ("12.5", None, "whole number"),
        ("1,2OO", None, "should be a number"),
        ("lots", None, "should be a number"),
        ("99999999999", None, "too large"),
    ],
)
def test_counts(typed, value, says):
    got, problem = parse_count(typed)
    assert got == value
    assert problem is None if says is None else says in problem


@pytest.mark.parametrize(
    ("typed", "value", "says"),
    [
        ("1250", Decimal("1250"), None),
        ("£1,250.50", Decimal("1250.50"), None),
        ("1250 GBP", Decimal("1250"), None),
        ("£0", Decimal("0"), None),
        ("$300", None, "in pounds"),
        ("300 EUR", None, "in pounds"),
        ("-£5", None, "negative"),
        ("£-5", None, "negative"),
        ("12.345", None, "two figures after the point"),
        ("about 500", None, "amount in pounds"),
    ],
)
def test_costs_are_in_pounds_and_pence(typed, value, says):
    got, problem = parse_pounds(typed)
    assert got == value
    assert problem is None if says is None else says in problem


def test_weeks_and_percentages():
    assert parse_weeks("6 weeks") == (Decimal("6"), None)
    assert parse_weeks("6.5") == (Decimal("6.5"), None)
    assert "negative" in parse_weeks("-1")[1]
    assert "five years" in parse_weeks("300")[1]
    assert parse_percent("15%") == (Decimal("15"), None)
    assert "more than 100%" in parse_percent("150")[1]


def test_impossible_combinations_are_errors_and_unlikely_ones_warnings():
    row = ChannelActuals(
        impressions="100",
        clicks="150",
        applications="4",
        shortlisted="5",
        hires="6",
        group_applications="5",
        group_hires="7",
    )
    found = {(p.path, p.severity, p.message) for p in row_problems(0, "1. Nurse on LinkedIn", row)}
    assert ("rows[0].hires", "error", "Hires cannot be more than applications.") in found
    assert (
        "rows[0].shortlisted",
        "error",
        "Shortlisted cannot be more than applications.",
    ) in found
    assert (
        "rows[0].group_hires",
        "error",
        "Hires from the group cannot be more than all hires.",
    ) in found
    assert any(p == "rows[0].clicks" and s == "warning" for p, s, _m in found)
    assert any(p == "rows[0].hires" and s == "warning" for p, s, _m in found)


def test_each_problem_names_the_post_channel_and_box():
    (problem,) = row_problems(2, "3. Nurse on Facebook", ChannelActuals(hires="-1"))
    assert problem.label == "3. Nurse on Facebook: Hires"
    assert problem.message == "Hires cannot be negative."
    assert problem.is_error


def test_a_time_to_hire_without_hires_is_queried():
    (problem,) = row_problems(0, "x", ChannelActuals(time_to_hire="8"))
    assert problem.severity == "warning" and "no hires" in problem.message


def test_whole_review_problems_include_the_pilot_wide_figures():
    review = PilotReview(rows=(ChannelActuals(hires="x"),), other_costs="$5", vacancy_rate="120")
    paths = [p.path for p in review_problems(review, ["Row"])]
    assert paths == ["rows[0].hires", "other_costs", "vacancy_rate"]


def test_a_decision_needs_a_recommendation_and_a_lesson():
    assert [p.path for p in decision_problems(PilotReview())] == ["recommendation", "lessons"]
    assert decision_problems(PilotReview(recommendation="stop", lessons="Too slow")) == []
