"""Surgery stores on SQLite and the suite's real PostgreSQL, with a clock that ticks."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from firstpost.core.surgery.faq import FaqStore
from firstpost.core.surgery.logs import LogStore
from firstpost.core.surgery.store import SurgeryStore
from tests.support.stores import StepClock


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def surgeries(engine: Engine, clock: StepClock) -> SurgeryStore:
    return SurgeryStore(engine, clock=clock)


@pytest.fixture
def faq(engine: Engine, clock: StepClock) -> FaqStore:
    return FaqStore(engine, clock=clock)


@pytest.fixture
def logs(engine: Engine, clock: StepClock) -> LogStore:
    return LogStore(engine, clock=clock)
