"""Each figure of a case with its status badge, the reason for any doubt and its sources.

The source article's most quoted numbers (McDonald's 3%, Domino's 10%) do not stand
up. Showing every number beside a status in words, why it has that status and where
it comes from lets a learner repeat a figure with the right amount of confidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from firstpost.core.content.case_studies import CaseStudy
from firstpost.core.content.course import Content
from firstpost.core.content.figures import Figure
from firstpost.core.content.sources import Source

STATUS_LABELS = {"verified": "Verified", "reported": "Reported", "disputed": "Disputed"}
STATUS_MEANINGS = {
    "verified": "checked against the original source, which says what the claim says",
    "reported": "a source states it, but it is unchecked, second-hand or narrower than it looks",
    "disputed": "the sources do not back it, or point to a different number",
}
# Doubtful figures first, so the warning is read before the number is repeated.
STATUS_ORDER = {"disputed": 0, "reported": 1, "verified": 2}


@dataclass(frozen=True)
class SourceView:
    id: str
    title: str
    publisher: str
    url: str | None
    published: str | None
    kind: str

    @property
    def citation(self) -> str:
        when = f", {self.published}" if self.published else ""
        kind = "original source" if self.kind == "primary" else "reported by a third party"
        return f"{self.title} ({self.publisher}{when}; {kind})"


@dataclass(frozen=True)
class RelatedFigure:
    value: str
    claim: str
    status: str


@dataclass(frozen=True)
class FigureBadge:
    """What the page shows for one figure: value, badge, claim, doubt and sources."""

    id: str
    value: str
    claim: str
    status: str
    label: str
    meaning: str
    why: str | None
    sources: tuple[SourceView, ...]
    related: tuple[RelatedFigure, ...]

    @property
    def badge_text(self) -> str:
        """The status in words, so colour is never the only signal."""
        return f"{self.label}: {self.meaning}"


def source_view(source: Source) -> SourceView:
    return SourceView(
        id=source.id,
        title=source.title,
        publisher=source.publisher,
        url=source.url,
        published=source.published,
        kind=source.kind,
    )


def _sources(content: Content, ids: tuple[str, ...]) -> tuple[SourceView, ...]:
    return tuple(source_view(content.sources[i]) for i in ids if i in content.sources)


def figure_badge(figure: Figure, content: Content) -> FigureBadge:
    related = tuple(
        RelatedFigure(content.figures[r].value, content.figures[r].claim, content.figures[r].status)
        for r in figure.related
        if r in content.figures
    )
    return FigureBadge(
        id=figure.id,
        value=figure.value,
        claim=figure.claim,
        status=figure.status,
        label=STATUS_LABELS[figure.status],
        meaning=STATUS_MEANINGS[figure.status],
        why=figure.why,
        sources=_sources(content, figure.sources),
        related=related,
    )


def case_figures(case: CaseStudy, content: Content) -> tuple[Figure, ...]:
    """The case's figures as Figure objects; ids missing from the content are left out."""
    found = []
    for ref in case.figures:
        if isinstance(ref, str):
            if ref in content.figures:
                found.append(content.figures[ref])
        else:
            found.append(ref)
    return tuple(found)


def figure_badges(case: CaseStudy, content: Content) -> tuple[FigureBadge, ...]:
    """Every figure of the case, doubtful ones first, each in the order written."""
    figures = case_figures(case, content)
    ordered = sorted(enumerate(figures), key=lambda item: (STATUS_ORDER[item[1].status], item[0]))
    return tuple(figure_badge(figure, content) for _, figure in ordered)


def case_sources(case: CaseStudy, content: Content) -> tuple[SourceView, ...]:
    return _sources(content, case.sources)
