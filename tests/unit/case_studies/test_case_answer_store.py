"""Saved answers on SQLite and the real PostgreSQL: per person and case, replaced on save."""

from __future__ import annotations

from case_fixtures import StepClock
from sqlalchemy import inspect

from firstpost.core.case_studies.answer_store import AnswerStore, person_key
from firstpost.core.case_studies.answers import (
    MAX_REFLECTION_CHARS,
    CaseAnswers,
    Choice,
    Reflection,
)
from firstpost.core.identity import Identity
from firstpost.core.store.migrations import schema_version, steps

HUB = Identity(key="hub:ana", display_name="ana", source="hub")
LOCAL = Identity(key="local:workshop", display_name="workshop", source="local")


def test_migration_v0004_adds_the_answers_table(engine):
    assert schema_version(engine) == len(steps()) >= 4
    assert [s.name for s in steps()][3] == "case_study_answers"
    columns = {c["name"] for c in inspect(engine).get_columns("case_study_answers")}
    assert columns == {"person_key", "case_id", "display_name", "body", "updated_at"}


def test_person_keys():
    assert person_key(HUB, "ignored") == ("hub:ana", "ana")
    assert person_key(LOCAL, "  Sam   Patel ") == ("local:workshop/name:sam patel", "Sam Patel")
    assert person_key(LOCAL, "SAM PATEL")[0] == person_key(LOCAL, "sam patel")[0]
    assert person_key(LOCAL, "") == (None, "")
    assert person_key(LOCAL, "x" * 201) == (None, "")
    assert person_key(None, "Sam")[0] == "local:unknown/name:sam"


def test_save_load_replace_list_and_delete(engine):
    store = AnswerStore(engine, clock=StepClock())
    first = CaseAnswers(case_id="mcdstories", choices=(Choice(decision=0, option=1),))
    saved = store.save("hub:ana", "ana", first)
    assert saved.updated_at == "2026-11-25T09:01:00+00:00"
    assert store.load("hub:ana", "mcdstories").answers == first
    assert store.load("hub:bo", "mcdstories") is None

    second = first.model_copy(update={"reflections": (Reflection(prompt="Q", text="é ✓ notes"),)})
    store.save("hub:ana", "Ana Lee", second)
    loaded = store.load("hub:ana", "mcdstories")
    assert loaded.answers == second and loaded.display_name == "Ana Lee"

    store.save("hub:ana", "ana", CaseAnswers(case_id="dominos-video"))
    assert [case for case, _ in store.cases_answered("hub:ana")] == ["dominos-video", "mcdstories"]
    assert store.delete("hub:ana", "dominos-video") is True
    assert store.delete("hub:ana", "dominos-video") is False


def test_refused_saves_return_problems_and_write_nothing(engine):
    store = AnswerStore(engine)
    too_long = CaseAnswers(
        case_id="mcdstories",
        reflections=(Reflection(prompt="Q", text="a" * (MAX_REFLECTION_CHARS + 1)),),
    )
    problems = store.save("hub:ana", "ana", too_long)
    assert isinstance(problems, list) and "under 5,000" in problems[0]
    refused = store.save("x" * 301, "ana", CaseAnswers(case_id="mcdstories"))
    assert refused == ["Your name is too long to save under; shorten it."]
    assert store.load("hub:ana", "mcdstories") is None


def test_unreadable_saved_row_reads_as_nothing_saved(engine):
    from sqlalchemy import text

    store = AnswerStore(engine)
    store.save("hub:ana", "ana", CaseAnswers(case_id="mcdstories"))
    with engine.begin() as conn:
        conn.execute(text("UPDATE case_study_answers SET body = '{broken'"))
    assert store.load("hub:ana", "mcdstories") is None
