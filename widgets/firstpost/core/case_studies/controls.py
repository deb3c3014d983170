"""Short names for the controls, for buttons and lists where the full sentence is too long.

The full wording lives with the closed list in `firstpost.core.content.controls`; a
test checks every control there has a short name here, so a new control cannot
appear on a page without a label.
"""

from __future__ import annotations

from firstpost.core.content.controls import ControlId

CONTROL_LABELS: dict[ControlId, str] = {
    "no-open-hashtags": "No open hashtag campaigns",
    "separate-corporate-devices": "Work apps or devices for official accounts",
    "two-factor-auth": "Two-factor authentication everywhere",
    "two-person-approval": "Two-person approval of every post",
    "audit-log": "A log of who drafted, approved and posted",
    "content-calendar": "A shared content calendar",
    "monitoring-hours": "Published monitoring hours and an escalation contact",
    "reply-settings": "Reply settings decided before posting",
    "named-spokesperson": "A named senior spokesperson",
    "holding-statement": "A holding statement agreed in advance",
    "leavers-access-removed": "Access removed on a leaver's last day",
    "house-rules": "Published house rules for comments",
    "no-profile-checks-before-offer": "No profile checks before an offer",
}
