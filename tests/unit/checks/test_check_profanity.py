"""Swearing: whole words and masked forms, never words that merely contain one."""

from __future__ import annotations

import pytest

from tests.unit.checks.checks_helpers import run


def swearing(text: str) -> list[tuple[str, str]]:
    result = run(text)
    return [(result.quote(f), f.severity) for f in result.findings if f.check == "profanity"]


@pytest.mark.parametrize(
    ("text", "quote", "severity"),
    [
        ("No one here knows how to fucking drive", "fucking", "stop"),
        ("What a load of SHIT.", "SHIT", "stop"),
        ("f*ck this", "f*ck", "stop"),
        ("f**k this", "f**k", "stop"),
        ("sh!t happens", "sh!t", "stop"),
        ("sh1t", "sh1t", "stop"),
        ("$hit", "$hit", "stop"),
        ("b*ll*cks to that", "b*ll*cks", "stop"),
        ("what a bloody mess", "bloody", "fix"),
        ("cr*p coffee", "cr*p", "fix"),
        ("Stop! *bastard*", "bastard", "stop"),
        ("wtf is this", "wtf", "stop"),
    ],
)
def test_swear_words_and_masked_forms_are_found(text, quote, severity):
    assert swearing(text) == [(quote, severity)]


@pytest.mark.parametrize(
    "text",
    [
        "Jobs in Scunthorpe and Penistone",
        "An assessment centre for analysts in our class of 2030",
        "Cocktail evening in Essex, Middlesex and Sussex",
        "Therapist, shiitake grower, Dickens scholar, Hancock Street",
        "A grass-roots scrap metal pass",
        "Needle-prick injuries are reported to the Trust; stopcock; the bird is a great tit",
        "£38,000 *plus* benefits, see note*",
        "Call us on 0300 123 4567 (24/7)",
        "",
    ],
)
def test_no_false_alarms(text):
    assert swearing(text) == []


def test_hashtags_are_read_word_by_word():
    assert swearing("#FuckMondays") == [("#FuckMondays", "stop")]
    assert swearing("#ScunthorpeJobs #ClassAct") == []


def test_links_addresses_and_mentions_are_not_read_as_swearing():
    assert swearing("See https://example.org/shit-list or mail shit@example.org") == []


def test_finding_explains_with_the_chrysler_case():
    result = run("f*ck")
    finding = result.findings[0]
    assert "Hiding letters does not help" in finding.message
    assert "Chrysler" in finding.suggestion
    assert finding.case_study == "chrysler-tweet"


def test_ten_thousand_characters_of_clean_text_are_clean():
    assert swearing("Assessment in Scunthorpe. " * 400) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("What the f*** is this", "f***"),  # a letter and stars: everyone reads the word
        ("S*** happens", "S***"),
        ("Shiiit, we are late", "Shiiit"),  # stretched letters
        ("Fuuuuck", "Fuuuuck"),
        ("fück this", "fück"),  # an accent does not hide it
        ("ｆｕｃｋ", "ｆｕｃｋ"),  # full-width letters from a "fancy text" site
        ("𝗳𝘂𝗰𝗸 this", "𝗳𝘂𝗰𝗸"),  # bold letters from a text generator
    ],
)
def test_disguises_are_read_through(text, quote):
    assert swearing(text) == [(quote, "stop")]
    finding = next(f for f in run(text).findings if f.check == "profanity")
    assert "Hiding letters does not help" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Grades A* to C, and A** is not a grade",  # stars after one letter, but no word
        "Rated 5*** by inspectors",
        "Our spasticity and spastic paraplegia clinic; hereditary spastic paraparesis",
        "Hotel in Bitche; Twatt in Orkney; Shitterton in Dorset is a real place",
        "Brrr, it's cold. Shhh, the baby's asleep.",
        "Café, naïve, résumé and Łódź",
    ],
)
def test_disguise_reading_raises_no_false_alarms(text):
    assert swearing(text) == []


def test_a_plain_swear_word_is_not_called_masked():
    finding = next(f for f in run("#Bullshit").findings if f.check == "profanity")
    assert "Hiding letters" not in finding.message
    assert "Hiding letters" not in run("FUCK").findings[0].message
