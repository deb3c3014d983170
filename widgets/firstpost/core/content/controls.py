"""The closed list of controls a case study's lessons map to.

A lesson such as "be careful with hashtags" is hard to act on; mapping it to a named
control that also appears in the pilot plan turns a story into a checklist item. The
list is closed so the plan and the case studies cannot drift apart by spelling.
"""

from __future__ import annotations

from typing import Literal

ControlId = Literal[
    "no-open-hashtags",
    "separate-corporate-devices",
    "two-factor-auth",
    "two-person-approval",
    "audit-log",
    "content-calendar",
    "monitoring-hours",
    "reply-settings",
    "named-spokesperson",
    "holding-statement",
    "leavers-access-removed",
    "house-rules",
    "no-profile-checks-before-offer",
]

CONTROLS: dict[ControlId, str] = {
    "no-open-hashtags": "Do not run hashtag campaigns that invite the public to share their "
    "own stories about the organisation.",
    "separate-corporate-devices": "Post to official accounts only from corporate apps or "
    "devices, never from the phone app that also holds a personal account.",
    "two-factor-auth": "Turn on two-factor authentication for every account and every tool "
    "that can post to it.",
    "two-person-approval": "A second named person approves each post before it goes out; "
    "nobody approves their own.",
    "audit-log": "Keep a record of who drafted, approved and published each post.",
    "content-calendar": "Plan posts in a shared calendar so approvals happen before the "
    "publishing date, not on it.",
    "monitoring-hours": "Agree and publish the hours when the account is watched, with an "
    "escalation contact for anything urgent.",
    "reply-settings": "Decide before posting who may reply, since some platforms do not let "
    "you change this afterwards.",
    "named-spokesperson": "Name a senior person who will respond in public, quickly, if "
    "something goes wrong.",
    "holding-statement": "Agree a holding statement in advance so a first response can go "
    "out within the hour.",
    "leavers-access-removed": "Remove account and tool access on a person's last day, and "
    "keep a list of who holds access.",
    "house-rules": "Publish house rules for comments: remove personal data, block abuse, "
    "and say so when you do.",
    "no-profile-checks-before-offer": "Do not look at candidates' social media profiles "
    "before an offer; if checks are needed, tell the candidate and let them respond.",
}
