"""Links written in episode text: do they lead somewhere real?

A facilitator who renames an episode or mistypes `lessons.ipynb?episode=stayng-safe`
would otherwise only find out when a learner clicks a dead link in a workshop. Each
problem names the file and line and says what to write instead, in the same form as
every other `firstpost lessons check` problem. Unsafe addresses (`javascript:`, `data:`)
are reported too: the reader drops them, so the words would show without a link.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from firstpost.core.content.problems import Problem
from firstpost.core.learning.markdown import is_safe_link

if TYPE_CHECKING:
    from firstpost.core.content.course import Content
    from firstpost.core.content.episodes import Episode


def kit_notebooks() -> frozenset[str]:
    """Every app a lesson may link to, built yet or not (Home lists only built ones)."""
    from firstpost.core.apps import APPS, HOME

    return frozenset(app.notebook for app in (HOME, *APPS))


def episode_link_problems(
    content: Content, notebooks: Collection[str] | None = None
) -> list[Problem]:
    """Problems with the links in every episode's text (not its quiz YAML or code)."""
    notebooks = kit_notebooks() if notebooks is None else notebooks
    known = {
        "episode": {e.id for e in content.episodes},
        "case": {c.id for c in content.case_studies},
    }
    problems: list[Problem] = []
    for episode in content.episodes:
        path = Path(content.root) / episode.file
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue  # the loader has already reported a file it could not read
        for line, href in links_in(text, quiz_lines(episode)):
            message = link_problem(href, notebooks, known)
            if message:
                problems.append(Problem(episode.file, line, message))
    return problems


def quiz_lines(episode: Episode) -> frozenset[int]:
    """File lines inside quiz blocks: YAML shown as plain text, so never a link."""
    return frozenset(
        n for block in episode.blocks("quiz") for n in range(block.line, block.end_line + 1)
    )


def links_in(text: str, skip: Collection[int] = ()) -> Iterator[tuple[int, str]]:
    """(file line, address) for each Markdown link, after the front matter."""
    from markdown_it import MarkdownIt

    lines = text.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        start = next((i + 1 for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
    body = "\n".join("" if start + i + 1 in skip else line for i, line in enumerate(lines[start:]))
    parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    parser.validateLink = lambda url: True  # type: ignore[method-assign]  # judged below
    body_lines = body.splitlines()
    for token in parser.parse(body):
        if token.type != "inline" or token.map is None:
            continue
        first, end = token.map
        for child in token.children or ():
            if child.type == "link_open":
                href = str(child.attrGet("href") or "")
                # The paragraph's first line, or the line the address is written on.
                at = next((n for n in range(first, end) if href in body_lines[n]), first)
                yield start + at + 1, href


def link_problem(href: str, notebooks: Collection[str], known: dict[str, set[str]]) -> str | None:
    """Why `href` would not work for a learner, in words that say what to fix; or None."""
    if not is_safe_link(href):
        return (
            f"the link address '{href}' is not allowed, so the reader shows the words without "
            "a link; use an https:// address or a link to one of the kit's apps"
        )
    parts = urlsplit(href)
    if parts.scheme:
        if parts.scheme.lower() == "http":
            return f"the link '{href}' uses http://; write https:// so it opens securely"
        return None
    if not parts.path and parts.fragment:
        return None  # a jump within the page
    if parts.path not in notebooks:
        apps = ", ".join(sorted(notebooks))
        return f"the link '{href}' is not one of the kit's apps; link to one of: {apps}"
    query = parse_qs(parts.query)
    for name, ids in known.items():
        for wanted in query.get(name, []):
            if wanted not in ids:
                kind = "episode" if name == "episode" else "case study"
                folder = "episodes/" if name == "episode" else "case_studies/"
                return (
                    f"the link '{href}' asks for {kind} '{wanted}', which the course does not "
                    f"have; use an id from {folder} (the file name without its ending)"
                )
    return None
