"""The loaded course: what the apps read, in the order config.yaml gives.

Handed out from a cache and shared by every widget in a kernel, so it is immutable:
tuples, read-only mappings and frozen models all the way down.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from firstpost.core.content.case_studies import CaseStudy
from firstpost.core.content.channels import Channel
from firstpost.core.content.config import CourseConfig
from firstpost.core.content.episodes import Episode
from firstpost.core.content.figures import Figure
from firstpost.core.content.problems import Problem
from firstpost.core.content.sources import Source


@dataclass(frozen=True)
class ExampleFile:
    """A worked example exported by the planner; listed here, read by the planner."""

    id: str
    file: str
    path: Path


@dataclass(frozen=True, eq=False)
class Content:
    """Everything in the lessons folder that loaded cleanly, plus the problems found.

    Items whose own file has problems are left out rather than shown half-right; the
    problems say why. `load_content(strict=True)` refuses content with any problem.
    """

    root: Path
    config: CourseConfig | None
    episodes: tuple[Episode, ...]
    case_studies: tuple[CaseStudy, ...]
    channels: tuple[Channel, ...]
    sources: Mapping[str, Source]
    figures: Mapping[str, Figure]
    figure_files: Mapping[str, str]
    examples: tuple[ExampleFile, ...]
    problems: tuple[Problem, ...]

    @property
    def title(self) -> str:
        return self.config.title if self.config is not None else ""

    @property
    def is_valid(self) -> bool:
        return not self.problems

    @cached_property
    def _episodes(self) -> dict[str, Episode]:
        return {episode.id: episode for episode in self.episodes}

    @cached_property
    def _case_studies(self) -> dict[str, CaseStudy]:
        return {case.id: case for case in self.case_studies}

    @cached_property
    def _channels(self) -> dict[str, Channel]:
        return {channel.id: channel for channel in self.channels}

    def episode(self, episode_id: str) -> Episode:
        return _lookup(self._episodes, episode_id, "episode")

    def case_study(self, case_id: str) -> CaseStudy:
        return _lookup(self._case_studies, case_id, "case study")

    def channel(self, channel_id: str) -> Channel:
        return _lookup(self._channels, channel_id, "channel")

    def source(self, source_id: str) -> Source:
        return _lookup(self.sources, source_id, "source")

    def figure(self, figure_id: str) -> Figure:
        return _lookup(self.figures, figure_id, "figure")

    def resolve_figures(self, refs: Iterable[str | Figure]) -> tuple[Figure, ...]:
        """A `figures:` list (ids or figures written in place) as Figure objects."""
        return tuple(self.figure(ref) if isinstance(ref, str) else ref for ref in refs)

    def resolve_sources(self, source_ids: Iterable[str]) -> tuple[Source, ...]:
        return tuple(self.source(source_id) for source_id in source_ids)


T = TypeVar("T")


def _lookup(items: Mapping[str, T], key: str, kind: str) -> T:
    try:
        return items[key]
    except KeyError:
        known = ", ".join(sorted(items)) or "none"
        message = f"no {kind} with id {key!r} in the loaded content (known: {known})"
        raise KeyError(message) from None
