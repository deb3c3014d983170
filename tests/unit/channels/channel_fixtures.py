"""Small, hand-made channels for scoring tests, built with the real content model.

Each test states the few facts that matter (audiences, purposes, effort, exposure), so
the expected scores can be worked out by hand from the rules in vocabulary.CRITERIA.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from firstpost.core.content import Channel

SOURCE = "src-a"


def channel(
    channel_id: str,
    *,
    kind: str = "social",
    audiences: tuple[str, ...] = (),
    purposes: tuple[str, ...] = (),
    effort: float = 1.0,
    exposure: str = "low",
    status: str = "active",
    **extra: Any,
) -> Channel:
    data: dict[str, Any] = {
        "id": channel_id,
        "name": extra.pop("name", channel_id.replace("-", " ").title()),
        "kind": kind,
        "status": status,
        "audiences": [
            {"audience": a, "evidence": f"{channel_id} reaches {a}.", "sources": [SOURCE]}
            for a in audiences
        ],
        "purposes": [
            {"purpose": p, "evidence": f"{channel_id} serves {p}.", "sources": [SOURCE]}
            for p in purposes
        ],
        "weekly_effort_hours": effort,
        "risk": {
            "reply_controls": "Replies can be limited.",
            "moderation": "Admins remove abuse.",
            "open_hashtag_exposure": exposure,
        },
        "cost": "Free.",
        "sources": [SOURCE],
        "last_checked": dt.date(2026, 11, 25),
    }
    if status == "retired":
        data["retired_note"] = "Closed; use something else."
    data.update(extra)
    return Channel.model_validate(data)
