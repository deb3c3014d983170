"""Fixtures for the learning tests: a two-episode course, a clock, and a store on
SQLite and on the real PostgreSQL the suite starts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from firstpost.core.content.episodes import Episode, parse_episode
from firstpost.core.learning.store import LearningStore
from tests.unit.learning.learning_texts import EPISODE_ONE, EPISODE_TWO


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


@pytest.fixture
def store(engine: Engine) -> LearningStore:
    return LearningStore(engine, clock=StepClock())
