"""Figures with their status in words, the reason for doubt, and their sources."""

from __future__ import annotations

from firstpost.core.case_studies.badges import figure_badges
from firstpost.core.case_studies.catalogue import (
    case_cards,
    case_controls,
    case_detail,
    case_summary,
    find_case,
)


def test_mcdonalds_3pc_is_shown_first_as_disputed_with_its_reason(content):
    badges = figure_badges(content.case_study("mcdstories"), content)
    first = badges[0]
    assert (first.value, first.status, first.label) == ("3%", "disputed", "Disputed")
    assert first.badge_text.startswith("Disputed: the sources do not back it")
    assert "timing, not cause" in first.why
    assert {s.id for s in first.sources} >= {
        "cornerstone-2014-public-sector",
        "knowyourmeme-mcdstories",
    }
    assert {r.value for r in first.related} == {"2% of 72,788", "under 2 hours"}
    assert all(b.status != "disputed" for b in badges[1:])


def test_dominos_10pc_is_disputed_and_points_at_what_the_sources_show(content):
    badges = figure_badges(content.case_study("dominos-video"), content)
    ten = next(b for b in badges if b.value == "10%")
    assert ten.status == "disputed" and ten.why
    assert {r.value for r in ten.related} == {"-1 to -2%", "$2m"}


def test_embedded_figures_are_resolved_with_sources(content):
    badges = figure_badges(content.case_study("police-scotland-facebook-chat"), content)
    assert [b.value for b in badges] == ["8,000+", "140+", "£6,670"]
    assert all(b.sources and b.why for b in badges)
    citation = badges[0].sources[0].citation
    assert citation.endswith("reported by a third party)")


def test_cards_follow_the_course_order(content):
    cards = case_cards(content)
    assert [c.id for c in cards] == [c.id for c in content.case_studies]
    mcd = cards[0]
    assert (mcd.title, mcd.year, mcd.kind_label, mcd.decisions) == (
        "#McDStories",
        "2012",
        "Cautionary tale",
        3,
    )
    assert mcd.button_label == "Open #McDStories"
    assert {c.kind_label for c in cards} == {"Cautionary tale", "What worked"}


def test_cli_summary_and_detail(content):
    case = find_case(content, "chrysler-tweet")
    assert case_summary(case) == {
        "id": "chrysler-tweet",
        "title": "The Chrysler tweet",
        "date": "2011-03-09",
        "kind": "cautionary",
    }
    detail = case_detail(case, content)
    assert detail["timeline"][0]["since_start"] == "the start"
    assert detail["figures"][0]["status"] == "reported"
    assert detail["figures"][0]["sources"] == ["clickz-chrysler-2011", "pulse2-chrysler-2011"]
    assert [c["id"] for c in detail["controls"]][:2] == [
        "separate-corporate-devices",
        "two-factor-auth",
    ]
    assert all(s["title"] and s["kind"] in {"primary", "secondary"} for s in detail["sources"])
    assert find_case(content, "nope") is None


def test_controls_are_listed_once_with_every_lesson_naming_them(case):
    controls = case_controls(case)
    assert [c["id"] for c in controls] == ["no-open-hashtags", "house-rules", "named-spokesperson"]
    assert controls[1]["lessons"] == ["Have rules and a spokesperson."]
