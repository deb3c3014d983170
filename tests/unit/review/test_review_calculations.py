"""The review's sums, checked by hand.

The pilot: two vacancies. Post 1 (a nurse) on LinkedIn and our jobs website, post 2 (a
porter) on Facebook. Worked out with a calculator:
- impressions 10,000 + 5,000 = 15,000 (the jobs website gave none: 2 of 3 rows);
- clicks 250 + 50 = 300; click-through 300 ÷ 15,000 = 2.0%;
- applications 10 + 6 + 4 = 20; per vacancy 20 ÷ 2 = 10;
- shortlisted 4 + 3 + 2 = 9; hires 1 + 1 + 0 = 2;
- cost £300 + £0 + £200.50 = £500.50, plus other costs £1,000 = £1,500.50;
  cost per hire £1,500.50 ÷ 2 = £750.25;
- time to hire (10 weeks × 1 hire + 14 × 1) ÷ 2 hires = 12 weeks (Facebook: no hires);
- conversion ratio, from the two rows with group figures: hires 1 of 2 from the group
  (50%), applicants 5 of 16 (31.25%): 0.5 ÷ 0.3125 = 1.6;
- through social media: hires 1 of 2, applications 14 of 20 (70%).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from firstpost.core.plan import ChannelPost, Measure, Objective, Plan, Post, Scoring
from firstpost.core.plan.model import Implementation
from firstpost.core.review.calculations import review_totals
from firstpost.core.review.compare import (
    compare_measures,
    compare_objectives,
    first_number,
    judge,
    suggested_actual,
)
from firstpost.core.review.model import ChannelActuals, LabelledActual, PilotReview, fitted_to_plan

PLAN = Plan(
    title="Nurses and porters",
    objectives=(Objective(what="Applications", baseline=4, target=10, unit="per vacancy"),),
    implementation=Implementation(
        posts=(
            Post(
                role="Nurse",
                channels=(ChannelPost(channel="linkedin"), ChannelPost(channel="jobs-site")),
            ),
            Post(role="Porter", channels=(ChannelPost(channel="facebook"),)),
        )
    ),
    scoring=Scoring(
        measures=(
            Measure(
                level="outcomes", name="Cost per hire", baseline="£4,200", target="£3,000 or less"
            ),
            Measure(level="outcomes", name="Applications per vacancy", baseline="4", target="10"),
            Measure(
                level="outcomes", name="Source of hire", baseline="Not recorded", target="1 of 2"
            ),
            Measure(level="impact", name="Vacancy rate", baseline="18%", target="15%"),
        )
    ),
)
ROWS = (
    ChannelActuals(
        post=0,
        channel="linkedin",
        impressions="10,000",
        clicks="250",
        applications="10",
        shortlisted="4",
        hires="1",
        cost="£300",
        time_to_hire="10",
        group_applications="4",
        group_hires="1",
    ),
    ChannelActuals(
        post=0,
        channel="jobs-site",
        applications="6",
        shortlisted="3",
        hires="1",
        cost="£0",
        time_to_hire="14 weeks",
        group_applications="1",
        group_hires="0",
    ),
    ChannelActuals(
        post=1,
        channel="facebook",
        impressions="5000",
        clicks="50",
        applications="4",
        shortlisted="2",
        hires="0",
        cost="200.50",
    ),
)
REVIEW = PilotReview(rows=ROWS, other_costs="£1,000", vacancy_rate="15")


@pytest.fixture
def totals():
    return review_totals(PLAN, REVIEW)


def test_chain_totals_and_how_many_rows_gave_them(totals):
    assert (totals.impressions.value, totals.impressions.filled, totals.impressions.rows) == (
        15000,
        2,
        3,
    )
    assert totals.clicks.value == 300
    assert (totals.applications.value, totals.shortlisted.value, totals.hires.value) == (20, 9, 2)
    assert totals.applications.complete and not totals.impressions.complete


def test_rates_and_costs(totals):
    assert totals.click_through == pytest.approx(0.02)
    assert totals.applications_per_vacancy == 10
    assert totals.channel_costs == Decimal("500.50")
    assert totals.total_cost == Decimal("1500.50")
    assert totals.cost_per_hire == Decimal("750.25")
    assert totals.time_to_hire == Decimal("12")
    assert totals.conversion_ratio == pytest.approx(1.6)
    assert (totals.social_hires, totals.social_applications) == (1, 14)
    assert totals.vacancy_rate == Decimal("15")


def test_by_channel(totals):
    assert [(c.label, c.applications, c.hires, c.cost) for c in totals.channels] == [
        ("LinkedIn", 10, 1, Decimal("300")),
        ("Our jobs website", 6, 1, Decimal("0")),
        ("Facebook", 4, 0, Decimal("200.50")),
    ]


def test_wrong_figures_are_left_out_not_guessed():
    rows = (ROWS[0].model_copy(update={"hires": "one"}), *ROWS[1:])
    totals = review_totals(PLAN, REVIEW.model_copy(update={"rows": rows}))
    assert totals.hires.value == 1 and totals.hires.filled == 2
    assert totals.cost_per_hire == Decimal("1500.50")


def test_impossible_figures_are_left_out_until_fixed_but_queried_ones_count():
    # LinkedIn: 12 hires from 10 applications cannot be right, so its hires are left out;
    # the other rows' hires (1 + 0) remain: cost per hire £1,500.50 ÷ 1.
    rows = (ROWS[0].model_copy(update={"hires": "12"}), *ROWS[1:])
    totals = review_totals(PLAN, REVIEW.model_copy(update={"rows": rows}))
    assert totals.hires.value == 1 and totals.hires.filled == 2
    assert totals.applications.value == 20
    assert totals.cost_per_hire == Decimal("1500.50")
    # More clicks than impressions is only queried (a warning): it is still counted.
    rows = (ROWS[0].model_copy(update={"clicks": "20000"}), *ROWS[1:])
    totals = review_totals(PLAN, REVIEW.model_copy(update={"rows": rows}))
    assert totals.clicks.value == 20_050


def test_nothing_typed_means_nothing_worked_out():
    totals = review_totals(PLAN, fitted_to_plan(PLAN, PilotReview()))
    assert totals.impressions.value is None
    assert totals.click_through is None and totals.cost_per_hire is None
    assert totals.time_to_hire is None and totals.conversion_ratio is None
    assert totals.total_cost is None


def test_no_hires_means_no_cost_per_hire_rather_than_a_division_by_zero():
    rows = tuple(r.model_copy(update={"hires": "0"}) for r in ROWS)
    assert review_totals(PLAN, REVIEW.model_copy(update={"rows": rows})).cost_per_hire is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("£4,200 (2029, with agency)", 4200),
        ("16 weeks", 16),
        ("18%", 18),
        ("0.7", 0.7),
        ("Not recorded before", None),
        ("15,000", 15000),
        ("", None),
    ],
)
def test_first_number_in_a_measure(text, number):
    assert first_number(text) == number


def test_verdicts_follow_the_direction_the_plan_set():
    assert judge(4, 10, 10) == "met"
    assert judge(4, 10, 7) == "improved"
    assert judge(4, 10, 3) == "not-improved"
    assert judge(4200, 3000, 2900) == "met"  # lower is better
    assert judge(4200, 3000, 3500) == "improved"
    assert judge(4200, 3000, 5000) == "not-improved"
    assert judge(None, 3, 3) == "met"
    assert judge(None, 3, 2) == "not-comparable"
    assert judge(1, 2, None) == "no-actual"


def test_measures_and_objectives_against_the_plan(totals):
    review = REVIEW.model_copy(
        update={
            "objective_actuals": (LabelledActual(label="Applications", actual="10"),),
            "measure_actuals": (
                LabelledActual(label="Cost per hire", actual="£750.25"),
                LabelledActual(label="Applications per vacancy", actual="7"),
                LabelledActual(label="Source of hire", actual="Both hires"),
            ),
        }
    )
    verdicts = [(c.name, c.verdict) for c in compare_measures(PLAN, review)]
    assert verdicts == [
        ("Cost per hire", "met"),
        ("Applications per vacancy", "improved"),
        ("Source of hire", "not-comparable"),
        ("Vacancy rate", "no-actual"),
    ]
    (objective,) = compare_objectives(PLAN, review)
    assert (objective.baseline, objective.target, objective.verdict) == (
        "4 per vacancy",
        "10 per vacancy",
        "met",
    )


def test_suggestions_match_the_measure_the_name_describes(totals):
    assert suggested_actual("Applications per vacancy", totals) == "10"
    assert suggested_actual("Cost per hire", totals) == "£750.25"
    assert suggested_actual("Time to hire", totals) == "12.0 weeks"
    assert suggested_actual("Conversion ratio for Black applicants", totals) == "1.6"
    assert suggested_actual("Source of hire", totals) == "50% of hires came through social media"
    assert suggested_actual("Applicants who found the job through LinkedIn", totals) == (
        "70% of applicants came through social media"
    )
    assert suggested_actual("Clicks to the jobs website", totals) == "300"
    assert suggested_actual("Impressions of pilot posts", totals) == "15,000"
    assert suggested_actual("Vacancy rate", totals) == "15%"
    assert suggested_actual("Hires", totals) == "2"
    assert suggested_actual("People at the open evening", totals) is None
