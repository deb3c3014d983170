"""Hostile files at the import doors: too big, malformed, unknown fields, traversal names.

`firstpost plans import` and `plans restore` are the kit's only ways in for files (the
apps have no upload widget). Each refusal names the limit or the field, and the
database is byte-for-byte unchanged afterwards: every table is compared, not counted.
"""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from firstpost.core.store import open_store
from tests.support.cli import data_dir, run  # noqa: F401 - data_dir is an autouse fixture

EXAMPLE = (
    Path(__file__).resolve().parents[3] / "lessons" / "examples" / "council-social-workers.json"
)
HOSTILE_NAMES = [
    "../../etc/passwd",
    "..\\..\\Windows\\system32",
    "/etc/shadow",
    "C:\\Users\\x",
    "..",
    "....//....//x",
    "~/.ssh/id_rsa",
    "a\x00b",
    "<script>alert(1)</script>",
]


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every table, so "nothing written" means exactly that."""
    engine = open_store()
    with engine.connect() as conn:
        return {
            table: sorted(
                tuple(map(str, row)) for row in conn.execute(text(f"SELECT * FROM {table}"))
            )
            for table in inspect(engine).get_table_names()
        }


@pytest.fixture
def existing(capsys) -> dict[str, list[tuple]]:
    """A database with one plan in it, and its snapshot."""
    code, _out, err = run(capsys, "import", str(EXAMPLE))
    assert code == 0, err
    return snapshot()


def write(tmp_path: Path, name: str, data: object) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_a_file_over_the_limit_is_refused_with_the_limit_and_nothing_written(
    capsys, tmp_path, existing
):
    data = example()
    data["plan"]["title"] = "x" * (2 * 1024 * 1024)
    code, out, err = run(capsys, "import", write(tmp_path, "big.json", data), "--draft")
    assert code == 1 and out == ""
    assert "2.0 MB; a plan file can be at most 2 MB" in err and "Nothing was imported" in err
    assert "Traceback" not in err
    assert snapshot() == existing


def test_a_plan_that_would_grow_past_the_limit_when_saved_is_refused(capsys, tmp_path, existing):
    # 1.4 MB as a compact file, but over 2 MB once written out as a plan file: the kit
    # refuses to store what it could not export and import again.
    data = example()
    data["plan"]["strategy"]["key_messages"] = ["a"] * 350_000
    path = tmp_path / "compact.json"
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    assert path.stat().st_size < 2 * 1024 * 1024
    code, _out, err = run(capsys, "import", str(path), "--draft")
    assert code == 1
    assert "a plan can be at most 2 MB" in err and "Nothing was saved" in err
    assert "Traceback" not in err
    assert snapshot() == existing


def test_unknown_fields_are_reported_by_name_at_every_depth(capsys, tmp_path, existing):
    data = example()
    data["extra"] = 1
    data["plan"]["titel"] = "typo"
    data["plan"]["risks"][0]["severity"] = "high"
    data["plan"]["implementation"]["posts"][0]["channels"][0]["<script>"] = "x"
    code, _out, err = run(capsys, "import", write(tmp_path, "unknown.json", data))
    assert code == 1
    assert "extra: This field is not part of a First Post plan file." in err
    assert "plan.titel: This field is not part of a First Post plan." in err
    assert "plan.risks[0].severity: This field is not part of" in err
    assert "plan.implementation.posts[0].channels[0].<script>: This field is not" in err
    assert snapshot() == existing


SCHEMA_MISTAKES = [
    (lambda d: d["plan"].update(title=["a", "list"]), "plan.title: This should be text."),
    (lambda d: d["plan"]["risks"][0].update(likelihood=1e308), "likelihood: This should be"),
    (lambda d: d["plan"].update(review_date="../../2030"), "review_date: This is not a valid"),
    (lambda d: d["plan"]["audience"].update(audiences=["hackers"]), "not one of the allowed"),
    (lambda d: d.update(format_version=99), "saved by a newer First Post"),
    (lambda d: d.update(format="zip"), "does not say it is a First Post plan"),
    (
        lambda d: d["plan"]["objectives"][0].update(target=float("nan")),
        "target: This should be a number.",
    ),
]
NOT_PLANS = [b"\xff\xfe\x00", b"[" * 50_000, b"", b"null", b'"<script>"']


def test_schema_mistakes_are_named_and_nothing_is_written(capsys, tmp_path, existing):
    path = tmp_path / "bad.json"
    for change, says in SCHEMA_MISTAKES:
        data = example()
        change(data)
        path.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
        code, _out, err = run(capsys, "import", str(path), "--draft")
        assert code == 1 and says in err, err
        assert "Traceback" not in err
    for raw in NOT_PLANS:
        path.write_bytes(raw)
        code, _out, err = run(capsys, "import", str(path))
        assert code == 1 and "Nothing was imported" in err and "Traceback" not in err
    assert snapshot() == existing


def backup_of_existing(capsys, tmp_path: Path) -> dict:
    path = tmp_path / "backup.json"
    assert run(capsys, "backup", str(path))[0] == 0
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_backup_over_the_limit_is_refused_with_the_limit(capsys, tmp_path, existing, monkeypatch):
    from firstpost.core.plan import backup

    data = backup_of_existing(capsys, tmp_path)
    path = write(tmp_path, "restore.json", data)
    monkeypatch.setattr(backup, "MAX_BACKUP_BYTES", 1024 * 1024)  # not 200 MB in a test
    data["plans"][0]["plan"]["governance"]["house_rules"] = "y" * (1024 * 1024)
    path = write(tmp_path, "restore.json", data)
    code, _out, err = run(capsys, "restore", path, "--replace")
    assert code == 1
    assert "file: The file is 1.0 MB; a backup can be at most 1 MB." in err
    assert "Nothing was changed" in err
    assert snapshot() == existing


def test_the_real_backup_limit_is_stated_in_megabytes(capsys, tmp_path, existing, monkeypatch):
    from firstpost.core.plan import backup

    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: 201 MB on paper, nothing on disk
        handle.truncate(201 * 1024 * 1024)
    assert backup.MAX_BACKUP_BYTES == 200 * 1024 * 1024
    code, _out, err = run(capsys, "restore", str(path))
    assert code == 1
    assert "file: The file is 201.0 MB; a backup can be at most 200 MB." in err
    assert snapshot() == existing


def test_a_backup_with_one_bad_plan_restores_none_of_them(capsys, tmp_path, existing):
    data = backup_of_existing(capsys, tmp_path)
    good = json.loads(json.dumps(data["plans"][0]))
    good["plan_id"] = "a" * 32
    traversal = json.loads(json.dumps(data["plans"][0]))
    traversal["plan_id"] = "../../../etc/passwd"
    traversal["owner"] = "x" * 201
    traversal["plan"]["colour"] = "blue"
    traversal["versions"] = [{"number": 1, "saved_by": "", "saved_at": "yesterday", "plan": {}}]
    data["plans"] = [good, traversal]
    data["surprise"] = True
    code, _out, err = run(capsys, "restore", write(tmp_path, "bad-backup.json", data))
    assert code == 1
    assert "plans[1].plan_id: String should match pattern" in err
    assert (
        "plans[1].owner: This is 201 characters long; the most a plan can hold here is 200" in err
    )
    assert "plans[1].plan.colour: This field is not part of a First Post plan." in err
    assert "plans[1].versions[0].saved_by:" in err and "plans[1].versions[0].saved_at:" in err
    assert "surprise: This field is not part of a First Post plan." in err
    assert "Nothing was changed" in err and "Traceback" not in err
    assert snapshot() == existing  # the good plan was not restored either


def test_a_backup_holding_an_oversized_plan_is_refused(capsys, tmp_path, existing, monkeypatch):
    from firstpost.core.plan import parsing

    data = backup_of_existing(capsys, tmp_path)
    data["plans"][0]["plan_id"] = "b" * 32
    monkeypatch.setattr(parsing, "MAX_PLAN_BYTES", 1024 * 1024)  # a smaller test
    data["plans"][0]["plan"]["audience"]["barriers"] = "z" * (1024 * 1024)
    code, _out, err = run(capsys, "restore", write(tmp_path, "backup.json", data))
    assert code == 1
    assert "plans[0].plan: The plan is 1.0 MB; a plan can be at most 1 MB." in err
    assert "The longest field is Audience › What stops them applying (1,048,576 characters)" in err
    assert snapshot() == existing


def test_names_made_from_typed_titles_never_leave_their_folder():
    from firstpost.core.plan import Plan
    from firstpost.core.plan.records import PlanRecord
    from firstpost.core.workshop.overview import plan_column
    from firstpost.core.workshop.pack import pack_zip, safe_name
    from firstpost.ui.downloads import safe_filename

    for title in HOSTILE_NAMES:
        for name in (safe_filename(title, "docx"), safe_name(title) + ".docx"):
            assert "/" not in name and "\\" not in name and ":" not in name, name
            assert not name.startswith(".") and "\x00" not in name, name
    # One real workshop zip, its folder and files named from the most hostile titles.
    stamp = "2030-01-01T00:00:00+00:00"
    columns = [
        plan_column(PlanRecord(f"{n:032x}", "local:ana", "active", 1, stamp, stamp, "ana", plan))
        for n, plan in enumerate([Plan(title="../../etc/passwd"), Plan(title="C:\\x\\..\\y")])
    ]
    moment = datetime(2030, 1, 1, tzinfo=UTC)
    archive = zipfile.ZipFile(BytesIO(pack_zip("../../..", columns, moment)))
    for member in archive.namelist():
        parts = member.split("/")
        assert not member.startswith(("/", "\\")) and ":" not in member and "\\" not in member
        assert ".." not in parts and "" not in parts and "\x00" not in member, member
