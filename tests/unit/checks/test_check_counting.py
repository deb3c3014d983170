"""Counting as the platforms count: X's weighting, Bluesky's graphemes, plain characters."""

from __future__ import annotations

import pytest

from firstpost.core.checks.counting import count_text, x_char_weight
from firstpost.core.checks.post import Post


def x_count(text: str, limit: int = 280):
    return count_text(text, "x-weighted", limit, urls=Post(text).urls)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("Hello", 5),
        ("£38,000 – apply now", 19),  # £ and the en dash are in X's light ranges
        ("https://www.westshire.gov.uk/jobs/children/social-work/2030/family-support", 23),
        ("Apply: jobs.westshire.gov.uk/social-work", 7 + 23),  # no http needed
        ("http://a.co", 23),  # a short link still counts 23
        ("🎉", 2),
        ("👩🏽\u200d⚕️", 2),  # one emoji however many code points
        ("🇬🇧", 2),
        ("日本語", 6),  # Chinese and Japanese characters count 2
        ("Ελληνικά", 8),  # Greek counts 1
        ("cafe\u0301", 4),  # normalised to "café" first
        ("𝗯𝗼𝗹𝗱", 8),  # "bold" letters from a text generator count 2 each
        ("e.g. 3.5 hours", 14),  # not links
    ],
)
def test_x_weighted_counts(text, expected):
    assert x_count(text).count == expected


def test_x_light_ranges_match_the_published_config():
    assert x_char_weight("a") == 1
    assert x_char_weight("\u10ff") == 1
    assert x_char_weight("\u1100") == 2
    assert x_char_weight("\u2010") == 1 and x_char_weight("\u201f") == 1
    assert x_char_weight("\u2020") == 2
    assert x_char_weight("\u2032") == 1 and x_char_weight("\u2038") == 2


def test_over_limit_position_is_where_the_text_stops_fitting():
    text = "a" * 270 + " 🎉🎉🎉🎉🎉🎉"
    counted = x_count(text)
    assert counted.count == 271 + 12
    # 271 + 2 + 2 + 2 + 2 = 279 fits; the fifth emoji (one code point each) takes it to 281
    assert counted.over_from == 271 + 4
    assert text[counted.over_from :] == "🎉🎉"
    assert counted.over_by == 3


def test_a_link_that_crosses_the_limit_is_highlighted_whole():
    text = "b" * 270 + " https://example.gov.uk/a/very/long/path"
    counted = x_count(text)
    assert counted.count == 271 + 23
    assert counted.over_from == 271


def test_graphemes_and_characters_differ_on_emoji():
    text = "👍🏽" * 151  # 302 code points, 151 things a reader sees
    assert count_text(text, "graphemes", 300).over_from is None
    counted = count_text(text, "characters", 300)
    assert counted.count == 302 and counted.over_from == 300


def test_see_more_position():
    text = "word " * 60  # 300 characters
    counted = count_text(text, "characters", 3000, visible_before_more=210)
    assert counted.visible_end == 210 and counted.over_from is None
    short = count_text("short", "graphemes", 300, visible_before_more=210)
    assert short.visible_end is None
    assert count_text("x" * 211, "graphemes", 300, visible_before_more=210).visible_end == 210


def test_empty_and_exact_limits():
    assert count_text("", "x-weighted", 280).over_from is None
    exact = count_text("a" * 280, "x-weighted", 280)
    assert exact.count == 280 and exact.over_from is None
    assert count_text("a" * 281, "x-weighted", 280).over_from == 280


def test_line_breaks_written_as_cr_lf_count_once_in_graphemes():
    text = "ab\r\n" * 100  # 300 graphemes in 400 code points
    counted = count_text(text, "graphemes", 250)
    assert counted.count == 300
    # 83 repeats make 249 graphemes; "a" is the 250th, "b" the first that does not fit
    assert counted.over_from == 83 * 4 + 1
