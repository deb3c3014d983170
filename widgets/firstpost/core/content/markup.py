"""Finding raw HTML in lesson text, which the apps never render as HTML.

All text is shown as Markdown with HTML switched off, so a tag never does what the
author meant: `<b>` would appear on screen as typed. Reporting tags at check time, with
their line, beats a learner seeing them in a workshop.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from markdown_it import MarkdownIt

from firstpost.core.content.problems import Problem
from firstpost.core.content.yaml_lines import Loc, YamlDoc


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark")


def html_fragments(text: str) -> dict[int, list[str]]:
    """0-based line within `text` -> the raw HTML found on it (tags, blocks, comments).

    Uses a real Markdown parser, so `<b>` inside `code` or a fenced code block, and
    autolinks such as <https://example.org>, are not mistaken for HTML.
    """
    found: dict[int, list[str]] = {}
    if "<" not in text:
        return found
    for token in _parser().parse(text):
        if token.type == "html_block" and token.map:
            found.setdefault(token.map[0], []).append(token.content)
        elif token.type == "inline" and token.map and token.children:
            offset = 0
            for child in token.children:
                if child.type in ("softbreak", "hardbreak"):
                    offset += 1
                elif child.type == "html_inline":
                    found.setdefault(token.map[0] + offset, []).append(child.content)
    return found


def html_message(fragments: list[str], field: str | None = None) -> str:
    snippets = ", ".join(repr(f.strip().splitlines()[0][:60]) for f in fragments)
    where = f" in `{field}`" if field else ""
    return (
        f"raw HTML {snippets}{where} is not allowed in lesson text; use Markdown instead "
        "(e.g. **bold**, [words](https://address)) or remove it"
    )


def yaml_html_problems(doc: YamlDoc) -> list[Problem]:
    """Raw HTML in any text value of a YAML document, placed on its key's line."""
    problems = []
    for loc, text in _strings(doc.data, ()):
        fragments = html_fragments(text)
        if fragments:
            field = next((p for p in reversed(loc) if isinstance(p, str)), None)
            found = [f for line in sorted(fragments) for f in fragments[line]]
            problems.append(doc.problem(loc, html_message(found, field)))
    return problems


def _strings(data: Any, loc: Loc) -> Iterator[tuple[Loc, str]]:
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*loc, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*loc, index))
