"""What a check found, in words a non-programmer can act on.

Problems are data, not exceptions: the planner shows every one at once, next to the
field it concerns, and a half-finished plan is normal rather than a failure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Stage = Literal[
    "objectives",
    "audience",
    "strategy",
    "implementation",
    "governance",
    "risks",
    "scoring",
    "summary",
]
Severity = Literal["error", "warning"]

STAGES: tuple[Stage, ...] = (
    "objectives",
    "audience",
    "strategy",
    "implementation",
    "governance",
    "risks",
    "scoring",
    "summary",
)
STAGE_LABELS: dict[str, str] = {
    "objectives": "Objectives",
    "audience": "Audience and insight",
    "strategy": "Strategy",
    "implementation": "Implementation",
    "governance": "Governance",
    "risks": "Risk register",
    "scoring": "Scoring",
    "summary": "Summary and sign-off",
}

# Which stage owns each top-level field of a plan, so a problem lands on the right step.
FIELD_STAGES: dict[str, Stage] = {
    "title": "summary",
    "owner": "summary",
    "team": "summary",
    "organisation": "summary",
    "workshop_code": "summary",
    "review_date": "summary",
    "objectives": "objectives",
    "audience": "audience",
    "strategy": "strategy",
    "implementation": "implementation",
    "governance": "governance",
    "risks": "risks",
    "scoring": "scoring",
}


@dataclass(frozen=True)
class Problem:
    """One thing to fix or consider.

    `path` names the field the way the saved plan spells it, with list positions
    counted from 0 (e.g. "implementation.posts[1].closing_date"); "" means the
    whole plan or file. An "error" must be fixed before sign-off; a "warning" is
    worth a look but may be right for this pilot.
    """

    path: str
    stage: Stage
    severity: Severity
    message: str
    fix: str

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def describe(self) -> str:
        """One line for a terminal or a log: "where: what (how to fix)"."""
        return f"{self.path or 'file'}: {self.message} ({self.fix})"


def stage_of(path: str) -> Stage:
    """The stage a field path belongs to; unknown paths go to the summary step."""
    head = path.split(".", 1)[0].split("[", 1)[0]
    return FIELD_STAGES.get(head, "summary")


def errors_only(problems: list[Problem]) -> list[Problem]:
    return [problem for problem in problems if problem.is_error]
