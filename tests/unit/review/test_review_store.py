"""Reviews are kept as typed, never silently overwritten, and filed with a plan version."""

from __future__ import annotations

import pytest

from firstpost.core.review.model import ChannelActuals, PilotReview
from firstpost.core.review.store import ReviewConflict, ReviewStoreError


@pytest.fixture
def plan_id(plans, example) -> str:
    return plans.create(example, owner="local:amara").plan_id


def test_the_working_copy_is_kept_exactly_as_typed(reviews, plan_id):
    assert reviews.load(plan_id) is None
    typed = PilotReview(rows=(ChannelActuals(hires="1,2OO"),), lessons="keep\nthis")
    saved = reviews.save(plan_id, typed, 0, "local:fran")
    assert saved.revision == 1 and saved.updated_by == "local:fran"
    assert reviews.load(plan_id).review == typed


def test_someone_elses_save_is_never_overwritten(reviews, plan_id):
    reviews.save(plan_id, PilotReview(lessons="mine"), 0, "local:fran")
    reviews.save(plan_id, PilotReview(lessons="theirs"), 1, "local:ana")
    with pytest.raises(ReviewConflict, match="local:ana saved this review"):
        reviews.save(plan_id, PilotReview(lessons="late"), 1, "local:fran")
    with pytest.raises(ReviewConflict):
        reviews.save(plan_id, PilotReview(lessons="first again"), 0, "local:fran")
    assert reviews.load(plan_id).review.lessons == "theirs"


def test_saving_with_the_plan_makes_a_plan_version_that_carries_the_review(reviews, plans, plan_id):
    plans.save_version(plan_id, "Signed off", "local:amara")
    review = PilotReview(recommendation="scale-up", lessons="LinkedIn worked")
    number = reviews.save_with_plan(plans, plan_id, review, "local:fran")
    assert number == 2
    (newest, signed) = plans.list_versions(plan_id)
    assert signed.note == "Signed off"
    assert (newest.number, newest.note) == (2, "Pilot review: Scale up")
    assert reviews.for_version(plan_id, 2) == review
    assert reviews.for_version(plan_id, 1) is None
    (version,) = reviews.versions(plan_id)
    assert (version.version_number, version.recommendation) == (2, "scale-up")


def test_deleting_a_plan_deletes_its_reviews(reviews, plans, plan_id):
    reviews.save(plan_id, PilotReview(), 0, "local:fran")
    reviews.save_with_plan(plans, plan_id, PilotReview(recommendation="stop"), "local:fran")
    plans.delete(plan_id)
    assert reviews.load(plan_id) is None and reviews.versions(plan_id) == []


def test_a_review_for_a_plan_that_does_not_exist_is_refused(reviews):
    with pytest.raises(ReviewStoreError, match="no longer exists"):
        reviews.save("nope", PilotReview(), 0, "local:fran")


def test_the_person_saving_must_be_named(reviews, plan_id):
    with pytest.raises(ReviewStoreError, match="missing"):
        reviews.save(plan_id, PilotReview(), 0, " ")


def test_the_latest_review_is_ready_for_the_plans_own_exports(reviews, plans, plan_id, example):
    from firstpost.core.review.export import latest_review_sections

    assert latest_review_sections(reviews, plan_id, example) == ()
    for recommendation in ("stop", "adjust"):
        review = PilotReview(recommendation=recommendation, lessons="lesson")
        reviews.save_with_plan(plans, plan_id, review, "local:fran")
    (section,) = latest_review_sections(reviews, plan_id, example)
    facts = dict(section.blocks[0].items)
    assert facts["Recommendation"].startswith("Adjust")
    assert facts["Saved with the plan as"] == "Version 2"
