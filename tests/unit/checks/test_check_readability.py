"""Readability: long sentences, Flesch reading ease and plainer words."""

from __future__ import annotations

import pytest

from firstpost.core.checks.readability import band, syllables
from tests.unit.checks.checks_helpers import rules, run

PLAIN = (
    "We need a social worker to join our team. You will help families. "
    "The pay is good. You get a mentor in your first year. Come and meet us. "
    "Apply by the end of March."
)
HARD = (
    "The organisation's comprehensive recruitment methodology necessitates "
    "demonstrable proficiency in multidisciplinary collaborative environments, "
    "notwithstanding considerable organisational complexity and accountability. "
    "Applicants should additionally evidence sophisticated interpersonal communication "
    "capabilities alongside comprehensive regulatory understanding."
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("job", 1), ("social", 2), ("worker", 2), ("family", 3), ("organisation", 5), ("the", 1)],
)
def test_syllables(word, expected):
    assert syllables(word) == expected


def test_plain_text_scores_well_and_has_no_findings():
    result = run(PLAIN)
    assert rules(result, "readability") == []
    score = next(m.value for m in result.measures if m.label == "Reading ease")
    assert int(score.split()[0]) >= 70


def test_hard_text_is_flagged_with_its_long_words():
    result = run(HARD)
    finding = next(f for f in result.findings if f.rule == "reading-ease")
    assert finding.severity == "fix"
    assert "is 0 out of 100 (very hard)" in finding.message  # the formula gives below 0
    listed = finding.suggestion.split("Long words here: ")[1].rstrip(".").split(", ")
    assert len(listed) == 3 and all(word in HARD for word in listed)


def test_long_sentence_is_highlighted_whole():
    sentence = " ".join(["word"] * 26) + "."
    text = f"Short one. {sentence} Another short one."
    result = run(text)
    finding = next(f for f in result.findings if f.rule == "long-sentence")
    assert "26 words" in finding.message
    assert result.quote(finding) == sentence
    assert rules(run(" ".join(["word"] * 25) + "."), "readability") == []


def test_sentence_ends_are_not_found_inside_links_or_abbreviations():
    text = (
        "Visit www.westshire.gov.uk/jobs e.g. for social work, or talk to Dr. Patel "
        "about the role and the team and the support we offer and how to apply today"
    )
    result = run(text)
    # one sentence of 27 words: no full stop inside the link or after e.g./Dr. ended it
    assert rules(result, "readability") == ["long-sentence"]


def test_lines_are_sentences_and_hashtag_lines_are_not():
    text = "Great job for you\nApply now\n#SocialWorkJobs #Westshire"
    longest = next(m.value for m in run(text).measures if m.label == "Longest sentence")
    assert longest == "4 words"


def test_plain_words_suggest_alternatives():
    result = run("Please utilise the portal in order to apply prior to Friday.")
    found = {
        result.quote(f).lower(): f.suggestion for f in result.findings if f.rule == "plain-words"
    }
    assert found == {
        "utilise": "Try “use”.",
        "in order to": "Try “to”.",
        "prior to": "Try “before”.",
    }
    assert rules(run("Our utility team is in order."), "readability") == []


def test_short_or_non_english_text_is_not_scored():
    assert next(m.value for m in run("Hello there.").measures if m.label == "Reading ease") == (
        "not scored"
    )
    welsh_chinese = "我们正在招聘社会工作者。" * 30
    result = run(welsh_chinese)
    assert next(m.value for m in result.measures if m.label == "Reading ease") == "not scored"


def test_bands():
    assert band(95) == "very easy" and band(65) == "plain English" and band(10) == "very hard"
