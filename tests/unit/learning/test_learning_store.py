"""The progress store on SQLite and PostgreSQL: one learner's records, kept and deleted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect, text

from firstpost.core.learning.codes import learner_key_for_code, new_code
from firstpost.core.learning.records import LearningInputError
from firstpost.core.learning.store import RETENTION, LearningStore
from firstpost.core.store.engine import make_engine
from firstpost.core.store.migrations import upgrade


def test_a_code_learner_is_found_again_by_code_only(store: LearningStore):
    code = new_code()
    made = store.create_for_code(code, "  Sam   Patel ")
    assert made.display_name == "Sam Patel" and made.source == "link"
    found = store.find_by_code(code.upper().replace("-", " "))
    assert found == made
    assert store.find_by_code(new_code()) is None
    assert store.find_by_code("not a code") is None


def test_the_database_never_holds_the_code(store: LearningStore, engine):
    code = new_code()
    store.create_for_code(code, "Sam")
    with engine.connect() as conn:
        keys = conn.execute(text("SELECT learner_key FROM learners")).scalars().all()
    assert keys == [learner_key_for_code(code)]
    assert code.replace("-", "") not in keys[0]


def test_bad_names_are_refused_with_the_reason(store: LearningStore):
    with pytest.raises(LearningInputError, match="Type your name"):
        store.create_for_code(new_code(), "   ")
    with pytest.raises(LearningInputError, match="longer than"):
        store.create_for_code(new_code(), "x" * 81)


def test_hub_user_is_created_once(store: LearningStore):
    first = store.for_hub_user("hub:ana", "ana")
    again = store.for_hub_user("hub:ana", "ana")
    assert first == again and first.source == "hub"


def test_progress_start_done_and_undone(store: LearningStore):
    learner = store.for_hub_user("hub:ana", "ana")
    opened = store.open_episode(learner.key, "first-steps")
    assert opened.started_at and not opened.done
    reopened = store.open_episode(learner.key, "first-steps")
    assert reopened.started_at == opened.started_at  # the first visit is the start date
    done = store.set_done(learner.key, "first-steps")
    assert done.done and done.started_at == opened.started_at
    assert not store.set_done(learner.key, "first-steps", done=False).done
    assert store.get(learner.key).last_episode == "first-steps"


def test_answers_keep_the_latest_and_the_first_try(store: LearningStore):
    learner = store.for_hub_user("hub:ana", "ana")
    wrong = store.save_answer(learner.key, "first-steps", "qabc", [0], correct=False)
    assert (wrong.chosen, wrong.correct, wrong.attempts) == ((0,), False, 1)
    right = store.save_answer(learner.key, "first-steps", "qabc", [1, 1], correct=True)
    assert (right.chosen, right.correct, right.first_try_correct, right.attempts) == (
        (1,),
        True,
        False,
        2,
    )
    records = store.records(learner.key)
    assert records is not None and records.answers == (right,)


def test_delete_removes_everything_about_the_learner_only(store: LearningStore, engine):
    ana = store.for_hub_user("hub:ana", "ana")
    ben = store.for_hub_user("hub:ben", "ben")
    for who in (ana, ben):
        store.open_episode(who.key, "first-steps")
        store.save_answer(who.key, "first-steps", "qabc", [1], correct=True)
    assert store.delete(ana.key) is True
    assert store.records(ana.key) is None
    with engine.connect() as conn:
        for table in ("learners", "learner_episodes", "learner_answers"):
            keys = conn.execute(text(f"SELECT learner_key FROM {table}")).scalars().all()
            assert keys == ["hub:ben"], table
    assert store.delete(ana.key) is False


def test_saving_after_deletion_says_what_happened(store: LearningStore):
    ana = store.for_hub_user("hub:ana", "ana")
    store.delete(ana.key)
    with pytest.raises(LearningInputError, match="deleted"):
        store.open_episode(ana.key, "first-steps")


def test_rename_changes_the_name_on_the_record(store: LearningStore):
    learner = store.create_for_code(new_code(), "Sam")
    assert store.rename(learner.key, "Sam Patel").display_name == "Sam Patel"
    with pytest.raises(LearningInputError):
        store.rename(learner.key, "")


def test_learning_tables_arrive_with_migration_3_and_keep_older_data(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = make_engine(url)
    upgrade(old, target=2)
    with old.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO people VALUES ('local:ana', 'Ana', 'local', '2025-01-01', '2025-01-02')"
            )
        )
    assert not inspect(old).has_table("learners")
    assert upgrade(old, target=3) == 3
    tables = set(inspect(old).get_table_names())
    assert {"learners", "learner_episodes", "learner_answers"} <= tables
    with old.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM people")).scalar() == 1


def test_records_unused_for_a_long_time_can_be_removed(store: LearningStore, engine):
    old = store.for_hub_user("hub:old", "old")  # the step clock makes it the earliest
    store.save_answer(old.key, "first-steps", "qabc", [1], correct=True)
    recent = store.for_hub_user("hub:recent", "recent")
    assert store.delete_inactive(datetime.fromisoformat(recent.created_at)) == 1
    assert store.get(old.key) is None and store.get(recent.key) is not None
    with engine.connect() as conn:
        left = conn.execute(text("SELECT COUNT(*) FROM learner_answers")).scalar()
    assert left == 0


def test_records_unused_for_a_year_go_when_a_new_learner_starts(engine):
    """Nobody has to remember to clear out old records: each new learner does it."""
    now = [datetime(2025, 1, 10, 9, 0, tzinfo=UTC)]
    store = LearningStore(engine, clock=lambda: now[0])
    forgotten = store.create_for_code(new_code(), "Forgotten")
    store.open_episode(forgotten.key, "first-steps")
    store.save_answer(forgotten.key, "first-steps", "qabc", [1], correct=True)
    now[0] += timedelta(days=200)
    active = store.for_hub_user("hub:active", "active")
    now[0] += timedelta(days=RETENTION.days - 100)  # the active learner's last use: 265 days ago
    store.for_hub_user("hub:newcomer", "newcomer")
    assert store.get(forgotten.key) is None
    assert store.get(active.key) is not None
    with engine.connect() as conn:
        for table in ("learner_answers", "learner_episodes"):
            assert conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() == 0


def test_retention_can_be_switched_off(engine):
    now = [datetime(2025, 1, 10, 9, 0, tzinfo=UTC)]
    store = LearningStore(engine, clock=lambda: now[0], retention=None)
    kept = store.create_for_code(new_code(), "Kept")
    now[0] += timedelta(days=3 * 365)
    store.create_for_code(new_code(), "Newcomer")
    assert store.get(kept.key) is not None
