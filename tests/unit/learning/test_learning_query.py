"""The page address: deep links and personal links are checked, never trusted."""

from __future__ import annotations

from firstpost.core.learning.query import lessons_link, parse_request

IDS = ["why-social-media", "staying-safe"]


def test_empty_address_asks_for_nothing():
    request = parse_request("", IDS)
    assert request.learner_code is None and request.episode_id is None
    assert request.messages == () and not request.facilitator


def test_episode_and_learner_are_read_together():
    request = parse_request("learner=K7MP-Q2XA-9FTH&episode=staying-safe", IDS)
    assert request.learner_code == "k7mp-q2xa-9fth"
    assert request.episode_id == "staying-safe"
    assert request.messages == ()


def test_unknown_episode_gets_a_friendly_message():
    request = parse_request("episode=no-such-thing", IDS)
    assert request.episode_id is None
    assert len(request.messages) == 1
    assert "does not have" in request.messages[0]
    assert "no-such-thing" not in request.messages[0]  # never echo what was typed


def test_malformed_code_is_rejected_with_a_way_forward():
    request = parse_request("learner=%3Cb%3Ehello", IDS)
    assert request.learner_code is None and request.code_rejected
    assert "start afresh" in request.messages[0]
    assert "<b>" not in request.messages[0]


def test_facilitator_mode_and_leading_question_mark():
    assert parse_request("?mode=facilitator", IDS).facilitator
    assert not parse_request("mode=learner", IDS).facilitator


def test_very_long_addresses_are_cut_short_safely():
    request = parse_request("episode=" + "a" * 100_000, IDS)
    assert request.episode_id is None


def test_links_keep_the_code_and_episode():
    assert lessons_link() == "lessons.ipynb"
    assert lessons_link("K7MPQ2XA9FTH", "staying-safe") == (
        "lessons.ipynb?learner=k7mp-q2xa-9fth&episode=staying-safe"
    )
