"""Timeline data: when each event happened and how long after the start, in words."""

from __future__ import annotations

from datetime import datetime

import pytest
from case_fixtures import make_case

from firstpost.core.case_studies.timeline import (
    elapsed_text,
    span_text,
    timeline_points,
    when_text,
)


def test_points_carry_time_since_the_start(case):
    points = timeline_points(case)
    assert [p.number for p in points] == [1, 2, 3]
    assert [p.since_start for p in points] == [
        "the start",
        "1 hour 30 minutes later",
        "2 days later",
    ]
    assert points[0].when_text == "Mon 2 Mar 2020, 09:00"
    assert points[2].when_text == "Wed 4 Mar 2020"


@pytest.mark.parametrize(
    ("start", "end", "precision", "approximate", "expected"),
    [
        ("2020-01-01 09:00", "2020-01-01 09:00", "minute", False, "at the same time"),
        ("2020-01-01 09:00", "2020-01-01 09:45", "minute", False, "45 minutes later"),
        ("2020-01-01 09:00", "2020-01-01 10:00", "minute", False, "1 hour later"),
        ("2020-01-01 09:00", "2020-01-02 21:00", "minute", True, "about 36 hours later"),
        ("2020-01-01 09:00", "2020-01-05 09:00", "minute", False, "4 days later"),
        ("2020-01-01", "2020-01-01", "day", True, "the same day"),
        ("2020-01-01", "2020-01-02", "day", False, "1 day later"),
        ("2020-01-01", "2020-04-01", "day", False, "3 months later"),
        ("2020-01-01", "2023-01-01", "day", False, "3 years later"),
        ("2016-12-01", "2017-12-01", "month", True, "about 12 months later"),
        ("2011-01-01", "2011-06-01", "year", True, "the same year"),
        ("2011-01-01", "2014-10-27", "year", True, "about 3 years later"),
    ],
)
def test_elapsed_text(start, end, precision, approximate, expected):
    got = elapsed_text(
        datetime.fromisoformat(start), datetime.fromisoformat(end), precision, approximate
    )
    assert got == expected


def test_rough_dates_never_show_a_made_up_day():
    case = make_case(
        timeline=[
            {"at": "2011-01-01", "approximate": True, "event": "Sometime in 2011."},
            {"at": "2013-06-01", "approximate": True, "event": "Sometime in June 2013."},
            {"at": "2013-06-14", "approximate": True, "event": "Around the 14th."},
        ],
        decision_points=[],
    )
    assert [p.when_text for p in timeline_points(case)] == ["2011", "Jun 2013", "about 14 Jun 2013"]
    assert [p.since_start for p in timeline_points(case)] == [
        "the start",
        "about 2 years later",
        "about 2 years later",
    ]


def test_when_text_forms():
    moment = datetime(2014, 1, 30, 18, 0)
    assert when_text(moment, "minute", False) == "Thu 30 Jan 2014, 18:00"
    assert when_text(moment, "day", True) == "about 30 Jan 2014"


def test_span_text_summarises_the_story(case):
    points = timeline_points(case)
    assert span_text(points) == (
        "The timeline has 3 events, from Mon 2 Mar 2020, 09:00 to Wed 4 Mar 2020 (2 days in all)."
    )
    assert span_text(points[:1]) == "The timeline has one event, on Mon 2 Mar 2020, 09:00."
    assert span_text(()) == "The timeline has no events."


def test_real_cases_show_how_long_the_response_took(content):
    police = timeline_points(content.case_study("police-scotland-facebook-chat"))
    assert [p.when_text for p in police] == ["Thu 30 Jan 2014, 18:00", "Thu 30 Jan 2014, 20:00"]
    assert police[-1].since_start == "2 hours later"
    dominos = timeline_points(content.case_study("dominos-video"))
    assert [p.since_start for p in dominos] == ["the start", "about 1 day later", "about 48 hours"]
    assert "48 hours" in dominos[-1].event
    # McDonald's reacted within hours, all on one day: the sources' own spans are shown,
    # not "the same day" worked out from the dates
    mcd = timeline_points(content.case_study("mcdstories"))
    assert [p.since_start for p in mcd[:4]] == [
        "the start",
        "within an hour",
        "under 2 hours",
        "under 3 hours",
    ]
    assert [p.stated for p in mcd[:5]] == [False, True, True, True, False]


def test_stated_spans_replace_worked_out_times(case):
    timeline = [
        {"at": "2020-03-02", "approximate": True, "event": "A post goes out."},
        {"at": "2020-03-02", "approximate": True, "elapsed": "within an hour", "event": "Seen."},
    ]
    points = timeline_points(make_case(timeline=timeline, decision_points=[]))
    assert [p.since_start for p in points] == ["the start", "within an hour"]
    assert span_text(points) == (
        "The timeline has 2 events, from about 2 Mar 2020 to about 2 Mar 2020 "
        "(the last event within an hour after the first)."
    )
    # a span on the first event is ignored: it is the start by definition
    first = [{**timeline[0], "elapsed": "oops"}, timeline[1]]
    assert timeline_points(make_case(timeline=first, decision_points=[]))[0].since_start == (
        "the start"
    )
