"""Gendered wording in adverts, from Gaucher, Friesen and Kay's (2011) word lists."""

from __future__ import annotations

from firstpost.core.checks.gendered import _lists, gender_coding
from firstpost.core.checks.post import Post
from firstpost.core.checks.wordlists import load_data
from tests.unit.checks.checks_helpers import run

MASCULINE_AD = (
    "We want a competitive, ambitious and decisive leader who is confident and "
    "self-reliant, with strong analytical skills."
)
FEMININE_AD = (
    "Join a warm, supportive and understanding team. We are committed to working "
    "together, and we value honest, considerate colleagues."
)


def coding(text: str):
    return gender_coding(Post(text, advert=True))


def test_the_published_lists_are_implemented_whole():
    data = load_data("gendered")
    assert len(data["masculine"]) == 42 and len(data["feminine"]) == 40
    assert data["source"] == "gaucher-friesen-kay-2011"
    lists = _lists()
    assert "compet" in lists.masculine_stems and "logic" in lists.masculine_exact
    assert "support" in lists.feminine_stems and "kind" in lists.feminine_exact


def test_masculine_coded_advert():
    result = coding(MASCULINE_AD)
    words = sorted(s.text.lower() for s in result.masculine)
    assert words == [
        "ambitious",
        "analytical",
        "competitive",
        "confident",
        "decisive",
        "leader",
        "self-reliant",
    ]
    assert result.verdict == "strongly masculine-coded"
    findings = [
        f for f in run(MASCULINE_AD, advert=True).findings if f.check == "gendered-language"
    ]
    assert len(findings) == 1
    finding = findings[0]
    assert (finding.rule, finding.severity) == ("masculine-coded", "fix")
    assert (
        "7 masculine-coded words (ambitious, analytical" in finding.message
        and "competitive" in finding.message
    )
    assert len(finding.spans) == 7
    assert next(MASCULINE_AD[s:e] for s, e in finding.spans) == "competitive"


def test_mildly_masculine_is_worth_a_thought():
    text = "A competitive salary for a confident team member who will support colleagues."
    result = run(text, advert=True)
    finding = next(f for f in result.findings if f.check == "gendered-language")
    assert coding(text).verdict == "masculine-coded"
    assert finding.severity == "consider"


def test_feminine_coded_and_neutral_adverts():
    assert coding(FEMININE_AD).verdict == "strongly feminine-coded"
    feminine = [f for f in run(FEMININE_AD, advert=True).findings if f.check == "gendered-language"]
    assert [(f.rule, f.severity) for f in feminine] == [("feminine-coded", "consider")]
    assert coding("A confident, supportive manager.").verdict == "neutral"
    assert coding("A social worker for Westshire.").verdict == "no coded words"
    assert [
        f for f in run("A social worker.", advert=True).findings if f.check == "gendered-language"
    ] == []


def test_exact_words_only_match_whole_words():
    # "logic" and "kind" are listed without a stem: "logical" and "kindness" do not count
    assert coding("Logical and kindness").masculine == ()
    assert coding("Logical and kindness").feminine == ()


def test_names_and_fixed_terms_are_not_coded():
    text = (
        "Westshire NHS Foundation Trust supports the Armed Forces Covenant. What kind of "
        "person? Our Police Force and the Trust board. Committee papers; dependants' pass."
    )
    result = coding(text)
    assert [s.text for s in result.masculine] == []
    assert [s.text for s in result.feminine] == ["supports"]


def test_hyphenated_compounds_are_read_part_by_part():
    result = coding("A team-leader role in a co-operative")
    assert [s.text for s in result.masculine] == ["leader"]
    assert [s.text for s in result.feminine] == ["co-operative"]


def test_only_adverts_are_checked():
    assert [f for f in run(MASCULINE_AD).findings if f.check == "gendered-language"] == []
    assert [m for m in run(MASCULINE_AD).measures if m.check == "gendered-language"] == []
    measure = next(m for m in run(MASCULINE_AD, advert=True).measures if m.label == "Gender coding")
    assert measure.value == "strongly masculine-coded" and "leader" in measure.note


def test_the_words_found_add_up_to_the_count():
    text = "Support children and their carers. Children come first; we support children."
    finding = next(f for f in run(text, advert=True).findings if f.check == "gendered-language")
    assert "5 feminine-coded words (children (3 times), support (2 times))" in finding.message
    assert len(finding.spans) == 5
