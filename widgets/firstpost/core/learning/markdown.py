"""Lesson Markdown to HTML that is safe to put on the page.

Lesson files are written by facilitators, not developers, and may one day be edited by
anyone in a workshop, so the renderer trusts nothing: raw HTML is shown as text, only
web, e-mail and relative links survive (never `javascript:` or `data:`), and images are
replaced by their description, because a page must load nothing from other hosts.
Headings are moved down a level or more, so lesson text never adds a second <h1>.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from html import escape
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
NEW_TAB_NOTE = '<span class="fp-visually-hidden"> (opens in a new tab)</span>'

LinkRewriter = Callable[[str], str]


def is_safe_link(url: str) -> bool:
    """Web and e-mail addresses, and links within the kit (relative, same host)."""
    url = url.strip()
    if not url or "\\" in url or any(ord(ch) < 32 for ch in url):
        return False
    if url.startswith("//"):  # another host, written without a scheme
        return False
    parts = urlsplit(url)
    if parts.scheme:
        return parts.scheme.lower() in SAFE_SCHEMES
    return True


def is_external(url: str) -> bool:
    return urlsplit(url).scheme.lower() in ("http", "https")


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.validateLink = is_safe_link  # type: ignore[method-assign]
    md.add_render_rule("link_open", _link_open)
    md.add_render_rule("link_close", _link_close)
    md.add_render_rule("image", _image)
    md.add_render_rule("heading_open", _heading)
    md.add_render_rule("heading_close", _heading)
    md.add_render_rule("table_open", _table_open)
    return md


def render_markdown(
    text: str, *, top_heading: int = 2, rewrite_link: LinkRewriter | None = None
) -> str:
    """HTML for `text`. `#` becomes <h{top_heading}> (never <h1>), `##` the level below.
    `rewrite_link` may adjust links within the kit (e.g. to carry the learner's code)."""
    env: dict[str, Any] = {
        "offset": max(2, top_heading),
        "rewrite": rewrite_link,
        "links": [],
    }
    return _parser().render(text, env)


def _link_open(self, tokens: list[Token], idx: int, options, env: dict) -> str:  # type: ignore[no-untyped-def]
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    if not href or not is_safe_link(href):
        env["links"].append(None)
        return ""  # the words stay; the unsafe address goes
    external = is_external(href)
    if not external and env.get("rewrite") is not None:
        href = env["rewrite"](href)
    title = token.attrGet("title")
    attrs = f' href="{escape(href)}"'
    if title:
        attrs += f' title="{escape(str(title))}"'
    if external:
        attrs += ' target="_blank" rel="noopener noreferrer"'
    env["links"].append(external)
    return f"<a{attrs}>"


def _link_close(self, tokens: list[Token], idx: int, options, env: dict) -> str:  # type: ignore[no-untyped-def]
    external = env["links"].pop() if env["links"] else False
    if external is None:
        return ""
    return (NEW_TAB_NOTE if external else "") + "</a>"


def _image(self, tokens: list[Token], idx: int, options, env: dict) -> str:  # type: ignore[no-untyped-def]
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    return f'<span class="fp-image-text">[Picture: {escape(alt)}]</span>' if alt else ""


def _heading(self, tokens: list[Token], idx: int, options, env: dict) -> str:  # type: ignore[no-untyped-def]
    token = tokens[idx]
    level = min(6, int(token.tag[1:]) + env["offset"] - 1)
    return f"<h{level}>" if token.nesting == 1 else f"</h{level}>\n"


def _table_open(self, tokens: list[Token], idx: int, options, env: dict) -> str:  # type: ignore[no-untyped-def]
    return '<table class="fp-table">\n'
