"""Keeping pilot reviews: a working copy per plan, and a frozen copy per plan version.

The working copy is saved as often as the facilitator likes, half-typed figures and
all. "Save with the plan" then keeps the plan as a new version (through the plan
store, with a note naming the recommendation) and files the review under that version
number, so the plan's history shows the review and the review can always be read
with the plan it judged. Saves use a revision number, like plans, so two people
reviewing the same pilot never silently overwrite each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import ValidationError
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from firstpost.core.plan.records import describe_time
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.review.model import RECOMMENDATION_SHORT, PilotReview

PERSON_MAX = 200


class ReviewStoreError(Exception):
    """A review action that cannot go ahead; the message says why and what to do."""


class ReviewConflict(ReviewStoreError):
    def __init__(self, saved_by: str, saved_at: str) -> None:
        self.saved_by = saved_by
        self.saved_at = saved_at
        super().__init__(
            f"{saved_by} saved this review at {describe_time(saved_at)} (UTC), after you "
            "opened it, so your changes have not been saved. Copy anything you want to keep, "
            "then open the plan again to see their version."
        )


@dataclass(frozen=True)
class SavedReview:
    plan_id: str
    review: PilotReview
    revision: int
    updated_at: str
    updated_by: str


@dataclass(frozen=True)
class ReviewVersion:
    plan_id: str
    version_number: int
    recommendation: str
    saved_by: str
    saved_at: str


def _load(body: str) -> PilotReview:
    try:
        return PilotReview.model_validate_json(body)
    except ValidationError as error:
        raise ReviewStoreError(
            "A saved review cannot be read; it may have been changed outside First Post."
        ) from error


def utc_now() -> datetime:
    return datetime.now(UTC)


class ReviewStore:
    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = utc_now) -> None:
        self._engine = engine
        self._clock = clock

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="microseconds")

    def _writing(self):  # type: ignore[no-untyped-def]
        return self._engine.connect().execution_options(sqlite_begin="IMMEDIATE")

    def load(self, plan_id: str) -> SavedReview | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT plan_id, body, revision, updated_at, updated_by FROM pilot_reviews"
                    " WHERE plan_id = :id"
                ),
                {"id": plan_id},
            ).one_or_none()
        if row is None:
            return None
        return SavedReview(
            row.plan_id, _load(row.body), row.revision, row.updated_at, row.updated_by
        )

    def save(
        self, plan_id: str, review: PilotReview, expected_revision: int, by: str
    ) -> SavedReview:
        """Keep the working copy; `expected_revision` is 0 for a plan's first review."""
        if not by.strip() or len(by) > PERSON_MAX:
            raise ReviewStoreError("The name of the person saving is missing or too long.")
        body, now = review.model_dump_json(), self._now()
        try:
            self._write(plan_id, body, now, expected_revision, by)
        except IntegrityError as error:  # a first review saved a moment ago, or no such plan
            raced = self.load(plan_id)
            if raced is None:
                raise ReviewStoreError(
                    "That plan no longer exists, so its review cannot be saved."
                ) from error
            raise ReviewConflict(raced.updated_by, raced.updated_at) from None
        saved = self.load(plan_id)
        if saved is None:
            raise ReviewStoreError("The review was saved but has since been deleted.")
        return saved

    def _write(self, plan_id: str, body: str, now: str, expected_revision: int, by: str) -> None:
        with self._writing() as conn, conn.begin():
            current = conn.execute(
                text(
                    "SELECT revision, updated_at, updated_by FROM pilot_reviews WHERE plan_id = :id"
                ),
                {"id": plan_id},
            ).one_or_none()
            found = 0 if current is None else current.revision
            if found != expected_revision:
                if current is None:
                    raise ReviewStoreError("That review has been deleted. Open the plan again.")
                raise ReviewConflict(current.updated_by, current.updated_at)
            params = {"id": plan_id, "body": body, "now": now, "by": by}
            if current is None:
                conn.execute(
                    text(
                        "INSERT INTO pilot_reviews (plan_id, revision, body, updated_at,"
                        " updated_by) VALUES (:id, 1, :body, :now, :by)"
                    ),
                    params,
                )
                return
            result = conn.execute(
                text(
                    "UPDATE pilot_reviews SET revision = revision + 1, body = :body,"
                    " updated_at = :now, updated_by = :by WHERE plan_id = :id"
                    " AND revision = :expected"
                ),
                {**params, "expected": expected_revision},
            )
            if result.rowcount != 1:
                raise ReviewConflict(current.updated_by, current.updated_at)

    def save_with_plan(
        self, plans: PlanRepository, plan_id: str, review: PilotReview, by: str
    ) -> int:
        """Keep the plan as a new version and file this review under it; returns the number.

        Two steps in two stores: if the second fails, the plan version exists with a
        note naming the review, the working copy still holds the review, and saving
        again files it under a new version.
        """
        label = RECOMMENDATION_SHORT.get(review.recommendation, "no recommendation yet")
        number = plans.save_version(plan_id, f"Pilot review: {label}", by)
        with self._writing() as conn, conn.begin():
            conn.execute(
                text(
                    "INSERT INTO pilot_review_versions (plan_id, version_number,"
                    " recommendation, body, saved_by, saved_at) VALUES (:id, :number,"
                    " :recommendation, :body, :by, :now)"
                ),
                {
                    "id": plan_id,
                    "number": number,
                    "recommendation": review.recommendation,
                    "body": review.model_dump_json(),
                    "by": by,
                    "now": self._now(),
                },
            )
        return number

    def versions(self, plan_id: str) -> list[ReviewVersion]:
        """Plan versions that carry a review, newest first."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT plan_id, version_number, recommendation, saved_by, saved_at"
                    " FROM pilot_review_versions WHERE plan_id = :id"
                    " ORDER BY version_number DESC"
                ),
                {"id": plan_id},
            ).all()
        return [ReviewVersion(*row) for row in rows]

    def for_version(self, plan_id: str, number: int) -> PilotReview | None:
        """The review saved with plan version `number`, or None if that version has none."""
        with self._engine.connect() as conn:
            body = conn.execute(
                text(
                    "SELECT body FROM pilot_review_versions WHERE plan_id = :id"
                    " AND version_number = :number"
                ),
                {"id": plan_id, "number": number},
            ).scalar_one_or_none()
        return None if body is None else _load(body)
