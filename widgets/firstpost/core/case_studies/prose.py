"""A case's Markdown text as safe HTML for the page.

Case files are Markdown with HTML switched off (lessons/README.md): any tag an author
types is shown as text, never run, so a slip in a YAML file cannot inject markup.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def markdown_html(text: str) -> str:
    """HTML for `text`; raw HTML in it comes out escaped."""
    return _parser().render(text)
