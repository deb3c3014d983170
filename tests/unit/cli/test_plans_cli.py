"""`firstpost plans`: what a facilitator sees at the terminal, with no tracebacks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from firstpost.cli.main import COMMANDS
from firstpost.core.store import reset_engines
from tests.support.cli import data_dir, run  # noqa: F401 - data_dir is an autouse fixture

EXAMPLE = (
    Path(__file__).resolve().parents[3] / "lessons" / "examples" / "council-social-workers.json"
)


def imported(capsys, *extra: str) -> str:
    code, out, _err = run(capsys, "import", str(EXAMPLE), *extra)
    assert code == 0
    return out.split(" as plan ")[1].split()[0]


def test_plans_is_a_registered_command():
    assert COMMANDS["plans"][0] == "plans"


def test_importing_the_worked_example_then_listing_it(capsys):
    plan_id = imported(capsys)
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert plan_id[:8] in out
    assert "Children's social worker recruitment pilot" in out
    assert "facilitator" in out  # default owner: the hub user


def test_import_owner_and_list_filters(capsys):
    imported(capsys, "--owner", "ana")
    imported(capsys)
    _, out, _ = run(capsys, "list", "--json", "--owner", "ana")
    rows = json.loads(out)
    assert [r["owner"] for r in rows] == ["local:ana"]  # stored as the apps key people
    assert set(rows[0]) >= {"plan_id", "title", "revision", "updated_at", "status"}
    _, out, _ = run(capsys, "list", "--workshop", "NOPE")
    assert "No plans found" in out


def test_show_prints_progress_and_checks(capsys):
    plan_id = imported(capsys)
    code, out, _ = run(capsys, "show", plan_id[:8])
    assert code == 0
    assert f"id        {plan_id}" in out
    assert "Governance              9/9" in out
    assert re.search(r"Checks: \d+ to fix before sign-off, \d+ to consider\.", out)
    code, out, _ = run(capsys, "show", plan_id, "--json")
    data = json.loads(out)
    assert data["plan_id"] == plan_id and data["revision"] == 1
    assert data["plan"]["organisation"].startswith("Westshire")


def test_json_export_through_the_store_is_the_original_file(capsys, tmp_path):
    plan_id = imported(capsys)
    target = tmp_path / "again.json"
    code, out, _ = run(capsys, "export", plan_id[:8], "--format", "json", "-o", str(target))
    assert code == 0 and f"Wrote {target} (Plan file for importing later, " in out
    assert target.read_bytes() == EXAMPLE.read_bytes()


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("docx", b"PK"),
        ("html", b"<!DOCTYPE html>"),
        ("md", b"# Children"),
        ("csv", b"\xef\xbb\xbfDate"),
        ("ics", b"BEGIN:VCALENDAR"),
    ],
)
def test_every_export_format_writes_a_file(capsys, tmp_path, fmt, start):
    plan_id = imported(capsys)
    target = tmp_path / f"plan.{fmt}"
    assert run(capsys, "export", plan_id, "--format", fmt, "-o", str(target))[0] == 0
    assert target.read_bytes().startswith(start)


def test_export_into_a_missing_folder_is_explained(capsys, tmp_path):
    plan_id = imported(capsys)
    code, _out, err = run(
        capsys, "export", plan_id, "--format", "md", "-o", str(tmp_path / "nope" / "x.md")
    )
    assert code == 1 and "does not exist" in err and "Traceback" not in err


def test_a_bad_file_lists_every_problem_and_imports_nothing(capsys, tmp_path):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["plan"]["colour"] = "blue"
    data["plan"]["risks"][0]["likelihood"] = "high"
    data["plan"]["implementation"]["posts"][1]["closing_date"] = "29/03/2030"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")

    code, out, err = run(capsys, "import", str(bad))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert "plan.colour: This field is not part of a First Post plan. (Check the spelling" in err
    assert any(
        line.startswith("plan.risks[0].likelihood: This should be a whole number.")
        for line in lines
    )
    assert any(
        line.startswith(
            "plan.implementation.posts[1].closing_date: This is not a valid "
            "date. (Write the date as year-month-day"
        )
        for line in lines
    )
    assert "3 problem(s), listed above. Nothing was imported." in err
    assert "Traceback" not in err
    assert "No plans found" in run(capsys, "list", "--all")[1]


def test_oversized_and_missing_files_are_refused_plainly(capsys, tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (2 * 1024 * 1024 + 1))
    code, _out, err = run(capsys, "import", str(big))
    assert code == 1 and "at most 2 MB" in err
    code, _out, err = run(capsys, "import", str(tmp_path / "missing.json"))
    assert code == 1 and "Cannot read" in err


def test_an_unfinished_plan_is_refused_with_every_problem_and_nothing_written(capsys, tmp_path):
    draft = tmp_path / "draft.json"
    draft.write_text('{"title": "Half done"}', encoding="utf-8")
    code, _out, err = run(capsys, "import", str(draft))
    assert code == 1
    assert "Nothing was imported" in err and "--draft" in err
    assert "objectives" in err  # each problem is listed with its field
    assert "No plans found" in run(capsys, "list", "--all")[1]


def test_an_unfinished_plan_imports_as_a_draft_when_asked(capsys, tmp_path):
    draft = tmp_path / "draft.json"
    draft.write_text('{"title": "Half done"}', encoding="utf-8")
    code, out, _ = run(capsys, "import", str(draft), "--draft")
    assert code == 0
    assert "It is a draft:" in out and "firstpost plans show" in out


def test_delete_needs_yes_and_then_deletes(capsys):
    plan_id = imported(capsys)
    code, _out, err = run(capsys, "delete", plan_id)
    assert code == 1
    assert "cannot be undone, so nothing was deleted" in err and "--yes" in err
    assert plan_id[:8] in run(capsys, "list")[1]
    code, out, _ = run(capsys, "delete", plan_id, "--yes")
    assert code == 0 and "Deleted" in out
    assert "No plans found" in run(capsys, "list", "--all")[1]


def test_unknown_ids_are_explained_without_a_traceback(capsys):
    code, _out, err = run(capsys, "show", "deadbeef")
    assert code == 1
    assert err.startswith("firstpost plans: There is no plan with the id 'deadbeef'")


def test_backup_and_restore_into_a_new_data_folder(capsys, tmp_path, monkeypatch):
    plan_id = imported(capsys)
    backup = tmp_path / "backup.json"
    code, out, _ = run(capsys, "backup", str(backup))
    assert code == 0 and "Backed up 1 plan(s)" in out

    monkeypatch.setenv("FIRSTPOST_DATA_DIR", str(tmp_path / "elsewhere"))
    reset_engines()
    code, out, _ = run(capsys, "restore", str(backup))
    assert code == 0 and "Restored 1 plan(s)" in out
    assert plan_id[:8] in run(capsys, "list")[1]
    code, out, _ = run(capsys, "restore", str(backup))
    assert "left as they are" in out and "--replace" in out


def test_restore_of_a_damaged_backup_lists_problems_and_changes_nothing(capsys, tmp_path):
    imported(capsys)
    backup = tmp_path / "backup.json"
    run(capsys, "backup", str(backup))
    data = json.loads(backup.read_text(encoding="utf-8"))
    data["plans"][0]["plan"]["title"] = 7
    data["plans"][0]["plan_id"] = "f" * 32
    backup.write_text(json.dumps(data), encoding="utf-8")

    code, _out, err = run(capsys, "restore", str(backup))
    assert code == 1
    assert "plans[0].plan.title: This should be text." in err
    assert "Nothing was changed" in err
    assert len(json.loads(run(capsys, "list", "--json", "--all")[1])) == 1


@pytest.mark.postgres
def test_the_same_commands_work_on_postgresql(capsys, tmp_path, monkeypatch, request):
    url = request.getfixturevalue("postgres_database_url")
    monkeypatch.setenv("FIRSTPOST_DATABASE_URL", url)
    reset_engines()
    plan_id = imported(capsys)
    target = tmp_path / "from-postgres.json"
    assert run(capsys, "export", plan_id[:8], "--format", "json", "-o", str(target))[0] == 0
    assert target.read_bytes() == EXAMPLE.read_bytes()
    assert run(capsys, "delete", plan_id, "--yes")[0] == 0


def test_export_carries_a_saved_pilot_review(capsys, tmp_path):
    from firstpost.core.plan.repository import PlanRepository
    from firstpost.core.review.model import PilotReview
    from firstpost.core.review.store import ReviewStore
    from firstpost.core.store import open_store

    plan_id = imported(capsys)
    review = PilotReview(recommendation="adjust", lessons="Post on Tuesdays.")
    engine = open_store()
    ReviewStore(engine).save_with_plan(PlanRepository(engine), plan_id, review, "local:fran")
    target = tmp_path / "plan.md"
    code, _out, _err = run(capsys, "export", plan_id, "--format", "md", "-o", str(target))
    assert code == 0
    text = target.read_text()
    assert "Pilot review" in text and "Post on Tuesdays." in text


def test_workshop_codes_match_whatever_the_capitals(capsys):
    from firstpost.core.plan import Plan
    from firstpost.core.plan.repository import PlanRepository
    from firstpost.core.store import open_store

    repo = PlanRepository(open_store())
    repo.create(Plan(title="A", workshop_code="nov26"), "local:a")
    repo.create(Plan(title="B", workshop_code="NOV26"), "local:b")
    assert sorted(p.title for p in repo.list_plans(workshop_code="Nov26")) == ["A", "B"]
