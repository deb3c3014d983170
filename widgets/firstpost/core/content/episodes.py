"""Episodes (lessons/episodes/<id>.md): YAML front matter, then Markdown with blocks.

Markdown keeps episodes easy for facilitators to edit and review; the front matter
carries what the apps need without parsing prose (timings, objectives, citations).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import Field, ValidationError

from firstpost.core.content.blocks import Block, parse_body
from firstpost.core.content.fields import (
    CaseStudyId,
    ContentModel,
    EpisodeId,
    SourceId,
    Text,
)
from firstpost.core.content.figures import FigureRef
from firstpost.core.content.markup import html_fragments, html_message, yaml_html_problems
from firstpost.core.content.messages import validation_problems
from firstpost.core.content.problems import Problem
from firstpost.core.content.quizzes import Quiz
from firstpost.core.content.yaml_lines import YamlDoc, load_yaml

FRONT_MATTER_FENCE = "---"


class EpisodeFrontMatter(ContentModel):
    """The YAML between the `---` lines at the top of an episode."""

    id: EpisodeId = Field(description="Must match the file name without .md.")
    title: Text
    audience: Text = Field(
        description="Who the episode is for, e.g. 'HR advisers new to social media'."
    )
    teaching_minutes: int = Field(ge=0, description="Minutes of facilitator-led teaching.")
    exercises_minutes: int = Field(ge=0, description="Minutes of exercises and discussion.")
    objectives: tuple[Text, ...] = Field(
        min_length=1, description="What learners will be able to do by the end."
    )
    keypoints: tuple[Text, ...] = Field(min_length=1, description="The points to remember.")
    sources: tuple[SourceId, ...] = Field(default=(), description="Ids from sources.yaml.")
    figures: tuple[FigureRef, ...] = Field(
        default=(), description="Figure ids from figures.yaml, or figures written in place."
    )
    case_studies: tuple[CaseStudyId, ...] = Field(
        default=(), description="Ids of the case studies the episode uses."
    )


class Episode(ContentModel):
    """A parsed episode: front matter plus the body as Markdown text and blocks, in order."""

    file: str = Field(description="Path relative to the lessons folder.")
    meta: EpisodeFrontMatter
    body: tuple[str | Block, ...]

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def title(self) -> str:
        return self.meta.title

    def blocks(self, name: str | None = None) -> Iterator[Block]:
        """Every block, nested ones included, in reading order; only `name` if given."""
        stack = [c for c in reversed(self.body) if isinstance(c, Block)]
        while stack:
            block = stack.pop()
            if name is None or block.name == name:
                yield block
            stack.extend(c for c in reversed(block.children) if isinstance(c, Block))


@dataclass(frozen=True)
class ParsedEpisode:
    """What parsing one file yields: the episode only if the file has no problems, but
    the front matter whenever it is valid, so cross-references can still be checked."""

    episode: Episode | None
    meta: EpisodeFrontMatter | None
    front_matter: YamlDoc | None
    problems: tuple[Problem, ...]


def parse_episode(text: str, file: str) -> ParsedEpisode:
    """Parse one episode file's text; `file` is its path relative to the lessons folder."""
    lines = text.splitlines()
    problems: list[Problem] = []
    if not lines or lines[0].strip().lstrip("\ufeff") != FRONT_MATTER_FENCE:
        message = (
            "an episode must start with front matter: a line `---`, the YAML fields, "
            "then another `---`"
        )
        return ParsedEpisode(None, None, None, (Problem(file, 1, message),))
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        message = "the front matter is never closed; add a line `---` after the YAML fields"
        return ParsedEpisode(None, None, None, (Problem(file, 1, message),))

    doc, yaml_problems = load_yaml("\n".join(lines[1:end]), file, first_line=2)
    problems.extend(yaml_problems)
    if doc is not None:
        problems.extend(yaml_html_problems(doc))
    meta = None
    if doc is not None:
        if doc.data is None:
            problems.append(
                Problem(
                    file,
                    1,
                    "the front matter is empty; add id, title, "
                    "audience, teaching_minutes, exercises_minutes, objectives "
                    "and keypoints",
                )
            )
        else:
            try:
                meta = EpisodeFrontMatter.model_validate(doc.data)
            except ValidationError as error:
                problems.extend(
                    validation_problems(doc, error, EpisodeFrontMatter, whole="the front matter")
                )

    def load_quiz(body: str, first_line: int, found: list[Problem]) -> Quiz | None:
        quiz_doc, quiz_problems = load_yaml(body, file, first_line=first_line)
        found.extend(quiz_problems)
        if quiz_doc is None:
            return None
        found.extend(yaml_html_problems(quiz_doc))
        try:
            return Quiz.model_validate(quiz_doc.data)
        except ValidationError as error:
            found.extend(validation_problems(quiz_doc, error, Quiz, whole="the quiz"))
            return None

    body_lines = lines[end + 1 :]
    body_start = end + 2
    parsed = parse_body(body_lines, body_start, file, load_quiz)
    problems.extend(parsed.problems)
    problems.extend(html_problems(body_lines, body_start, parsed.non_markdown_lines, file))
    if not any(line.strip() for line in body_lines):
        problems.append(
            Problem(
                file,
                end + 1,
                "the episode has no text after its front "
                "matter; write the lesson below the closing `---`",
            )
        )
    episode = None
    if meta is not None and not problems:
        episode = Episode(file=file, meta=meta, body=parsed.children)
    return ParsedEpisode(episode, meta, doc, tuple(problems))


def html_problems(
    lines: list[str], first_line: int, skip: frozenset[int], file: str
) -> list[Problem]:
    """Raw HTML in the body's Markdown; fence lines and quiz YAML (`skip`) are not Markdown."""
    text = "\n".join("" if n in skip else line for n, line in enumerate(lines, first_line))
    return [
        Problem(file, first_line + offset, html_message(fragments))
        for offset, fragments in sorted(html_fragments(text).items())
    ]
