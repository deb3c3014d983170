"""The self-paced course's episodes: complete, honest about figures, plain, and linked right."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from firstpost.core.checks import readability
from firstpost.core.checks.findings import Finding
from firstpost.core.checks.post import Post
from firstpost.core.content import Block, Content, Episode, clear_content_cache, load_content
from firstpost.core.learning.links import episode_link_problems
from firstpost.core.learning.scoring import episode_questions

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
MIN_READING_EASE = 60  # Flesch reading ease: 60-70 is plain English (the post checker's bar)


@pytest.fixture(scope="module")
def content() -> Content:
    clear_content_cache()
    return load_content(LESSONS)


def episode_ids() -> list[str]:
    return sorted(p.stem for p in (LESSONS / "episodes").glob("*.md"))


def markdown_parts(episode: Episode) -> Iterator[str]:
    def walk(parts):  # type: ignore[no-untyped-def]
        for part in parts:
            if isinstance(part, str):
                yield part
            elif isinstance(part, Block):
                yield from walk(part.children)

    yield from walk(episode.body)


def quiz_texts(episode: Episode) -> Iterator[str]:
    for item in episode_questions(episode):
        yield item.question.prompt
        for option in item.question.options:
            yield option.text
            yield option.feedback


def plain_text(markdown: str) -> str:
    """The words a reader sees: no link addresses, emphasis marks or table rows."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("|")]
    # A list item or heading starts a new sentence; other line breaks are only wrapping.
    text = "\n".join(re.sub(r"^\s*(?:[-*]|\d+\.|#+)\s+", "\n", line) for line in lines)
    return re.sub(r"[*_`#>]", "", text)


def sentences(text: str) -> list[str]:
    found = []
    for chunk in re.split(r"\n\s*\n", text):
        chunk = " ".join(chunk.split())
        found += [s.strip() for s in re.split(r"(?<=[.!?:;])[\"”’]?\s+", chunk) if s.strip()]
    return found


def as_post(prose: str) -> Post:
    """The prose one sentence a line, so list items and headings count as sentences."""
    lines = [s if s.endswith((".", "?", "!", ":")) else s + "." for s in sentences(prose)]
    return Post(text="\n".join(lines))


def readability_findings(prose: str) -> list[Finding]:
    """The post checker's readability rules: 25 words a sentence, Flesch reading ease 60+."""
    found = readability.check(as_post(prose))
    return [f for f in found if f.rule in ("long-sentence", "reading-ease")]


def all_prose(episode: Episode) -> str:
    parts = [plain_text(part) for part in markdown_parts(episode)]
    return "\n\n".join(parts + list(quiz_texts(episode)))


def links(markdown: str) -> list[str]:
    found = []
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        for child in token.children or ():
            if child.type == "link_open":
                found.append(str(child.attrGet("href")))
    return found


# ----- the course as a whole ------------------------------------------------------------


def test_at_least_six_episodes_are_listed_and_load(content: Content):
    assert [e.id for e in content.episodes] == list(content.config.episodes)
    assert sorted(content.config.episodes) == episode_ids()
    assert len(content.episodes) >= 6
    assert len({e.title for e in content.episodes}) == len(content.episodes)


def test_the_issue_topics_are_covered_in_order(content: Content):
    titles = " / ".join(e.title.lower() for e in content.episodes)
    order = ["why social media", "recruit", "new starters", "learning", "safe", "pilot"]
    positions = [titles.find(word) for word in order]
    assert -1 not in positions and positions == sorted(positions), titles


# ----- each episode ---------------------------------------------------------------------


@pytest.mark.parametrize("episode_id", episode_ids())
def test_episode_is_complete(content: Content, episode_id: str):
    episode = content.episode(episode_id)
    meta = episode.meta
    assert 10 <= meta.teaching_minutes + meta.exercises_minutes <= 20
    assert meta.teaching_minutes > 0 and meta.exercises_minutes > 0
    assert len(meta.objectives) >= 2 and len(meta.keypoints) >= 2
    assert meta.sources, "every episode cites its sources"
    challenges = list(episode.blocks("challenge"))
    assert challenges and all(c.blocks and c.blocks[0].name == "solution" for c in challenges)
    assert list(episode.blocks("instructor")), "notes for facilitators"


@pytest.mark.parametrize("episode_id", episode_ids())
def test_quiz_has_five_questions_of_both_kinds_with_reasons(content: Content, episode_id: str):
    questions = [k.question for k in episode_questions(content.episode(episode_id))]
    assert len(questions) >= 5
    assert {q.kind for q in questions} == {"single", "multiple"}
    for question in questions:
        right = [o for o in question.options if o.correct]
        assert len(right) == 1 if question.kind == "single" else len(right) >= 1
        assert len(right) < len(question.options), "a question needs a wrong option"
        # A YAML comment (` #`) silently cuts a line short; whole sentences show it did not.
        assert question.prompt.endswith(("?", ".")), f"cut short? {question.prompt!r}"
        for option in question.options:
            assert option.feedback.endswith((".", "!")), f"cut short? {option.feedback!r}"
            words = option.feedback.split()
            assert len(words) >= 4, f"feedback too short to explain why: {option.feedback!r}"
            assert option.feedback.strip(".").lower() != option.text.strip(".").lower()


@pytest.mark.parametrize("episode_id", episode_ids())
def test_every_percentage_in_the_text_is_a_listed_figure(content: Content, episode_id: str):
    episode = content.episode(episode_id)
    values = " ".join(f.value for f in content.resolve_figures(episode.meta.figures))
    text = "\n".join(markdown_parts(episode)) + "\n".join(quiz_texts(episode))
    for number in set(re.findall(r"\d+(?:\.\d+)?%", text)):
        assert number in values, f"{number} in {episode_id} has no figure with a status"


@pytest.mark.parametrize("episode_id", episode_ids())
def test_plain_english(content: Content, episode_id: str):
    prose = all_prose(content.episode(episode_id))
    found = readability_findings(prose)
    assert found == [], [f.message for f in found]
    ease = readability.reading_ease(as_post(prose))  # None would mean "not scored"
    assert ease is not None and ease >= MIN_READING_EASE


def test_links_resolve(content: Content):
    """The same rule `firstpost lessons check` is to apply (see core/learning/links.py)."""
    assert [str(p) for p in episode_link_problems(content)] == []
    hrefs = [h for e in content.episodes for part in markdown_parts(e) for h in links(part)]
    assert any(h.startswith("lessons.ipynb?episode=") for h in hrefs)  # the check had work


def test_weak_figures_are_shown_in_episode_one_as_disputed_or_reported(content: Content):
    episode = content.episodes[0]
    shown = {f.id: f.status for f in content.resolve_figures(episode.meta.figures)}
    expected = {
        "mcdonalds-share-drop-3pc": "disputed",
        "dominos-stock-drop-10pc": "disputed",
        "linkedin-recruiters-2011-87pc": "disputed",
        "linkedin-recruiters-2010-78pc": "reported",
        "att-efficiency-65pc": "reported",
    }
    assert {k: shown.get(k) for k in expected} == expected
    text = "\n".join(markdown_parts(episode))
    for value in ("3%", "10%", "87%"):
        near = text[text.index(value) : text.index(value) + 400]
        assert "**disputed**" in near, f"{value} is not called disputed where it is quoted"


def test_plain_english_check_catches_a_long_sentence_and_hard_words():
    long = " ".join(["word"] * 30) + "."
    assert [f.rule for f in readability_findings(long)] == ["long-sentence"]
    hard = " ".join(["Interdisciplinary institutionalisation notwithstanding considerably."] * 6)
    assert "reading-ease" in [f.rule for f in readability_findings(hard)]
