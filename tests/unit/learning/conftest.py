"""Fixtures for the learning tests: a two-episode course, a clock, and a store on
SQLite and on the real PostgreSQL the suite starts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

# The PostgreSQL fixtures; imported here until tests/conftest.py registers the plugin.
from tests.postgres import postgres_database_url, postgres_server, postgres_url  # noqa: F401

from firstpost.core.content.episodes import Episode, parse_episode
from firstpost.core.learning.store import LearningStore

EPISODE_ONE = """\
---
id: first-steps
title: First steps
audience: HR advisers
teaching_minutes: 10
exercises_minutes: 5
objectives: [Choose one vacancy]
keypoints: [Start small]
---

Read [the next episode](lessons.ipynb?episode=staying-safe).

:::::: challenge
What would you post first?

::: solution
A vacancy you can watch.
:::
::::::

::: quiz
questions:
  - prompt: Who approves a post?
    kind: single
    options:
      - text: The author
        correct: false
        feedback: Nobody approves their own post.
      - text: A second person
        correct: true
        feedback: A second pair of eyes catches slips.
  - prompt: Which are safeguards?
    kind: multiple
    options:
      - text: Two-step sign-in
        correct: true
        feedback: It protects the account.
      - text: A shared password
        correct: false
        feedback: Nobody can tell who posted.
      - text: Approval before posting
        correct: true
        feedback: It catches slips.
:::
"""

EPISODE_TWO = """\
---
id: staying-safe
title: Staying safe
audience: HR advisers
teaching_minutes: 8
exercises_minutes: 4
objectives: [Name a safeguard]
keypoints: [Plan for problems]
---

Some text.

::: quiz
questions:
  - prompt: Should you invite public stories under your hashtag?
    kind: single
    options:
      - text: "Yes"
        correct: false
        feedback: "That is what went wrong with #McDStories."
      - text: "No"
        correct: true
        feedback: You cannot control what people will say.
:::
"""


def make_episode(text: str, name: str) -> Episode:
    parsed = parse_episode(text, f"episodes/{name}.md")
    assert parsed.problems == (), parsed.problems
    assert parsed.episode is not None
    return parsed.episode


@pytest.fixture
def episodes() -> tuple[Episode, ...]:
    return (make_episode(EPISODE_ONE, "first-steps"), make_episode(EPISODE_TWO, "staying-safe"))


class StepClock:
    """A clock that moves one minute per reading, so timestamps are distinct and known."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    from firstpost.core.settings import Settings
    from firstpost.core.store import open_store

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'learning.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_database_url")
    yield open_store(Settings(data_dir=tmp_path, database_url=url, database_from_env=True))


@pytest.fixture
def store(engine: Engine) -> LearningStore:
    return LearningStore(engine, clock=StepClock())
