"""A small, made-up case study for the case-study logic tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from firstpost.core.content import CaseStudy


def make_case(**changes: object) -> CaseStudy:
    """A small cautionary case: three events, decisions before events 1 and 3."""
    data: dict[str, object] = {
        "id": "sample-case",
        "title": "A sample case",
        "organisation": "Example Council",
        "date": "2020-03-02",
        "kind": "cautionary",
        "channels": ["x"],
        "timeline": [
            {"at": "2020-03-02 09:00", "event": "A campaign starts."},
            {"at": "2020-03-02 10:30", "event": "Complaints arrive."},
            {"at": "2020-03-04", "event": "An apology is posted."},
        ],
        "what_happened": "A campaign went wrong.",
        "consequences": ["Press coverage."],
        "decision_points": [
            {
                "after_stage": 0,
                "prompt": "Run the campaign?",
                "options": [
                    {"text": "Yes", "feedback": "Risky."},
                    {"text": "No", "feedback": "Safer."},
                ],
            },
            {
                "after_stage": 2,
                "prompt": "Apologise now?",
                "options": [
                    {"text": "Now", "feedback": "Quick is good."},
                    {"text": "Later", "feedback": "Silence hurts."},
                    {"text": "Never", "feedback": "Worst."},
                ],
            },
        ],
        "lessons": [
            {"lesson": "No open hashtags.", "controls": ["no-open-hashtags"]},
            {
                "lesson": "Have rules and a spokesperson.",
                "controls": ["house-rules", "named-spokesperson"],
            },
        ],
        "sources": ["src"],
    }
    data.update(changes)
    return CaseStudy.model_validate(data)


class StepClock:
    """Moves one minute per reading, so saved times are distinct and known."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now
