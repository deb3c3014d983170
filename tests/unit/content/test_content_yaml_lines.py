"""Mapping validation locations to file lines, and YAML-level problems."""

from __future__ import annotations

import datetime as dt

from content_fixtures import dedent

from firstpost.core.content import Problem
from firstpost.core.content.yaml_lines import load_yaml

TEXT = dedent("""
    fig-one:
      value: "3%"
      sources:
        - src-a
        - src-b
    fig-two:
      nested:
        deeper: x
""")


def doc(first_line: int = 1):
    loaded, problems = load_yaml(TEXT, "figures.yaml", first_line=first_line)
    assert problems == []
    assert loaded is not None
    return loaded


def test_location_maps_to_the_key_or_item_line() -> None:
    d = doc()
    assert d.line(("fig-one",)) == 1
    assert d.line(("fig-one", "value")) == 2
    assert d.line(("fig-one", "sources")) == 3
    assert d.line(("fig-one", "sources", 1)) == 5
    assert d.line(("fig-two", "nested", "deeper")) == 8


def test_missing_key_falls_back_to_the_parent_key() -> None:
    d = doc()
    assert d.line(("fig-two", "claim")) == 6
    assert d.line(("fig-one", "sources", 9)) == 3
    assert d.line(("no-such",)) == 1
    assert d.line(("fig-two", "[key]")) == 6


def test_first_line_offsets_embedded_yaml() -> None:
    assert doc(first_line=20).line(("fig-one", "sources", 0)) == 23


def test_duplicate_keys_are_reported_at_every_level() -> None:
    text = "a-id:\n  title: X\n  title: Y\nb-id: {}\na-id: {}\n"
    _, problems = load_yaml(text, "sources.yaml", top_label="source id")
    assert problems == [
        Problem(
            "sources.yaml",
            5,
            "duplicate source id 'a-id' (first on line 1); YAML would "
            "silently keep only the last one, so rename or remove one of them",
        ),
        Problem(
            "sources.yaml",
            3,
            "duplicate key 'title' (first on line 2); YAML would "
            "silently keep only the last one, so rename or remove one of them",
        ),
    ]


def test_syntax_error_line_and_message() -> None:
    loaded, [problem] = load_yaml("a: 1\nb: [1, 2\nc: 3\n", "config.yaml", first_line=4)
    assert loaded is None
    assert problem.file == "config.yaml"
    assert problem.line == 6  # YAML line 3 (where the parser notices), file line 4 + 2
    assert problem.message.startswith("this is not valid YAML (")
    assert problem.message.endswith("check the indentation, colons and quotes near this line")


def test_impossible_dates_stay_text_for_the_model_to_report() -> None:
    loaded, problems = load_yaml("good: 2014-10-27\nbad: 2014-13-01\n", "x.yaml")
    assert problems == []
    assert loaded.data == {"good": dt.date(2014, 10, 27), "bad": "2014-13-01"}


def test_empty_document() -> None:
    loaded, problems = load_yaml("# only a comment\n", "x.yaml")
    assert problems == []
    assert loaded.data is None
    assert loaded.line(("anything",)) == 1
