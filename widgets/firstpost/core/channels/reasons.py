"""Reasons in plain English, each carrying the sources and figures behind it.

A shortlist is only useful to a cautious team if every line of it can be traced: who
said so, whether that is the original publisher or someone reporting it, and whether
any number quoted is verified, reported or disputed. The lookups take the loaded
course content but work with empty registries too, so the scoring is testable alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """A source as a reader sees it: who, when, and whether first-hand."""

    source_id: str
    label: str
    title: str = ""
    url: str | None = None
    secondary: bool = False


@dataclass(frozen=True)
class FigureNote:
    """A number quoted in a reason, with how far it can be trusted."""

    figure_id: str
    value: str
    status: str
    why: str = ""


@dataclass(frozen=True)
class Reason:
    """One plain-English line of a channel's case, for or against."""

    topic: str  # a criterion id, "acas" for the two-types rule, or "note"
    text: str
    citations: tuple[Citation, ...] = ()
    figures: tuple[FigureNote, ...] = ()

    def plain(self) -> str:
        """The reason as one line of text, sources and figure statuses included."""
        line = self.text
        if self.citations:
            line += " (source: " + "; ".join(c.label for c in self.citations) + ")"
        for figure in self.figures:
            line += f" [{figure.value} is {figure.status}]"
        return line


@dataclass(frozen=True)
class Library:
    """The registries reasons are looked up in: sources and figures, by id."""

    sources: Mapping[str, Any] = field(default_factory=dict)
    figures: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_content(cls, content: Any) -> Library:
        return cls(sources=content.sources, figures=content.figures)

    def cite(self, source_ids: Iterable[str]) -> tuple[Citation, ...]:
        return tuple(self._citation(source_id) for source_id in source_ids)

    def _citation(self, source_id: str) -> Citation:
        source = self.sources.get(source_id)
        if source is None:
            return Citation(source_id, source_id)
        year = str(source.published)[:4] if source.published else ""
        label = source.publisher + (f", {year}" if year else "")
        secondary = source.kind == "secondary"
        if secondary:
            label += ", reported second-hand"
        return Citation(source_id, label, source.title, source.url, secondary)

    def figures_in(self, text: str, source_ids: Iterable[str]) -> tuple[FigureNote, ...]:
        """Registered figures quoted in `text` and backed by one of the same sources."""
        wanted = set(source_ids)
        notes = []
        for figure_id, figure in self.figures.items():
            if not wanted.intersection(figure.sources):
                continue
            if _quotes(text, figure.value):
                notes.append(FigureNote(figure_id, figure.value, figure.status, figure.why or ""))
        return tuple(notes)

    def figure(self, figure_id: str) -> tuple[FigureNote, ...]:
        figure = self.figures.get(figure_id)
        if figure is None:
            return ()
        return (FigureNote(figure_id, figure.value, figure.status, figure.why or ""),)


def _quotes(text: str, value: str) -> bool:
    # "94%" must not match inside "194%", nor "about half" inside "roundabout halfway".
    pattern = r"(?<![\w.,])" + re.escape(value) + r"(?![\w])"
    return re.search(pattern, text) is not None


NUMBER_PATTERN = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:%|m\b|k\b|million\b)|\d{1,3}(?:,\d{3})+")


def quoted_numbers(text: str) -> list[str]:
    """The percentages and large numbers in a piece of text (not years or small counts)."""
    return [match.group(0).replace(" ", "") for match in NUMBER_PATTERN.finditer(text)]
