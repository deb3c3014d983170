"""Importing a plan file lists every mistake by field instead of crashing."""

from __future__ import annotations

import json

import pytest

from firstpost.core.plan import (
    MAX_PLAN_BYTES,
    PLAN_FORMAT,
    Plan,
    plan_from_dict,
    plan_from_json,
    plan_to_dict,
    plan_to_json,
)


def wrapped(plan: dict) -> dict:
    return {"format": PLAN_FORMAT, "format_version": 1, "plan": plan}


def test_export_then_import_then_export_is_byte_identical(example):
    first = plan_to_json(example)
    again, problems = plan_from_json(first)
    assert problems == []
    assert again == example
    assert plan_to_json(again) == first


def test_export_names_its_format_and_version_first(example):
    data = plan_to_dict(example)
    assert list(data)[:2] == ["format", "format_version"]
    assert data["format"] == "firstpost-plan"


def test_unknown_fields_are_reported_by_path():
    plan, problems = plan_from_dict(
        wrapped({"title": "T", "implementation": {"posts": [{"role": "r", "salary": "£1"}]}})
    )
    assert plan is None
    assert [p.path for p in problems] == ["plan.implementation.posts[0].salary"]
    assert problems[0].stage == "implementation"
    assert "not part of" in problems[0].message


def test_every_wrong_type_is_reported_at_once():
    _plan, problems = plan_from_dict(
        {
            "title": 42,
            "objectives": [{"baseline": "lots", "by_when": "next spring"}],
            "governance": {"two_factor_confirmed": "maybe"},
            "audience": {"audiences": ["astronauts"]},
            "implementation": {"posts": [{"channels": [{"publish_time": "25:00"}]}]},
            "risks": [{"likelihood": 2.5}],
        }
    )
    by_path = {p.path: p for p in problems}
    assert set(by_path) == {
        "title",
        "objectives[0].baseline",
        "objectives[0].by_when",
        "governance.two_factor_confirmed",
        "audience.audiences[0]",
        "implementation.posts[0].channels[0].publish_time",
        "risks[0].likelihood",
    }
    assert by_path["objectives[0].by_when"].fix.startswith("Write the date as year-month-day")
    assert "graduates-interns" in by_path["audience.audiences[0]"].fix
    assert by_path["risks[0].likelihood"].stage == "risks"
    assert all(p.severity == "error" for p in problems)


def test_a_bare_plan_object_is_accepted_too():
    plan, problems = plan_from_dict({"title": "Just the plan"})
    assert problems == [] and plan == Plan(title="Just the plan")


def test_a_plan_from_a_newer_kit_is_refused_with_the_upgrade_command():
    _plan, problems = plan_from_dict({**wrapped({}), "format_version": 99})
    assert problems[0].path == "format_version"
    assert "newer First Post" in problems[0].message
    assert "pip install --upgrade firstpost" in problems[0].fix


def test_wrong_format_name_and_extra_wrapper_keys_are_reported():
    _plan, problems = plan_from_dict(
        {"format": "something-else", "format_version": 1, "plan": {}, "notes": "x"}
    )
    assert {p.path for p in problems} == {"", "notes"}


@pytest.mark.parametrize("raw", ["", "[1, 2]", "null", '"text"', "{", "\xff\xfe", "[" * 100_000])
def test_garbage_never_raises(raw):
    plan, problems = plan_from_json(raw.encode("latin-1") if raw == "\xff\xfe" else raw)
    assert plan is None
    assert problems and all(p.severity == "error" and p.fix for p in problems)


def test_json_syntax_errors_say_where():
    _plan, problems = plan_from_json('{\n  "title": "x",\n}')
    assert "line 3" in problems[0].message


def test_files_over_two_megabytes_are_refused_before_parsing():
    raw = json.dumps({"title": "x" * MAX_PLAN_BYTES})
    plan, problems = plan_from_json(raw)
    assert plan is None
    assert "at most 2 MB" in problems[0].message


def test_a_long_title_under_the_file_limit_is_imported_in_full():
    plan, problems = plan_from_json(json.dumps({"title": "x" * 1_000_000}))
    assert problems == [] and len(plan.title) == 1_000_000
