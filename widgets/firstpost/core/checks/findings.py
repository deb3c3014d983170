"""What a check reports: findings with a severity, and the overall traffic light.

A surgery needs answers with reasons, so every finding says what was found, why it
matters and what to do instead, and points at the exact words (start/end are
offsets into the text, in Unicode code points) so an app can highlight them. Three
severities keep the verdict simple for a non-specialist:

- stop: do not post this as it is (a swear word, an NHS number, over the limit);
- fix: change it before posting unless there is a good reason;
- consider: worth a thought; fine to post if you have thought about it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["stop", "fix", "consider"]
Verdict = Literal["red", "amber", "green"]

SEVERITIES: tuple[Severity, ...] = ("stop", "fix", "consider")
SEVERITY_RANK: dict[str, int] = {"stop": 0, "fix": 1, "consider": 2}

CHECK_NAMES: dict[str, str] = {
    "length": "Length",
    "readability": "Readability",
    "profanity": "Swearing",
    "personal-data": "Personal data",
    "hashtag-risk": "Hashtag risk",
    "accessibility": "Accessibility",
    "gendered-language": "Gendered wording",
    "inclusive-language": "Inclusive language",
    "links": "Links",
}

VERDICT_WORDS: dict[str, str] = {
    "red": "Red: do not post this yet",
    "amber": "Amber: fix the points below before posting",
    "green": "Green: nothing to fix",
}


@dataclass(frozen=True)
class Finding:
    """One thing a check found in a draft."""

    check: str
    rule: str
    severity: Severity
    message: str
    suggestion: str
    start: int | None = None
    end: int | None = None
    sources: tuple[str, ...] = ()
    case_study: str | None = None
    # Further places the same finding applies to (each coded word in an advert);
    # `start`/`end` is the first of them.
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def has_position(self) -> bool:
        return self.start is not None and self.end is not None and self.end > self.start

    @property
    def all_spans(self) -> tuple[tuple[int, int], ...]:
        """Every (start, end) to highlight for this finding."""
        if self.spans:
            return self.spans
        if self.has_position:
            return ((self.start, self.end),)  # type: ignore[return-value]
        return ()

    def as_dict(self) -> dict[str, Any]:
        """The stable, machine-readable form (`firstpost check-post --json`)."""
        return {
            "check": self.check,
            "severity": self.severity,
            "message": self.message,
            "suggestion": self.suggestion,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Measure:
    """A number worth showing even when nothing is wrong (a count, a score)."""

    check: str
    label: str
    value: str
    note: str = ""


@dataclass(frozen=True)
class CheckResult:
    """Everything found in one draft, most serious first."""

    text: str
    findings: tuple[Finding, ...]
    measures: tuple[Measure, ...] = field(default=())

    @property
    def verdict(self) -> Verdict:
        return verdict_for(self.findings)

    def by_severity(self, severity: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == severity)

    def counts(self) -> dict[str, int]:
        return {severity: len(self.by_severity(severity)) for severity in SEVERITIES}

    def quote(self, finding: Finding) -> str:
        """The words a finding points at, as typed."""
        return self.text[finding.start : finding.end] if finding.has_position else ""

    def as_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "findings": [f.as_dict() for f in self.findings]}


def verdict_for(findings: tuple[Finding, ...] | list[Finding]) -> Verdict:
    """Red if anything must stop the post, amber if anything needs fixing, else green."""
    severities = {finding.severity for finding in findings}
    if "stop" in severities:
        return "red"
    if "fix" in severities:
        return "amber"
    return "green"


def worst_verdict(verdicts: list[Verdict] | tuple[Verdict, ...]) -> Verdict:
    for colour in ("red", "amber"):
        if colour in verdicts:
            return colour  # type: ignore[return-value]
    return "green"


def sort_findings(findings: list[Finding]) -> tuple[Finding, ...]:
    """Most serious first, then in reading order; whole-text findings after located ones."""
    return tuple(
        sorted(
            findings,
            key=lambda f: (
                SEVERITY_RANK[f.severity],
                f.start if f.start is not None else 10**9,
                f.check,
                f.rule,
            ),
        )
    )
