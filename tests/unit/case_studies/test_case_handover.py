"""Chosen controls become risk-register rows in the plan the planner offers to start from."""

from __future__ import annotations

import json

import pytest

from firstpost.core.case_studies.controls import CONTROL_LABELS
from firstpost.core.case_studies.handover import (
    DEFAULT_TITLE,
    HANDOVER_APP,
    HANDOVER_KEY,
    add_control,
    controls_handed_over,
    handed_over,
    handover_body,
    plan_from_handover,
    save_control,
)
from firstpost.core.content import CONTROLS
from firstpost.core.plan import Plan, plan_from_json
from firstpost.core.plan.repository import PlanRepository


def test_every_control_has_a_short_label():
    assert set(CONTROL_LABELS) == set(CONTROLS)
    assert all(len(label) <= 60 for label in CONTROL_LABELS.values())


def test_a_control_becomes_a_risk_linked_to_its_case(case):
    plan, added = add_control(Plan(), case, "no-open-hashtags")
    assert added
    (risk,) = plan.risks
    assert risk.case_study == "sample-case"
    assert risk.control == CONTROLS["no-open-hashtags"]
    assert risk.risk == "Lesson from A sample case (2020): No open hashtags."
    assert risk.likelihood is None and risk.owner == ""  # the team decides these
    assert plan.title == DEFAULT_TITLE
    assert handed_over(plan) == {("sample-case", "no-open-hashtags")}


def test_adding_twice_changes_nothing(case):
    plan, _ = add_control(Plan(), case, "named-spokesperson")
    again, added = add_control(plan, case, "named-spokesperson")
    assert not added and again == plan


def test_policy_controls_fill_empty_governance_fields_only(case):
    plan, _ = add_control(Plan(), case, "house-rules")
    assert plan.governance.house_rules == CONTROLS["house-rules"]
    mine = Plan(title="Mine").model_copy(
        update={"governance": Plan().governance.model_copy(update={"house_rules": "Our rules"})}
    )
    kept, _ = add_control(mine, case, "house-rules")
    assert kept.governance.house_rules == "Our rules"
    assert kept.title == "Mine"


def test_a_control_the_case_does_not_name_is_a_programming_error(case):
    with pytest.raises(ValueError, match="no lesson naming"):
        add_control(Plan(), case, "audit-log")


def test_handover_body_round_trips_and_bad_drafts_start_fresh(case):
    plan, _ = add_control(Plan(), case, "no-open-hashtags")
    body = json.loads(json.dumps(handover_body(plan)))
    assert plan_from_handover(body) == (plan, True)
    assert plan_from_handover(None) == (Plan(), True)
    assert plan_from_handover({"plan": {"risks": "not a list"}}) == (Plan(), False)


def test_save_control_writes_the_draft_the_planner_reads(engine, case):
    repo = PlanRepository(engine)
    first = save_control(repo, "local:ana", case, "no-open-hashtags")
    second = save_control(repo, "local:ana", case, "named-spokesperson")
    repeat = save_control(repo, "local:ana", case, "named-spokesperson")
    assert (first.added, second.added, repeat.added) == (True, True, False)
    assert repeat.risks == 2
    draft = repo.load_draft("local:ana", HANDOVER_APP, HANDOVER_KEY)
    # the planner reads the draft exactly like this (ui/planner/sources.handover_starters)
    plan, problems = plan_from_json(json.dumps(draft.body.get("plan", {})))
    assert problems == []
    assert [r.case_study for r in plan.risks] == ["sample-case", "sample-case"]
    assert controls_handed_over(repo, "local:ana") == {
        ("sample-case", "no-open-hashtags"),
        ("sample-case", "named-spokesperson"),
    }
    assert controls_handed_over(repo, "local:bo") == set()


def test_an_unreadable_draft_is_replaced_and_said_so(engine, case):
    repo = PlanRepository(engine)
    repo.save_draft("local:ana", HANDOVER_APP, HANDOVER_KEY, {"plan": {"title": 12}})
    result = save_control(repo, "local:ana", case, "house-rules")
    assert result.added and result.restarted and result.risks == 1
