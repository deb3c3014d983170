"""Who counts as a facilitator, and that the rule can be tightened in one place."""

from __future__ import annotations

from firstpost.core.identity import Identity
from firstpost.core.roles import FACILITATOR_GROUP, RolePolicy, current_policy, is_facilitator

LOCAL = Identity("local:fran", "fran", "local")
HUB_MEMBER = Identity("hub:ana", "ana", "hub", ("staff", FACILITATOR_GROUP))
HUB_OTHER = Identity("hub:bo", "bo", "hub", ("staff",))


def test_hub_users_are_facilitators_only_in_the_group():
    assert FACILITATOR_GROUP == "firstpost-facilitators"
    assert is_facilitator(HUB_MEMBER)
    assert not is_facilitator(HUB_OTHER)


def test_outside_a_hub_the_local_user_is_the_facilitator():
    assert is_facilitator(LOCAL)


def test_a_stricter_policy_changes_the_answer_everywhere_it_is_asked():
    strict = RolePolicy(hub_group="hr-trainers", local_user_is_facilitator=False)
    assert not is_facilitator(LOCAL, strict)
    assert not is_facilitator(HUB_MEMBER, strict)
    assert is_facilitator(Identity("hub:c", "c", "hub", ("hr-trainers",)), strict)
    assert current_policy() == RolePolicy()


def test_refusals_say_what_to_do():
    policy = RolePolicy()
    assert "add your account (bo) to the group “firstpost-facilitators”" in policy.refusal(
        HUB_OTHER
    )
    assert policy.refusal(LOCAL).startswith("This page is for facilitators.")
