"""Problems found in the course content, in a form a facilitator can act on.

Every check in this package reports through `Problem` rather than raising, so one run
of `firstpost lessons check` lists everything wrong at once instead of stopping at the
first typo.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing to fix: where it is and what to do about it.

    `file` is relative to the lessons folder (posix style, e.g. "figures.yaml") so the
    same problem reads the same on every machine; `line` counts from 1.
    """

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"

    def located(self, folder: str) -> str:
        """The `folder/file:line: message` form editors and CI logs turn into links."""
        return f"{folder}/{self.file}:{self.line}: {self.message}"


class ContentError(Exception):
    """Raised by `load_content(strict=True)` so an app refuses to show broken lessons."""

    def __init__(self, problems: Iterable[Problem], lessons_dir: Path) -> None:
        self.problems = tuple(problems)
        self.lessons_dir = lessons_dir
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        first = f" First: {self.problems[0]}" if self.problems else ""
        super().__init__(
            f"The lessons in {lessons_dir} have {count} {noun}; run `firstpost lessons check`."
            f"{first}"
        )


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """File, then line order, so reports are stable and read top to bottom."""
    return sorted(set(problems))
