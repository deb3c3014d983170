"""The plan store on SQLite and real PostgreSQL: saves never silently overwrite."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import text

from firstpost.core.plan import Plan
from firstpost.core.plan.records import ConflictError, PlanInputError, PlanNotFound
from firstpost.core.plan.repository import PlanRepository


def test_create_then_get_returns_the_same_plan_at_revision_one(repo, example):
    record = repo.create(example, "local:ana")
    assert len(record.plan_id) == 32 and int(record.plan_id, 16) >= 0
    assert (record.revision, record.owner, record.updated_by, record.status) == (
        1,
        "local:ana",
        "local:ana",
        "active",
    )
    again = repo.get(record.plan_id)
    assert again.plan == example
    assert again == record


def test_timestamps_are_iso_8601_utc(repo):
    record = repo.create(Plan(), "ana")
    for stamp in (record.created_at, record.updated_at):
        moment = datetime.fromisoformat(stamp)
        assert moment.utcoffset().total_seconds() == 0


def test_saving_moves_the_revision_on_and_records_who(repo, example):
    record = repo.create(Plan(title="Draft"), "ana")
    saved = repo.save(record.plan_id, example, expected_revision=1, by="bo")
    assert (saved.revision, saved.updated_by, saved.owner) == (2, "bo", "ana")
    assert saved.updated_at > record.updated_at
    assert repo.get(record.plan_id).plan == example


def test_a_stale_save_is_refused_with_who_and_when_and_nothing_is_lost(engine, example):
    ana = PlanRepository(engine)  # two kernels, two repositories, one database
    bo = PlanRepository(engine)
    record = ana.create(example, "ana")
    bo_copy = bo.get(record.plan_id)
    ana_saved = ana.save(record.plan_id, example.model_copy(update={"title": "Ana's"}), 1, "ana")

    with pytest.raises(ConflictError) as conflict:
        bo.save(
            record.plan_id, example.model_copy(update={"title": "Bo's"}), bo_copy.revision, "bo"
        )

    error = conflict.value
    assert (error.current_revision, error.expected_revision, error.saved_by) == (2, 1, "ana")
    assert error.saved_at == ana_saved.updated_at
    assert "ana saved this plan at" in str(error) and "not been saved" in str(error)
    assert ana.get(record.plan_id).plan.title == "Ana's"


def test_simultaneous_saves_from_the_same_revision_let_exactly_one_through(engine, example):
    record = PlanRepository(engine).create(example, "ana")
    results: list[str] = []
    barrier = threading.Barrier(4)

    def save(name: str) -> None:
        repo = PlanRepository(engine)
        barrier.wait()
        try:
            repo.save(record.plan_id, example.model_copy(update={"title": name}), 1, name)
            results.append("saved")
        except ConflictError:
            results.append("conflict")

    threads = [threading.Thread(target=save, args=(f"user{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["conflict", "conflict", "conflict", "saved"]
    assert PlanRepository(engine).get(record.plan_id).revision == 2


def test_missing_plans_are_reported_plainly(repo):
    with pytest.raises(PlanNotFound, match="no plan with the id"):
        repo.get("0" * 32)
    with pytest.raises(PlanNotFound):
        repo.save("0" * 32, Plan(), 1, "ana")
    with pytest.raises(PlanNotFound):
        repo.delete("0" * 32)


def test_a_megabyte_title_is_saved_whole_and_listed_shortened(repo):
    title = "Pasted " + "x" * 1_048_576
    record = repo.create(Plan(title=title, workshop_code="W" * 60), "ana")
    assert repo.get(record.plan_id).plan.title == title
    [summary] = repo.list_plans()
    assert summary.title == title[:300]
    assert summary.workshop_code == "W" * 40


def test_listing_filters_by_owner_workshop_search_and_archive(repo):
    a = repo.create(Plan(title="Nurses 100% pilot", workshop_code="LEEDS1"), "ana")
    b = repo.create(Plan(title="Social_workers", workshop_code="LEEDS1"), "bo")
    c = repo.create(Plan(title="Graduates", workshop_code="YORK"), "ana")
    repo.archive(c.plan_id)

    def ids(**kwargs) -> list[str]:
        return [s.plan_id for s in repo.list_plans(**kwargs)]

    assert ids() == [b.plan_id, a.plan_id]  # newest first, archived hidden
    assert ids(include_archived=True) == [c.plan_id, b.plan_id, a.plan_id]
    assert ids(owner="ana") == [a.plan_id]
    assert ids(workshop_code="LEEDS1", owner="bo") == [b.plan_id]
    assert ids(search="NURSES") == [a.plan_id]
    assert ids(search="100%") == [a.plan_id]  # % and _ match themselves, not anything
    assert ids(search="l_w") == [b.plan_id]
    assert ids(search="nurses_100") == []  # "_" would match the space if it were a wildcard
    assert ids(search="bo") == [b.plan_id]  # owner matches too
    assert ids(search="leeds") == [b.plan_id, a.plan_id]  # and the workshop code
    assert ids(search="york", include_archived=True) == [c.plan_id]
    repo.unarchive(c.plan_id)
    assert c.plan_id in ids(owner="ana")


def test_short_ids_resolve_when_unique(repo):
    ids = iter(["abc11111" + "0" * 24, "abc22222" + "0" * 24])
    repo._new_id = lambda: next(ids)
    first = repo.create(Plan(), "ana").plan_id
    repo.create(Plan(), "ana")
    assert repo.resolve_id("ABC11") == first
    with pytest.raises(PlanNotFound, match="More than one"):
        repo.resolve_id("abc")
    with pytest.raises(PlanNotFound, match="not a plan id"):
        repo.resolve_id("%")


def test_duplicate_makes_an_independent_copy_for_the_new_owner(repo, example):
    original = repo.create(example, "ana")
    repo.save_version(original.plan_id, "first", "ana")
    copy = repo.duplicate(original.plan_id, by="bo")
    assert copy.plan_id != original.plan_id
    assert (copy.owner, copy.revision) == ("bo", 1)
    assert copy.plan.title == f"Copy of {example.title}"
    assert copy.plan.model_copy(update={"title": example.title}) == example
    assert repo.list_versions(copy.plan_id) == []


def test_delete_removes_the_plan_and_its_versions(repo, engine, example):
    record = repo.create(example, "ana")
    repo.save_version(record.plan_id, "v1", "ana")
    repo.delete(record.plan_id)
    assert repo.list_plans(include_archived=True) == []
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM plan_versions")).scalar() == 0


def test_versions_keep_snapshots_and_restoring_is_itself_undoable(repo, example):
    record = repo.create(example, "ana")
    assert repo.save_version(record.plan_id, "Before the workshop", "ana") == 1
    changed = repo.save(record.plan_id, example.model_copy(update={"title": "New"}), 1, "bo")
    assert repo.save_version(record.plan_id, "After", "bo") == 2

    versions = repo.list_versions(record.plan_id)
    assert [(v.number, v.note, v.saved_by) for v in versions] == [
        (2, "After", "bo"),
        (1, "Before the workshop", "ana"),
    ]
    assert repo.get_version(record.plan_id, 1).plan == example

    restored = repo.restore_version(record.plan_id, 1, changed.revision, "ana")
    assert restored.plan == example and restored.revision == changed.revision + 1
    newest = repo.list_versions(record.plan_id)[0]
    assert (newest.number, newest.note) == (3, "Before restoring version 1")
    assert repo.get_version(record.plan_id, 3).plan.title == "New"


def test_restoring_a_version_over_someone_elses_save_is_refused(repo, example):
    record = repo.create(example, "ana")
    repo.save_version(record.plan_id, "v1", "ana")
    repo.save(record.plan_id, example.model_copy(update={"title": "Bo's"}), 1, "bo")
    with pytest.raises(ConflictError):
        repo.restore_version(record.plan_id, 1, expected_revision=1, by="ana")
    assert repo.get(record.plan_id).plan.title == "Bo's"
    assert len(repo.list_versions(record.plan_id)) == 1


def test_missing_versions_and_overlong_notes_are_explained(repo):
    record = repo.create(Plan(), "ana")
    with pytest.raises(PlanNotFound, match="no saved version 7"):
        repo.get_version(record.plan_id, 7)
    with pytest.raises(PlanInputError, match="under 500"):
        repo.save_version(record.plan_id, "n" * 501, "ana")


def test_names_too_long_for_the_database_are_refused_before_writing(repo):
    with pytest.raises(PlanInputError, match="longer than 200"):
        repo.create(Plan(), "a" * 201)
    assert repo.list_plans() == []


def test_drafts_are_kept_per_owner_app_and_key(repo):
    repo.save_draft("ana", "planner", "new", {"title": "Half typed", "step": 2})
    repo.save_draft("ana", "planner", "new", {"title": "Half typed more"})
    repo.save_draft("ana", "planner", "other", {"x": 1})
    repo.save_draft("bo", "planner", "new", {"title": "Bo's"})

    draft = repo.load_draft("ana", "planner", "new")
    assert draft.body == {"title": "Half typed more"}
    assert [d.key for d in repo.list_drafts("ana", "planner")] == ["other", "new"]
    assert repo.discard_draft("ana", "planner", "new") is True
    assert repo.discard_draft("ana", "planner", "new") is False
    assert repo.load_draft("ana", "planner", "new") is None
    assert repo.load_draft("bo", "planner", "new").body == {"title": "Bo's"}


def test_oversized_or_unnamed_drafts_are_refused_with_a_reason(repo):
    with pytest.raises(PlanInputError, match="over 2 MB"):
        repo.save_draft("ana", "planner", "big", {"text": "x" * (2 * 1024 * 1024)})
    with pytest.raises(PlanInputError, match="app name"):
        repo.save_draft("ana", "", "key", {})
    with pytest.raises(PlanInputError, match="owner is empty"):
        repo.save_draft(" ", "planner", "key", {})
