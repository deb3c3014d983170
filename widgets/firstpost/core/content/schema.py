"""JSON Schema files exported from the models, for editors and other tools.

The models are the schema; these files are a copy for YAML-aware editors and for anyone
reading the format without Python. A test compares the committed copy with a fresh
export, so the copy cannot drift from the code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from firstpost.core.content.case_studies import CaseStudy
from firstpost.core.content.channels import Channel
from firstpost.core.content.config import CourseConfig
from firstpost.core.content.episodes import Episode, EpisodeFrontMatter
from firstpost.core.content.figures import FiguresFile
from firstpost.core.content.quizzes import Quiz
from firstpost.core.content.sources import SourcesFile

DRAFT = "https://json-schema.org/draft/2020-12/schema"

# file name -> model. Episode is the parsed form (front matter plus blocks), for tools
# that consume `firstpost lessons` output rather than write episodes.
SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "config.schema.json": CourseConfig,
    "sources.schema.json": SourcesFile,
    "figures.schema.json": FiguresFile,
    "episode-front-matter.schema.json": EpisodeFrontMatter,
    "episode.schema.json": Episode,
    "quiz.schema.json": Quiz,
    "case-study.schema.json": CaseStudy,
    "channel.schema.json": Channel,
}


def json_schemas() -> dict[str, dict[str, Any]]:
    """file name -> JSON Schema, as the models define it now."""
    return {
        name: {"$schema": DRAFT, **model.model_json_schema(mode="validation")}
        for name, model in SCHEMA_MODELS.items()
    }


def schema_text(schema: dict[str, Any]) -> str:
    """The one serialisation used for writing and comparing, so diffs stay meaningful."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(out_dir: Path) -> list[Path]:
    """Write every schema file into `out_dir` (created if needed); return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in json_schemas().items():
        path = out_dir / name
        path.write_text(schema_text(schema), encoding="utf-8")
        written.append(path)
    return written


def stale_schema_files(directory: Path) -> list[str]:
    """Names in `directory` that are missing, out of date, or no longer produced."""
    expected = {name: schema_text(schema) for name, schema in json_schemas().items()}
    stale = []
    for name, text in expected.items():
        path = directory / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    stale.extend(
        path.name for path in sorted(directory.glob("*.schema.json")) if path.name not in expected
    )
    return sorted(stale)
