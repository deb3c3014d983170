"""The JSON Schema export and the staleness check that keeps lessons/schema/ honest."""

from __future__ import annotations

import json
from pathlib import Path

from firstpost.core.content.schema import (
    SCHEMA_MODELS,
    json_schemas,
    stale_schema_files,
    write_schemas,
)


def test_fresh_export_is_not_stale(tmp_path: Path) -> None:
    write_schemas(tmp_path)
    assert stale_schema_files(tmp_path) == []


def test_changed_missing_and_extra_files_are_stale(tmp_path: Path) -> None:
    write_schemas(tmp_path)
    quiz = tmp_path / "quiz.schema.json"
    schema = json.loads(quiz.read_text("utf-8"))
    schema["required"] = []
    quiz.write_text(json.dumps(schema, indent=2) + "\n", "utf-8")
    (tmp_path / "channel.schema.json").unlink()
    (tmp_path / "retired.schema.json").write_text("{}\n", "utf-8")
    assert stale_schema_files(tmp_path) == [
        "channel.schema.json",
        "quiz.schema.json",
        "retired.schema.json",
    ]


def test_schemas_describe_the_closed_lists_and_forbid_unknown_fields() -> None:
    schemas = json_schemas()
    assert set(schemas) == set(SCHEMA_MODELS)
    figure = schemas["figures.schema.json"]
    assert figure["additionalProperties"] is False
    entry = figure["$defs"]["FigureEntry"]
    assert entry["additionalProperties"] is False
    assert entry["properties"]["status"]["enum"] == ["verified", "reported", "disputed"]
    assert entry["properties"]["sources"]["minItems"] == 1
    block = schemas["episode.schema.json"]["$defs"]["Block"]
    assert block["properties"]["name"]["enum"] == [
        "challenge",
        "solution",
        "instructor",
        "callout",
        "quiz",
        "objectives",
        "keypoints",
    ]
    assert all(s["$schema"].endswith("2020-12/schema") for s in schemas.values())
