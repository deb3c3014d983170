"""Inclusive language: wordings Acas warns about, and a missing equal-opportunities line.

Acas's recruitment guidance names wordings that can rule people out because of age
or sex ("recent graduate", "highly experienced", "handyman", "barmaid") or race
(a nationality where a language is meant), and asks employers to include an
equal-opportunities statement. The list (data/inclusive.yaml) adds wordings of the
same kind, as the alex tool does for gendered job titles and ableist words. Wordings
are checked in every post; the statement only in adverts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from firstpost.core.checks.findings import Finding, Severity
from firstpost.core.checks.post import Post
from firstpost.core.checks.wordlists import find_at_words, load_data, phrase_pattern

CHECK = "inclusive-language"
SOURCES_EO = ("acas-recruitment-guidance",)


@dataclass(frozen=True)
class _Rule:
    id: str
    severity: Severity
    pattern: re.Pattern[str]
    message: str
    suggestion: str
    sources: tuple[str, ...]


@cache
def _combined() -> re.Pattern[str]:
    """All rules' wordings in one pattern (one pass over the text), a group per rule."""
    rules, _ = _rules()
    return re.compile(
        "|".join(f"(?P<r{index}>{rule.pattern.pattern})" for index, rule in enumerate(rules)),
        re.IGNORECASE,
    )


@cache
def _rules() -> tuple[tuple[_Rule, ...], re.Pattern[str]]:
    data = load_data("inclusive")
    rules = tuple(
        _Rule(
            item["id"],
            item["severity"],
            phrase_pattern(item["patterns"]),
            item["message"],
            item["suggestion"],
            tuple(item.get("sources", ())),
        )
        for item in data["rules"]
    )
    return rules, phrase_pattern(data["equal_opportunities"])


def has_equal_opportunities_statement(text: str) -> bool:
    return _rules()[1].search(text) is not None


def check(post: Post) -> list[Finding]:
    findings: list[Finding] = []
    rules, statement = _rules()
    starts = [word.start for word in post.words]
    for match in find_at_words(_combined(), post.prose, starts):
        rule = rules[int(str(match.lastgroup)[1:])]
        findings.append(
            Finding(
                CHECK,
                rule.id,
                rule.severity,
                f"“{match.group()}”: {rule.message}",
                rule.suggestion,
                match.start(),
                match.end(),
                rule.sources,
            )
        )
    if post.advert and post.text.strip() and not find_at_words(statement, post.prose, starts):
        findings.append(
            Finding(
                CHECK,
                "no-equal-opportunities-statement",
                "fix",
                "This advert does not say that you welcome applications from everyone.",
                "Add your equal-opportunities statement, for example: “We are an equal "
                "opportunities employer and welcome applications from everyone.” If you "
                "guarantee interviews to disabled applicants who meet the essential "
                "criteria, say so.",
                sources=SOURCES_EO,
            )
        )
    return findings
