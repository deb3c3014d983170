"""Fixtures for the case-study logic: the real course, a small made-up case, and stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from case_fixtures import make_case

from firstpost.core.content import CaseStudy, Content, clear_content_cache, load_content

LESSONS = Path(__file__).resolve().parents[3] / "lessons"


@pytest.fixture(scope="module")
def content() -> Content:
    clear_content_cache()
    return load_content(LESSONS)


@pytest.fixture
def case() -> CaseStudy:
    return make_case()
