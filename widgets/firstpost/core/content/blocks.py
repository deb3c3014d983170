"""Colon-fenced blocks in episode Markdown, after the Carpentries lesson format.

    ::::::::: challenge
    What would you post?
    ::: solution
    One possible answer.
    :::
    :::::::::

The rule is deliberately simple: a line of three or more colons followed by a name opens
a block; a line of only colons (three or more, any number) closes the innermost open
block. Names come from a closed list and only `solution` nests (inside `challenge`), so a
typo is reported instead of turning into a block the apps do not know how to show.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, get_args

from pydantic import Field

from firstpost.core.content.fields import ContentModel
from firstpost.core.content.problems import Problem
from firstpost.core.content.quizzes import Quiz

BlockName = Literal[
    "challenge", "solution", "instructor", "callout", "quiz", "objectives", "keypoints"
]
BLOCK_NAMES: tuple[str, ...] = get_args(BlockName)

# Turns a quiz block's YAML (text, file line of its first line) into a Quiz, appending
# any problems to the list; None when the quiz is unusable. Supplied by episodes.py.
QuizLoader = Callable[[str, int, list[Problem]], Quiz | None]

_FENCE = re.compile(r"^\s*:{3,}(?P<rest>.*)$")
_NAME = re.compile(r"^\s*(?P<name>[A-Za-z][A-Za-z0-9_-]*)\s*:*\s*$")
_CODE_FENCE = re.compile(r"^\s{0,3}(?P<fence>`{3,}|~{3,})")


class Block(ContentModel):
    """A parsed block: its Markdown and nested blocks in order, or its quiz."""

    name: BlockName
    line: int = Field(description="Line of the opening fence in the episode file.")
    end_line: int = Field(description="Line of the closing fence.")
    children: tuple[str | Block, ...] = Field(
        default=(), description="Markdown text and nested blocks, in order. Empty for a quiz."
    )
    quiz: Quiz | None = Field(default=None, description="The questions, for a quiz block.")

    @property
    def text(self) -> str:
        """The block's own Markdown, without nested blocks."""
        return "\n\n".join(c for c in self.children if isinstance(c, str))

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(c for c in self.children if isinstance(c, Block))


@dataclass
class _Open:
    name: str
    line: int
    known: bool
    parts: list[str | Block] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    has_solution: bool = False

    def add_text(self, line: str) -> None:
        self.text.append(line)
        self.raw.append(line)

    def flush(self) -> None:
        chunk = "\n".join(self.text).strip("\n")
        if chunk.strip():
            self.parts.append(chunk)
        self.text = []


@dataclass
class ParsedBody:
    """The body as a tree, plus which lines are Markdown (for the raw-HTML check)."""

    children: tuple[str | Block, ...]
    problems: list[Problem]
    # File line numbers holding fences or quiz YAML: not Markdown, so not checked for HTML.
    non_markdown_lines: frozenset[int]


class _Parser:
    def __init__(self, file: str, quiz_loader: QuizLoader) -> None:
        self.file = file
        self.quiz_loader = quiz_loader
        self.stack: list[_Open] = [_Open("", 0, True)]
        self.problems: list[Problem] = []
        self.skip: set[int] = set()

    def report(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))

    def open(self, name: str, number: int) -> None:
        parent = self.stack[-1]
        known = name in BLOCK_NAMES
        if not known:
            self.report(number, f"unknown block '{name}'; use one of: {', '.join(BLOCK_NAMES)}")
        elif not parent.known:
            pass  # the parent's name is already reported; its contents would only add noise
        elif name == "solution" and parent.name != "challenge":
            self.report(
                number,
                "a solution block must sit inside a challenge block; move it "
                "between the challenge's opening and closing fences",
            )
        elif name != "solution" and parent.name:
            self.report(
                number,
                f"a {name} block cannot sit inside a {parent.name} block (only "
                "solution nests, inside challenge); close the "
                f"{parent.name} block first",
            )
        if name == "solution":
            parent.has_solution = True
        parent.flush()
        self.stack.append(_Open(name, number, known))

    def close(self, number: int) -> None:
        if len(self.stack) == 1:
            self.report(
                number,
                "closing fence with no open block; remove it, or add the "
                "opening line (e.g. `::: callout`) above",
            )
            return
        current = self.stack.pop()
        current.flush()
        block = self.build(current, number)
        if block is not None:
            self.stack[-1].parts.append(block)

    def build(self, current: _Open, end: int) -> Block | None:
        name = current.name
        if name == "quiz":
            self.skip.update(range(current.line + 1, end))
        if not current.known:
            return None  # its name is already reported; nothing more to say about it
        if not "".join(current.raw).strip():
            if current.parts:
                self.report(
                    current.line,
                    f"the {name} block has no text of its own, only "
                    f"nested blocks; write the {name} itself above them",
                )
            else:
                self.report(
                    current.line,
                    f"the {name} block is empty; write its content "
                    "between the fences or remove them",
                )
            return None
        if name == "challenge" and not current.has_solution:
            self.report(
                current.line,
                "this challenge has no solution block; add `::: solution` "
                "with a model answer before the challenge's closing fence",
            )
        if name == "quiz":
            quiz = self.quiz_loader("\n".join(current.raw), current.line + 1, self.problems)
            if quiz is None:
                return None
            return Block(name="quiz", line=current.line, end_line=end, quiz=quiz)
        return Block(name=name, line=current.line, end_line=end, children=tuple(current.parts))

    def finish(self, last_line: int) -> None:
        while len(self.stack) > 1:
            current = self.stack.pop()
            self.report(
                current.line,
                f"the {current.name} block opened here is never closed; "
                "add a line of colons (`:::`) after its content",
            )
            if current.name == "quiz":
                self.skip.update(range(current.line + 1, last_line + 1))


def parse_body(lines: list[str], first_line: int, file: str, quiz_loader: QuizLoader) -> ParsedBody:
    """Parse Markdown lines (the first being file line `first_line`) into blocks."""
    parser = _Parser(file, quiz_loader)
    code_fence: str | None = None
    number = first_line - 1
    for number, line in enumerate(lines, start=first_line):
        code = _CODE_FENCE.match(line)
        if code_fence is not None:
            if _closes_code(line, code_fence):
                code_fence = None
            parser.stack[-1].add_text(line)
            continue
        if code and parser.stack[-1].name != "quiz":
            code_fence = code["fence"]
            parser.stack[-1].add_text(line)
            continue
        fence = _FENCE.match(line)
        if fence is None:
            parser.stack[-1].add_text(line)
            continue
        parser.skip.add(number)
        rest = fence["rest"]
        if not rest.strip(" \t:"):
            parser.close(number)
        elif (named := _NAME.match(rest)) is not None:
            parser.open(named["name"], number)
        else:
            parser.report(number, _bad_fence_message(rest))
    parser.finish(number)
    root = parser.stack[0]
    root.flush()
    return ParsedBody(tuple(root.parts), parser.problems, frozenset(parser.skip))


def _closes_code(line: str, opening: str) -> bool:
    # CommonMark: the same character, at least as many, and nothing else on the line.
    stripped = line.strip()
    run = len(stripped) - len(stripped.lstrip(opening[0]))
    return run >= len(opening) and not stripped[run:].strip()


def _bad_fence_message(rest: str) -> str:
    wanted = re.search(r"[A-Za-z][A-Za-z0-9_-]*", rest)
    example = f"`::: {wanted.group(0)}`" if wanted else "`::: callout`"
    return (
        f"cannot read this fence line; open a block with one name, e.g. {example}, "
        "or close one with a line of colons only"
    )
