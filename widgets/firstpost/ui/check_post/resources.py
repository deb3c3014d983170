"""What the post checker reads from the course: channels, and where to learn more.

Every finding names the sources behind its rule; here those become links to the
lesson that cites them and the case study that shows the rule broken, using only
ids (the case-study and lessons apps open an item from `?case=` / `?episode=`).
Everything has a fallback, so the checker still works with a broken lessons folder:
the checks themselves need nothing from the content but channel limits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from firstpost.core.checks import ChannelLimit, Finding, channel_limits


@dataclass(frozen=True)
class Link:
    href: str
    label: str


@dataclass(frozen=True)
class CheckerResources:
    """Channels to offer and the course items findings can point to."""

    channels: tuple[ChannelLimit, ...]
    case_titles: Mapping[str, str] = field(default_factory=dict)
    # source id -> episodes (id, title) that cite it
    episodes_by_source: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # case-study id -> episodes (id, title) that use it
    episodes_by_case: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # source id -> (how to cite it, web address or "")
    sources: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    case_studies_app: bool = False
    lessons_app: bool = False

    def learn_more(self, finding: Finding) -> list[Link]:
        """Links to the case study and lessons behind a finding's rule, most specific first."""
        links: list[Link] = []
        case = finding.case_study
        if case and self.case_studies_app and case in self.case_titles:
            links.append(
                Link(f"case_studies.ipynb?case={case}", f"Case study: {self.case_titles[case]}")
            )
        if self.lessons_app:
            seen: set[str] = set()
            candidates = list(self.episodes_by_case.get(case or "", ()))
            for source in finding.sources:
                candidates.extend(self.episodes_by_source.get(source, ()))
            for episode_id, title in candidates:
                if episode_id not in seen and len(seen) < 2:
                    seen.add(episode_id)
                    links.append(Link(f"lessons.ipynb?episode={episode_id}", f"Lesson: {title}"))
        return links

    def citations(self, finding: Finding) -> list[tuple[str, str]]:
        """(citation, web address or "") for each source of a finding the course knows."""
        return [self.sources[s] for s in finding.sources if s in self.sources]


def resources_from_content(content: Any | None, built_notebooks: set[str]) -> CheckerResources:
    """Resources from a loaded course (None: built-in channels, no links)."""
    if content is None:
        return CheckerResources(channels=channel_limits(None))
    by_source: dict[str, list[tuple[str, str]]] = {}
    by_case: dict[str, list[tuple[str, str]]] = {}
    for episode in content.episodes:
        meta = getattr(episode, "meta", episode)  # front matter holds the references
        for source in getattr(meta, "sources", ()):
            by_source.setdefault(source, []).append((episode.id, episode.title))
        for case in getattr(meta, "case_studies", ()):
            by_case.setdefault(case, []).append((episode.id, episode.title))
    sources = {
        source_id: (_citation(source.title, source.publisher), source.url or "")
        for source_id, source in content.sources.items()
    }
    return CheckerResources(
        channels=channel_limits(content),
        case_titles=MappingProxyType({c.id: c.title for c in content.case_studies}),
        episodes_by_source=MappingProxyType({k: tuple(v) for k, v in by_source.items()}),
        episodes_by_case=MappingProxyType({k: tuple(v) for k, v in by_case.items()}),
        sources=MappingProxyType(sources),
        case_studies_app="case_studies.ipynb" in built_notebooks,
        lessons_app="lessons.ipynb" in built_notebooks,
    )


def _citation(title: str, publisher: str) -> str:
    """ "Title (Publisher)", without repeating a publisher the title already names."""
    if publisher.casefold() in title.casefold():
        return title
    return f"{title} ({publisher})"


def default_resources() -> CheckerResources:
    """The kit's own course and apps; built-in channels if the course cannot be read."""
    from firstpost.core.apps import built_apps

    built = {app.notebook for app in built_apps()}
    try:
        from firstpost.core.content import load_content

        content = load_content()
    except Exception:  # content problems are `firstpost lessons check`'s to report
        from firstpost.ui.errors import report

        report("reading the course content for the post checker")
        content = None
    return resources_from_content(content, built)
