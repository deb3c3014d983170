"""Inclusive language: Acas's problem wordings and the equal-opportunities statement."""

from __future__ import annotations

import pytest

from tests.unit.checks.checks_helpers import run

STATEMENT = "We are an equal opportunities employer."


def found(text: str, advert: bool = False) -> list[tuple[str, str]]:
    result = run(text, advert=advert)
    return [(f.rule, result.quote(f)) for f in result.findings if f.check == "inclusive-language"]


@pytest.mark.parametrize(
    ("text", "rule", "quote"),
    [
        ("Ideal for a recent graduate", "recent-graduate", "recent graduate"),
        ("Recent graduates welcome", "recent-graduate", "Recent graduates"),
        ("Join our young and dynamic team", "young-and-dynamic", "young and dynamic"),
        ("You are a digital native", "digital-native", "digital native"),
        ("We need someone highly experienced", "highly-experienced", "highly experienced"),
        ("Handyman wanted", "gendered-job-title", "Handyman"),
        ("Barmaid needed for the staff club", "gendered-job-title", "Barmaid"),
        ("Chairman of the panel", "gendered-job-title", "Chairman"),
        ("Native English speaker essential", "native-speaker", "Native English speaker"),
        ("You must be a native speaker", "native-speaker", "native speaker"),
        ("German sales rep wanted", "nationality-for-language", "German sales rep"),
        ("He will have a driving licence", "he-or-she-must", "He will have"),
        ("Must be able-bodied", "able-bodied", "able-bodied"),
        ("a crazy busy week", "ableist-words", "crazy"),
    ],
)
def test_problem_wordings(text, rule, quote):
    assert found(text) == [(rule, quote)]


@pytest.mark.parametrize(
    "text",
    [
        "Ideal for graduates and experienced people alike",
        "Youth worker: you will support young people aged 11 to 19",
        "A German-speaking sales representative",
        "Our handbook for managers; a manual handling course",
        "Fluent spoken and written English",
        "The chair of the panel will be a woman or a man",
        "He said the team is great",
    ],
)
def test_no_false_alarms(text):
    assert found(text) == []


def test_equal_opportunities_statement_only_asked_of_adverts():
    text = "Social worker, Grade 9. Apply by 29 March."
    assert found(text) == []
    assert found(text, advert=True) == [("no-equal-opportunities-statement", "")]
    for statement in (
        STATEMENT,
        "We welcome applications from everyone.",
        "We are a Disability Confident employer and guarantee an interview to disabled applicants.",
        "Committed to equality, diversity and inclusion.",
    ):
        assert found(f"{text} {statement}", advert=True) == [], statement
    assert found("", advert=True) == []


def test_severity_and_advice():
    result = run("Recent graduate wanted")
    finding = next(f for f in result.findings if f.check == "inclusive-language")
    assert finding.severity == "fix"
    assert "older" in finding.message and "qualification" in finding.suggestion
    assert finding.sources == ("acas-recruitment-guidance",)
