"""Checks that span files: every id a file mentions must exist, and be defined once.

Field-level rules live in the models; these rules need the whole course in view (a
case study naming a figure that figures.yaml lacks), so they run after every file loads.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from firstpost.core.content.case_studies import CaseStudy
from firstpost.core.content.channels import Channel
from firstpost.core.content.episodes import EpisodeFrontMatter
from firstpost.core.content.figures import Figure, FigureFields
from firstpost.core.content.problems import Problem
from firstpost.core.content.yaml_lines import Loc, YamlDoc

# Where each kind of id is defined, for messages.
HOMES = {
    "source": "sources.yaml",
    "figure": "figures.yaml",
    "case study": "case_studies/",
    "channel": "channels/",
    "episode": "episodes/",
}


@dataclass(frozen=True)
class Ref:
    """A place in a file that names an id of some kind."""

    doc: YamlDoc
    loc: Loc
    kind: str
    id: str


@dataclass(frozen=True)
class Definition:
    """A place that defines an id (a figures.yaml key, or a figure written in place)."""

    doc: YamlDoc
    loc: Loc
    kind: str
    id: str


def id_list_refs(doc: YamlDoc, loc: Loc, kind: str, ids: Sequence[str]) -> Iterator[Ref]:
    for index, item in enumerate(ids):
        yield Ref(doc, (*loc, index), kind, item)


def figure_fields_refs(doc: YamlDoc, loc: Loc, figure: FigureFields) -> Iterator[Ref]:
    yield from id_list_refs(doc, (*loc, "sources"), "source", figure.sources)
    yield from id_list_refs(doc, (*loc, "related"), "figure", figure.related)


def figure_list_refs(
    doc: YamlDoc, loc: Loc, figures: Sequence[str | Figure], definitions: list[Definition]
) -> Iterator[Ref]:
    """Refs from a `figures:` list; figures written in place are recorded as definitions."""
    for index, figure in enumerate(figures):
        if isinstance(figure, str):
            yield Ref(doc, (*loc, index), "figure", figure)
        else:
            definitions.append(Definition(doc, (*loc, index, "id"), "figure", figure.id))
            yield from figure_fields_refs(doc, (*loc, index), figure)


def case_study_refs(doc: YamlDoc, case: CaseStudy, definitions: list[Definition]) -> Iterator[Ref]:
    yield from id_list_refs(doc, ("channels",), "channel", case.channels)
    yield from figure_list_refs(doc, ("figures",), case.figures, definitions)
    yield from id_list_refs(doc, ("sources",), "source", case.sources)


def channel_refs(doc: YamlDoc, channel: Channel) -> Iterator[Ref]:
    for name, fits in (("audiences", channel.audiences), ("purposes", channel.purposes)):
        for index, fit in enumerate(fits):
            yield from id_list_refs(doc, (name, index, "sources"), "source", fit.sources)
    yield from id_list_refs(doc, ("sources",), "source", channel.sources)


def episode_refs(
    doc: YamlDoc, meta: EpisodeFrontMatter, definitions: list[Definition]
) -> Iterator[Ref]:
    yield from id_list_refs(doc, ("sources",), "source", meta.sources)
    yield from figure_list_refs(doc, ("figures",), meta.figures, definitions)
    yield from id_list_refs(doc, ("case_studies",), "case study", meta.case_studies)


def unknown_reference_problems(refs: Iterable[Ref], known: dict[str, set[str]]) -> list[Problem]:
    """Every id that names nothing, with the nearest known id as a suggestion."""
    problems = []
    for ref in refs:
        ids = known.get(ref.kind, set())
        if ref.id in ids:
            continue
        close = difflib.get_close_matches(ref.id, sorted(ids), n=1)
        guess = f" (did you mean '{close[0]}'?)" if close else ""
        problems.append(
            ref.doc.problem(
                ref.loc,
                f"unknown {ref.kind} id '{ref.id}'{guess}: there is none in "
                f"{HOMES[ref.kind]}; fix the spelling or add it there",
            )
        )
    return problems


def repeated_ref_problems(refs: Iterable[Ref]) -> list[Problem]:
    """The same id twice in one list: harmless to the apps, but always a slip."""
    problems = []
    seen: set[tuple[str, Loc, str]] = set()
    for ref in refs:
        key = (ref.doc.file, ref.loc[:-1], ref.id)
        if key in seen:
            problems.append(
                ref.doc.problem(
                    ref.loc, f"{ref.kind} id '{ref.id}' is listed twice here; remove the repeat"
                )
            )
        seen.add(key)
    return problems


def duplicate_definition_problems(definitions: Iterable[Definition]) -> list[Problem]:
    """An id defined in two places would make every reference to it ambiguous."""
    problems = []
    first: dict[tuple[str, str], Definition] = {}
    for definition in definitions:
        key = (definition.kind, definition.id)
        if key not in first:
            first[key] = definition
            continue
        earlier = first[key]
        place = f"{earlier.doc.file} line {earlier.doc.line(earlier.loc)}"
        problems.append(
            definition.doc.problem(
                definition.loc,
                f"duplicate {definition.kind} id '{definition.id}': it is already defined in "
                f"{place}; give this one another id, or refer to the existing one by its id",
            )
        )
    return problems


def decision_point_problems(doc: YamlDoc, case: CaseStudy) -> list[Problem]:
    """A decision cannot wait for timeline events the case does not have."""
    problems = []
    stages = len(case.timeline)
    for index, point in enumerate(case.decision_points):
        if point.after_stage > stages:
            problems.append(
                doc.problem(
                    ("decision_points", index, "after_stage"),
                    f"`after_stage` in decision_points item {index + 1} is {point.after_stage}, "
                    f"but the timeline has only {stages} events; use a number from 0 to {stages}",
                )
            )
    return problems


def id_matches_file_problem(
    doc: YamlDoc, declared: str, expected: str, suffix: str
) -> Problem | None:
    """The file name is the id config.yaml lists, so the two must agree."""
    if declared == expected:
        return None
    return doc.problem(
        ("id",),
        f"`id` is '{declared}' but the file is named {expected}{suffix}; make them the same "
        "(rename the file or change the id)",
    )
