"""lessons/README.md documents the closed lists; it must name every value the code accepts."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from firstpost.core.content import AUDIENCES, BLOCK_NAMES, CONTROLS, COUNTING_METHODS
from firstpost.core.content.case_studies import CaseKind
from firstpost.core.content.channels import ChannelKind, ChannelStatus, Exposure, Purpose
from firstpost.core.content.figures import FigureStatus
from firstpost.core.content.quizzes import QuestionKind
from firstpost.core.content.sources import SourceKind

README = (Path(__file__).resolve().parents[2] / "lessons" / "README.md").read_text("utf-8")

CLOSED_LISTS = {
    "block": BLOCK_NAMES,
    "control": tuple(CONTROLS),
    "audience": tuple(AUDIENCES),
    "counting": tuple(COUNTING_METHODS),
    "figure status": get_args(FigureStatus),
    "source kind": get_args(SourceKind),
    "case kind": get_args(CaseKind),
    "question kind": get_args(QuestionKind),
    "channel kind": get_args(ChannelKind),
    "channel status": get_args(ChannelStatus),
    "purpose": get_args(Purpose),
    "exposure": get_args(Exposure),
}


@pytest.mark.parametrize("name", sorted(CLOSED_LISTS))
def test_readme_names_every_allowed_value(name: str) -> None:
    missing = [value for value in CLOSED_LISTS[name] if f"`{value}`" not in README]
    assert missing == [], f"lessons/README.md does not mention {missing} (in `backticks`)"


@pytest.mark.parametrize("name", ["block", "control", "audience"])
def test_readme_tables_list_each_value_as_a_row(name: str) -> None:
    assert all(f"| `{value}` |" in README for value in CLOSED_LISTS[name])
