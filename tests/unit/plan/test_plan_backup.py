"""Backups hold every plan and version; restoring checks the whole file before writing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from firstpost.core.plan import Plan
from firstpost.core.plan.records import BackupError, PlanStoreError
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.settings import Settings
from firstpost.core.store import open_store


@pytest.fixture
def fresh_repo(tmp_path):
    """A second, empty SQLite database, as on the server a backup is moved to."""
    url = f"sqlite:///{tmp_path / 'second.sqlite3'}"
    return PlanRepository(open_store(Settings(tmp_path, url, True)))


def fill(repo, example):
    kept = repo.create(example, "ana")
    repo.save_version(kept.plan_id, "Signed off", "ana")
    repo.save(kept.plan_id, example.model_copy(update={"title": "Second go"}), 1, "bo")
    old = repo.create(Plan(title="Old draft"), "bo")
    repo.archive(old.plan_id)
    return kept, old


def test_backup_and_restore_carry_plans_versions_and_bookkeeping(
    repo, fresh_repo, example, tmp_path
):
    kept, old = fill(repo, example)
    path = tmp_path / "backup.json"
    assert repo.backup(path) == 2
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["format_version"]) == ("firstpost-backup", 1)

    report = fresh_repo.restore(path)
    assert (report.added, report.replaced, report.skipped) == (2, 0, ())
    assert fresh_repo.get(kept.plan_id) == repo.get(kept.plan_id)
    assert fresh_repo.get(old.plan_id).status == "archived"
    assert fresh_repo.list_versions(kept.plan_id) == repo.list_versions(kept.plan_id)
    assert fresh_repo.get_version(kept.plan_id, 1).plan == example


def test_restoring_twice_skips_plans_already_there_unless_asked_to_replace(repo, example, tmp_path):
    kept, _old = fill(repo, example)
    path = tmp_path / "backup.json"
    repo.backup(path)
    repo.save(kept.plan_id, Plan(title="Changed since the backup"), 2, "ana")

    report = repo.restore(path)
    assert (report.added, report.replaced, len(report.skipped)) == (0, 0, 2)
    assert repo.get(kept.plan_id).plan.title == "Changed since the backup"

    report = repo.restore(path, replace=True)
    assert (report.added, report.replaced) == (0, 2)
    assert repo.get(kept.plan_id).plan.title == "Second go"
    assert len(repo.list_versions(kept.plan_id)) == 1


def test_one_bad_plan_anywhere_means_nothing_is_written(repo, fresh_repo, example, tmp_path):
    fill(repo, example)
    path = tmp_path / "backup.json"
    repo.backup(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["plans"][1]["plan"]["risks"] = [{"likelihood": "high"}]
    data["plans"][0]["versions"][0]["plan"]["colour"] = "blue"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(BackupError) as failure:
        fresh_repo.restore(path)
    paths = {p.path: p for p in failure.value.problems}
    assert set(paths) == {"plans[1].plan.risks[0].likelihood", "plans[0].versions[0].plan.colour"}
    assert paths["plans[1].plan.risks[0].likelihood"].stage == "risks"
    assert "Nothing was changed" in str(failure.value)
    assert fresh_repo.list_plans(include_archived=True) == []


def test_duplicate_ids_and_newer_formats_are_refused(repo, example, tmp_path):
    fill(repo, example)
    path = tmp_path / "backup.json"
    repo.backup(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["plans"].append(data["plans"][0])
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BackupError) as failure:
        repo.restore(path)
    assert failure.value.problems[0].path == "plans[2].plan_id"

    data["format_version"] = 2
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BackupError, match="cannot be restored") as failure:
        repo.restore(path)
    assert "newer First Post" in failure.value.problems[0].message


def test_unreadable_files_are_explained(repo, tmp_path):
    with pytest.raises(PlanStoreError, match="cannot be read"):
        repo.restore(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(BackupError, match="Nothing was changed"):
        repo.restore(bad)
    with pytest.raises(PlanStoreError, match="does not exist"):
        repo.backup(tmp_path / "no-such-folder" / "b.json")


def test_a_failed_backup_leaves_an_earlier_backup_untouched(repo, example, tmp_path, monkeypatch):
    repo.create(example, "ana")
    path = tmp_path / "backup.json"
    repo.backup(path)
    before = path.read_bytes()

    def broken_dump(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(json, "dump", broken_dump)
    with pytest.raises(PlanStoreError, match="No space left"):
        repo.backup(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("backup")] == ["backup.json"]


def test_backup_reads_bodies_without_touching_the_plans(repo, engine, example, tmp_path):
    record = repo.create(example, "ana")
    repo.backup(tmp_path / "b.json")
    with engine.connect() as conn:
        revision = conn.execute(text("SELECT revision FROM plans")).scalar()
    assert revision == record.revision == 1
