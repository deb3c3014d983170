"""The cases on offer: cards for the app, and the same data for the command line.

One place decides how a case is summarised, so `firstpost cases list --json`, the
cards a participant picks from and the planner's case-study links cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from firstpost.core.case_studies.badges import case_figures, case_sources
from firstpost.core.case_studies.controls import CONTROL_LABELS
from firstpost.core.case_studies.timeline import timeline_points
from firstpost.core.content.case_studies import CaseStudy
from firstpost.core.content.controls import CONTROLS
from firstpost.core.content.course import Content

KIND_LABELS = {"cautionary": "Cautionary tale", "positive": "What worked"}


@dataclass(frozen=True)
class CaseCard:
    """What a card shows before a case is opened."""

    id: str
    title: str
    organisation: str
    year: str
    kind: str
    kind_label: str
    decisions: int

    @property
    def button_label(self) -> str:
        return f"Open {self.title}"


def case_card(case: CaseStudy) -> CaseCard:
    return CaseCard(
        id=case.id,
        title=case.title,
        organisation=case.organisation,
        year=case.date[:4],
        kind=case.kind,
        kind_label=KIND_LABELS[case.kind],
        decisions=len(case.decision_points),
    )


def case_cards(content: Content) -> tuple[CaseCard, ...]:
    """Cards in the course's running order (config.yaml)."""
    return tuple(case_card(case) for case in content.case_studies)


def find_case(content: Content, case_id: str) -> CaseStudy | None:
    return next((case for case in content.case_studies if case.id == case_id), None)


def case_summary(case: CaseStudy) -> dict[str, str]:
    """The fields `firstpost cases list --json` prints for each case."""
    return {"id": case.id, "title": case.title, "date": case.date, "kind": case.kind}


def case_controls(case: CaseStudy) -> list[dict[str, Any]]:
    """Each control the case's lessons name, once, with the lessons that name it."""
    found: dict[str, list[str]] = {}
    for lesson in case.lessons:
        for control in lesson.controls:
            found.setdefault(control, []).append(lesson.lesson)
    return [
        {
            "id": control,
            "label": CONTROL_LABELS[control],
            "text": CONTROLS[control],
            "lessons": lessons,
        }
        for control, lessons in found.items()
    ]


def case_detail(case: CaseStudy, content: Content) -> dict[str, Any]:
    """The whole case for `firstpost cases show ID --json`, with figures and sources resolved."""
    detail: dict[str, Any] = case.model_dump(mode="json", exclude={"figures"})
    detail["timeline"] = [
        {
            "at": event.at,
            "approximate": event.approximate,
            "since_start": point.since_start,
            "elapsed": event.elapsed,
            "event": event.event,
        }
        for event, point in zip(case.timeline, timeline_points(case), strict=True)
    ]
    detail["figures"] = [
        {
            "id": figure.id,
            "claim": figure.claim,
            "value": figure.value,
            "status": figure.status,
            "why": figure.why,
            "sources": list(figure.sources),
            "related": list(figure.related),
        }
        for figure in case_figures(case, content)
    ]
    detail["controls"] = case_controls(case)
    detail["sources"] = [
        {
            "id": source.id,
            "title": source.title,
            "publisher": source.publisher,
            "url": source.url,
            "published": source.published,
            "kind": source.kind,
        }
        for source in case_sources(case, content)
    ]
    return detail
