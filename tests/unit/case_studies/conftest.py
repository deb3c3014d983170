"""Fixtures for the case-study logic: the real course, a small made-up case, and stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from case_fixtures import make_case
from sqlalchemy import Engine

from firstpost.core.content import CaseStudy, Content, clear_content_cache, load_content

LESSONS = Path(__file__).resolve().parents[3] / "lessons"


@pytest.fixture(scope="module")
def content() -> Content:
    clear_content_cache()
    return load_content(LESSONS)


@pytest.fixture
def case() -> CaseStudy:
    return make_case()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    from firstpost.core.settings import Settings
    from firstpost.core.store import open_store

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'cases.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_database_url")
    yield open_store(Settings(data_dir=tmp_path, database_url=url, database_from_env=True))
