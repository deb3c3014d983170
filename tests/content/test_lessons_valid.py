"""The kit's own lessons/ folder: valid, and honest about the source article's figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from firstpost.core.content import Content, check_content, clear_content_cache, load_content

LESSONS = Path(__file__).resolve().parents[2] / "lessons"


@pytest.fixture(scope="module")
def content() -> Content:
    clear_content_cache()
    return load_content(LESSONS)


def test_lessons_have_no_problems() -> None:
    problems = check_content(LESSONS)
    assert problems == [], "\n".join(p.located("lessons") for p in problems)


@pytest.mark.parametrize(
    ("figure_id", "value"),
    [("mcdonalds-share-drop-3pc", "3%"), ("dominos-stock-drop-10pc", "10%")],
)
def test_article_share_price_figures_are_disputed_with_a_reason(
    content: Content, figure_id: str, value: str
) -> None:
    figure = content.figure(figure_id)
    assert figure.value == value
    assert figure.status == "disputed"
    assert figure.why and len(figure.why.split()) >= 10
    assert "cornerstone-2014-public-sector" in figure.sources
    # The learner is pointed at what the sources do show.
    assert figure.related and all(content.figure(r).status != "disputed" for r in figure.related)


@pytest.mark.parametrize(
    ("figure_id", "status"),
    [
        ("linkedin-recruiters-2010-78pc", "reported"),
        ("linkedin-recruiters-2011-87pc", "disputed"),
        ("att-efficiency-65pc", "reported"),
    ],
)
def test_other_article_figures_are_not_presented_as_verified(
    content: Content, figure_id: str, status: str
) -> None:
    figure = content.figure(figure_id)
    assert figure.status == status
    assert figure.why


def test_att_figure_carries_the_rest_of_its_survey(content: Content) -> None:
    related = {content.figure(r).value for r in content.figure("att-efficiency-65pc").related}
    assert related == {"49%", "45%"}


def test_every_figure_cites_a_registered_source(content: Content) -> None:
    for figure in content.figures.values():
        assert figure.sources
        assert all(source in content.sources for source in figure.sources), figure.id


def test_urls_are_only_https_addresses(content: Content) -> None:
    for source in content.sources.values():
        assert source.url is None or source.url.startswith("https://"), source.id
