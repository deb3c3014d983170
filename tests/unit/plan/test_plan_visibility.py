"""Who sees which plans on a shared database (issue #10), on SQLite and real PostgreSQL.

The rule (core/plan/repository.VISIBLE_TO_SQL): a person sees their own plans, and
the plans whose workshop code is the code of one of their own active plans.
"""

from __future__ import annotations

from firstpost.core.plan import Plan


def titles(repo, person: str, **filters) -> set[str]:
    return {s.title for s in repo.list_plans(visible_to=person, **filters)}


def test_a_person_sees_only_their_own_plans_until_they_join_a_workshop(repo):
    repo.create(Plan(title="Ana room plan", workshop_code="ROOM1"), "hub:ana")
    repo.create(Plan(title="Ana private"), "hub:ana")
    repo.create(Plan(title="Ben private"), "hub:ben")
    assert titles(repo, "hub:ben") == {"Ben private"}
    assert titles(repo, "hub:ana") == {"Ana room plan", "Ana private"}

    repo.create(Plan(title="Ben room plan", workshop_code="room1 "), "hub:ben")
    assert titles(repo, "hub:ben") == {"Ben private", "Ben room plan", "Ana room plan"}
    # ... and Ana now sees Ben's workshop plan, never his private one.
    assert titles(repo, "hub:ana") == {"Ana room plan", "Ana private", "Ben room plan"}


def test_another_workshop_and_plans_without_a_code_stay_hidden(repo):
    repo.create(Plan(title="Ana room plan", workshop_code="ROOM1"), "hub:ana")
    repo.create(Plan(title="Cy other room", workshop_code="ROOM2"), "hub:cy")
    repo.create(Plan(title="Cy no code", workshop_code="  "), "hub:cy")
    repo.create(Plan(title="Dee no code"), "hub:dee")
    assert titles(repo, "hub:ana") == {"Ana room plan"}
    # A blank code never matches another blank code.
    assert titles(repo, "hub:dee") == {"Dee no code"}
    assert titles(repo, "hub:cy") == {"Cy other room", "Cy no code"}


def test_archiving_your_workshop_plan_leaves_the_workshop(repo):
    mine = repo.create(Plan(title="Ana room plan", workshop_code="ROOM1"), "hub:ana")
    repo.create(Plan(title="Ben room plan", workshop_code="ROOM1"), "hub:ben")
    assert "Ben room plan" in titles(repo, "hub:ana")
    repo.archive(mine.plan_id)
    assert titles(repo, "hub:ana") == set()
    assert titles(repo, "hub:ana", include_archived=True) == {"Ana room plan"}
    repo.unarchive(mine.plan_id)
    assert titles(repo, "hub:ana") == {"Ana room plan", "Ben room plan"}


def test_the_same_name_from_another_source_is_another_person(repo):
    """`local:ana` (a single-person install) is not the hub user `hub:ana`."""
    repo.create(Plan(title="Hub Ana"), "hub:ana")
    assert titles(repo, "local:ana") == set()


def test_visibility_combines_with_search(repo):
    repo.create(Plan(title="Ana room plan", workshop_code="ROOM1"), "hub:ana")
    repo.create(Plan(title="Ben porters", workshop_code="ROOM1"), "hub:ben")
    repo.create(Plan(title="Cy porters"), "hub:cy")
    assert titles(repo, "hub:ana", search="porters") == {"Ben porters"}
