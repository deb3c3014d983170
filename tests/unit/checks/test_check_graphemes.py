"""Characters as readers see them: what Bluesky counts and what X and GCS call an emoji."""

from __future__ import annotations

import itertools

import pytest

from firstpost.core.checks.graphemes import (
    count_graphemes,
    emoji_spans,
    grapheme_spans,
    graphemes,
    is_emoji,
)

FAMILY = "👩\u200d👩\u200d👧\u200d👦"  # one family emoji made of 7 code points
NURSE = "👩🏽\u200d⚕️"  # woman health worker, medium skin tone
FLAG_UK = "🇬🇧"
KEYCAP_ONE = "1\ufe0f\u20e3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("hello", 5),
        ("a\r\nb", 3),  # CR LF is one character
        ("cafe\u0301", 4),  # e + combining acute accent
        ("👍🏽", 1),  # thumbs up with a skin tone
        (FAMILY, 1),
        (NURSE, 1),
        (FLAG_UK + "🇫🇷", 2),  # two flags, not four letters or one blob
        ("🇬🇧🇫", 2),  # an odd regional indicator stands alone
        (KEYCAP_ONE, 1),
        ("한국어", 3),  # precomposed Hangul syllables
        ("\u1100\u1161\u11a8", 1),  # the same syllable as separate jamo
        ("नमस्ते", 4),  # Devanagari with vowel signs (no conjunct rule: 4, as many tools)
        ("ทำงาน", 4),  # Thai: the "am" vowel (a letter by category) joins the one before
        ("สวัสดี", 4),  # Thai tone and vowel marks above and below
        ("مَرحَبًا", 5),  # Arabic with vowel marks
        ("Jobs in Cymru 🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f!", 16),
    ],
)
def test_grapheme_counts(text, expected):
    assert count_graphemes(text) == expected


def test_spans_cover_the_text_in_order():
    text = f"Hi {NURSE} and {FAMILY}\r\nbye"
    spans = list(grapheme_spans(text))
    assert spans[0] == (0, 1)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert NURSE in graphemes(text) and FAMILY in graphemes(text) and "\r\n" in graphemes(text)


@pytest.mark.parametrize(
    ("cluster", "expected"),
    [
        ("🎉", True),
        (NURSE, True),
        (FAMILY, True),
        (FLAG_UK, True),
        (KEYCAP_ONE, True),
        ("❤\ufe0f", True),
        ("☎", True),  # shown as a picture by default in most fonts
        ("©", False),  # text symbols are not emoji unless asked to be
        ("©\ufe0f", True),
        ("™", False),
        ("→", False),
        ("a", False),
        ("1", False),
        ("£", False),
        ("", False),
    ],
)
def test_is_emoji(cluster, expected):
    assert is_emoji(cluster) is expected


def test_emoji_spans_find_whole_sequences_only():
    text = f"Great team {NURSE}{NURSE} © 2030 🎉"
    found = [text[s:e] for s, e in emoji_spans(text)]
    assert found == [NURSE, NURSE, "🎉"]
    assert emoji_spans("plain ASCII text, no emoji :-)") == []
