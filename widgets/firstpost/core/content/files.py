"""Reading each kind of file in the lessons folder, with the problems each can have.

Split from loader.py, which assembles the course: this module knows file names, folder
layout and how a bad file is reported; loader.py knows the order and the cache.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, RootModel, ValidationError

from firstpost.core.content import checks
from firstpost.core.content.case_studies import CaseStudy
from firstpost.core.content.channels import Channel
from firstpost.core.content.config import CourseConfig
from firstpost.core.content.course import ExampleFile
from firstpost.core.content.episodes import parse_episode
from firstpost.core.content.fields import ID_PATTERN
from firstpost.core.content.markup import yaml_html_problems
from firstpost.core.content.messages import validation_problems
from firstpost.core.content.problems import Problem
from firstpost.core.content.yaml_lines import YamlDoc, load_yaml

CONFIG_FILE = "config.yaml"
SOURCES_FILE = "sources.yaml"
FIGURES_FILE = "figures.yaml"
# config.yaml key -> (folder, file suffix, kind used in messages)
FOLDERS = {
    "episodes": ("episodes", ".md", "episode"),
    "case_studies": ("case_studies", ".yaml", "case study"),
    "channels": ("channels", ".yaml", "channel"),
}
EXAMPLES_FOLDER = "examples"
# Files a facilitator may keep beside the content without it counting as content.
_IGNORED_NAMES = frozenset({"README.md"})


@dataclass
class Build:
    """What loading has gathered so far: problems, and ids defined and referenced."""

    root: Path
    problems: list[Problem] = field(default_factory=list)
    refs: list[checks.Ref] = field(default_factory=list)
    definitions: list[checks.Definition] = field(default_factory=list)
    known: dict[str, set[str]] = field(default_factory=dict)

    def read_yaml(self, relative: str, top_label: str = "key") -> YamlDoc | None:
        text = self.read(relative)
        if text is None:
            return None
        doc, problems = load_yaml(text, relative, top_label=top_label)
        self.problems.extend(problems)
        if doc is not None:
            self.problems.extend(yaml_html_problems(doc))
        return doc

    def read(self, relative: str) -> str | None:
        try:
            return (self.root / relative).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            message = "the file is not UTF-8 text; save it as UTF-8 from your editor"
        except OSError as error:
            message = f"the file cannot be read ({error.strerror}); check its permissions"
        self.problems.append(Problem(relative, 1, message))
        return None

    def validate(self, doc: YamlDoc, model: type[BaseModel], data: Any = None) -> Any:
        try:
            return model.model_validate(doc.data if data is None else data)
        except ValidationError as error:
            self.problems.extend(validation_problems(doc, error, model))
            return None


def load_config(build: Build) -> tuple[CourseConfig | None, YamlDoc | None]:
    if not (build.root / CONFIG_FILE).is_file():
        build.problems.append(
            Problem(
                CONFIG_FILE,
                1,
                "config.yaml is missing; create it with "
                "`title` and the lists `episodes`, `case_studies` and "
                "`channels`",
            )
        )
        return None, None
    doc = build.read_yaml(CONFIG_FILE)
    if doc is None:
        return None, None
    if doc.data is None:
        build.problems.append(
            Problem(
                CONFIG_FILE,
                1,
                "config.yaml is empty; add `title` and "
                "the lists `episodes`, `case_studies` and `channels`",
            )
        )
        return None, doc
    config = build.validate(doc, CourseConfig)
    if config is not None:
        for key, (_, _, kind) in FOLDERS.items():
            refs = checks.id_list_refs(doc, (key,), kind, getattr(config, key))
            build.problems.extend(checks.repeated_ref_problems(refs))
    return config, doc


def load_registry(
    build: Build, file: str, model: type[RootModel[Any]], kind: str
) -> tuple[dict[str, Any], YamlDoc | None]:
    """Validate a registry entry by entry, so one bad entry does not hide the rest."""
    known = build.known.setdefault(kind, set())
    if not (build.root / file).is_file():
        build.problems.append(
            Problem(
                file,
                1,
                f"{file} is missing; create it (an empty file is allowed until the first entry)",
            )
        )
        return {}, None
    doc = build.read_yaml(file, top_label=f"{kind} id")
    if doc is None or doc.data is None:
        return {}, doc
    if not isinstance(doc.data, dict):
        build.problems.append(
            doc.problem(
                (),
                f"{file} must hold entries, each an id on its own line "
                f"(e.g. `my-{kind}-id:`) followed by its fields, indented",
            )
        )
        return {}, doc
    entries = {}
    for key, value in doc.data.items():
        known.add(str(key))
        validated = build.validate(doc, model, data={key: value})
        if validated is not None:
            entries[key] = validated.root[key]
    return entries, doc


def load_folder(build: Build, key: str) -> dict[str, Any]:
    """id -> loaded item (None when the file has problems of its own), for every file."""
    folder, suffix, kind = FOLDERS[key]
    known = build.known.setdefault(kind, set())
    directory = build.root / folder
    if not directory.is_dir():
        return {}  # git does not keep empty folders; an absent one is an empty one
    items: dict[str, Any] = {}
    for path in sorted(directory.iterdir()):
        relative = f"{folder}/{path.name}"
        if path.name.startswith(".") or path.name in _IGNORED_NAMES or path.is_dir():
            continue
        if path.suffix != suffix:
            build.problems.append(
                Problem(
                    relative,
                    1,
                    f"{path.name} is not loaded because it "
                    f"does not end in {suffix}; rename it or move it out "
                    f"of {folder}/",
                )
            )
            continue
        if not re.match(ID_PATTERN, path.stem):
            build.problems.append(
                Problem(
                    relative,
                    1,
                    f"the file name '{path.stem}' is not a "
                    "valid id; use lower-case letters and digits joined by "
                    f"hyphens, e.g. first-steps{suffix}",
                )
            )
            continue
        known.add(path.stem)
        before = len(build.problems)
        item = _LOADERS[key](build, relative, path.stem)
        items[path.stem] = item if len(build.problems) == before else None
    return items


def _load_yaml_item(build: Build, relative: str, stem: str, model: type[BaseModel]) -> Any:
    doc = build.read_yaml(relative)
    if doc is None:
        return None
    if doc.data is None:
        build.problems.append(
            Problem(relative, 1, "the file is empty; see lessons/README.md for the fields it needs")
        )
        return None
    item = build.validate(doc, model)
    if item is None:
        return None
    mismatch = checks.id_matches_file_problem(doc, item.id, stem, ".yaml")
    if mismatch is not None:
        build.problems.append(mismatch)
    if isinstance(item, CaseStudy):
        build.problems.extend(checks.decision_point_problems(doc, item))
        build.refs.extend(checks.case_study_refs(doc, item, build.definitions))
    elif isinstance(item, Channel):
        build.refs.extend(checks.channel_refs(doc, item))
    return item


def _load_episode(build: Build, relative: str, stem: str) -> Any:
    text = build.read(relative)
    if text is None:
        return None
    parsed = parse_episode(text, relative)
    build.problems.extend(parsed.problems)
    if parsed.meta is not None and parsed.front_matter is not None:
        mismatch = checks.id_matches_file_problem(parsed.front_matter, parsed.meta.id, stem, ".md")
        if mismatch is not None:
            build.problems.append(mismatch)
        build.refs.extend(checks.episode_refs(parsed.front_matter, parsed.meta, build.definitions))
    return parsed.episode


_LOADERS: dict[str, Callable[[Build, str, str], Any]] = {
    "episodes": _load_episode,
    "case_studies": lambda build, rel, stem: _load_yaml_item(build, rel, stem, CaseStudy),
    "channels": lambda build, rel, stem: _load_yaml_item(build, rel, stem, Channel),
}


def check_listing(
    build: Build, config: CourseConfig, doc: YamlDoc, present: dict[str, dict[str, Any]]
) -> None:
    """config.yaml and the folders must agree, or content silently goes missing."""
    for key, (folder, suffix, kind) in FOLDERS.items():
        listed: Iterable[str] = getattr(config, key)
        for index, item_id in enumerate(listed):
            if item_id not in present[key]:
                build.problems.append(
                    doc.problem(
                        (key, index),
                        f"`{key}` lists {kind} '{item_id}' but there is no file "
                        f"{folder}/{item_id}{suffix}; create it or remove '{item_id}' "
                        "from the list",
                    )
                )
        for item_id in present[key]:
            if item_id not in listed:
                build.problems.append(
                    Problem(
                        f"{folder}/{item_id}{suffix}",
                        1,
                        f"{kind} '{item_id}' is not listed under `{key}` in config.yaml; add it "
                        "there to include it in the course, or delete the file",
                    )
                )


def list_examples(root: Path) -> tuple[ExampleFile, ...]:
    directory = root / EXAMPLES_FOLDER
    if not directory.is_dir():
        return ()
    return tuple(
        ExampleFile(id=path.stem, file=f"{EXAMPLES_FOLDER}/{path.name}", path=path)
        for path in sorted(directory.glob("*.json"))
        if path.is_file()
    )
