"""Who may run facilitator tools: the surgery board, the workshop overview, any plan's review.

Under JupyterHub a facilitator is a member of the hub group `firstpost-facilitators`
(the hub's API reports groups, and `current_identity` confirms them with the hub). A
single-person install has no hub and one local account: that person set the kit up,
so they are the facilitator.

Every decision goes through `RolePolicy`, so a stricter rule (issue #10: for example a
named list of local facilitators on a shared server, where every page runs under the
same account) replaces the policy in one place instead of in each app.
"""

from __future__ import annotations

from dataclasses import dataclass

from firstpost.core.identity import Identity

FACILITATOR_GROUP = "firstpost-facilitators"


@dataclass(frozen=True)
class RolePolicy:
    """The rule that decides who counts as a facilitator."""

    hub_group: str = FACILITATOR_GROUP
    local_user_is_facilitator: bool = True

    def is_facilitator(self, identity: Identity) -> bool:
        if identity.source == "hub":
            return self.hub_group in identity.groups
        return self.local_user_is_facilitator

    def how_to_become(self, identity: Identity) -> str:
        """What this person can do to be treated as a facilitator."""
        if identity.source == "hub":
            return (
                f"Ask the person who runs your First Post hub to add your account "
                f"({identity.display_name}) to the group “{self.hub_group}”."
            )
        return "Ask the person who runs First Post on this server."

    def refusal(self, identity: Identity) -> str:
        """Why this person cannot use a facilitator tool, and what to do about it."""
        return "This page is for facilitators. " + self.how_to_become(identity)


DEFAULT_POLICY = RolePolicy()


def current_policy() -> RolePolicy:
    """The policy in force; one place to change when the rule is tightened."""
    return DEFAULT_POLICY


def is_facilitator(identity: Identity, policy: RolePolicy | None = None) -> bool:
    return (policy or current_policy()).is_facilitator(identity)
