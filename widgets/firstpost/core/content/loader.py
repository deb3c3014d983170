"""Read the lessons folder into a `Content`, collecting every problem on the way.

`load_content` is what apps call: cached per folder, so a room of kernels (or one app
with many widgets) parses the files once. `check_content` always reads afresh, because
it is what a facilitator runs after editing a file.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from firstpost.core.content import checks
from firstpost.core.content.course import Content
from firstpost.core.content.figures import Figure, FiguresFile
from firstpost.core.content.files import (
    FIGURES_FILE,
    FOLDERS,
    SOURCES_FILE,
    Build,
    check_listing,
    list_examples,
    load_config,
    load_folder,
    load_registry,
)
from firstpost.core.content.problems import ContentError, Problem, sorted_problems
from firstpost.core.content.sources import Source, SourcesFile


def load_content(lessons_dir: Path | None = None, *, strict: bool = False) -> Content:
    """The course in `lessons_dir` (default: the kit's lessons folder), cached per folder.

    With `strict=True`, raise ContentError if anything is wrong, so an app shows a clear
    failure instead of a course with pieces missing.
    """
    root = _resolve(lessons_dir)
    content = _load_cached(root)
    if strict and content.problems:
        raise ContentError(content.problems, root)
    return content


def check_content(lessons_dir: Path | None = None) -> list[Problem]:
    """Every problem in the lessons folder, read fresh from disk, in file and line order."""
    return list(build_content(_resolve(lessons_dir)).problems)


def clear_content_cache() -> None:
    """Forget loaded courses, e.g. after a facilitator edits a file during a session."""
    _load_cached.cache_clear()


def _resolve(lessons_dir: Path | None) -> Path:
    if lessons_dir is None:
        from firstpost.core.paths import lessons_dir as default_lessons_dir

        lessons_dir = default_lessons_dir()
    root = Path(lessons_dir).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"no lessons folder at {root}")
    return root


@cache
def _load_cached(root: Path) -> Content:
    return build_content(root)


def build_content(root: Path) -> Content:
    """Load and check everything under `root`; never raises for bad content."""
    build = Build(root)
    config, config_doc = load_config(build)
    sources, _ = load_registry(build, SOURCES_FILE, SourcesFile, "source")
    figures, figures_doc = load_registry(build, FIGURES_FILE, FiguresFile, "figure")
    for figure_id, entry in figures.items():
        if figures_doc is not None:
            build.refs.extend(checks.figure_fields_refs(figures_doc, (figure_id,), entry))
            build.definitions.append(
                checks.Definition(figures_doc, (figure_id,), "figure", figure_id)
            )

    present = {key: load_folder(build, key) for key in FOLDERS}
    build.known.setdefault("figure", set()).update(
        d.id for d in build.definitions if d.kind == "figure"
    )
    if config is not None and config_doc is not None:
        check_listing(build, config, config_doc, present)
    build.problems.extend(checks.duplicate_definition_problems(build.definitions))
    build.problems.extend(checks.unknown_reference_problems(build.refs, build.known))
    build.problems.extend(checks.repeated_ref_problems(build.refs))

    def ordered(key: str) -> tuple[Any, ...]:
        loaded = present[key]
        order = getattr(config, key) if config is not None else sorted(loaded)
        return tuple(loaded[i] for i in order if loaded.get(i) is not None)

    episodes, case_studies = ordered("episodes"), ordered("case_studies")
    all_figures = {key: Figure(id=key, **dict(entry)) for key, entry in figures.items()}
    figure_files = dict.fromkeys(all_figures, FIGURES_FILE)
    embedded = [(c.figures, f"case_studies/{c.id}.yaml") for c in case_studies]
    embedded += [(e.meta.figures, e.file) for e in episodes]
    for refs, file in embedded:
        for ref in refs:
            if isinstance(ref, Figure) and ref.id not in all_figures:
                all_figures[ref.id] = ref
                figure_files[ref.id] = file
    content = Content(
        root=root,
        config=config,
        episodes=episodes,
        case_studies=case_studies,
        channels=ordered("channels"),
        sources=MappingProxyType({k: Source(id=k, **dict(v)) for k, v in sources.items()}),
        figures=MappingProxyType(all_figures),
        figure_files=MappingProxyType(figure_files),
        examples=list_examples(root),
        problems=tuple(sorted_problems(build.problems)),
    )
    # Links inside episode text need the loaded course (which episodes and cases exist).
    from firstpost.core.learning.links import episode_link_problems

    link_problems = episode_link_problems(content)
    if not link_problems:
        return content
    return dataclasses.replace(
        content, problems=tuple(sorted_problems([*content.problems, *link_problems]))
    )
