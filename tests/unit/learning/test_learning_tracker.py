"""A learner's way through the course: guest, signed in, resumed in a new page, deleted."""

from __future__ import annotations

from firstpost.core.learning.scoring import episode_questions
from firstpost.core.learning.tracker import UNKNOWN_CODE, CourseTracker


def test_guest_work_is_kept_when_they_give_their_name(episodes, store):
    tracker = CourseTracker(episodes, store)
    first = episode_questions(episodes[0])[0]
    tracker.open_episode("first-steps")
    assert tracker.check("first-steps", first, [0]).outcome == "wrong"
    assert tracker.check("first-steps", first, [1]).correct
    tracker.mark_done("first-steps")
    assert not tracker.signed_in
    assert tracker.records() is None  # a guest has nothing saved

    assert tracker.start_with_name("Sam") is None
    assert tracker.code is not None
    saved = store.records(tracker.learner.key)
    assert [p.episode_id for p in saved.episodes] == ["first-steps"]
    assert saved.episodes[0].done
    (answer,) = saved.answers
    assert answer.correct and not answer.first_try_correct


def test_progress_is_resumed_from_the_code_in_a_new_page(episodes, store):
    first_page = CourseTracker(episodes, store)
    first_page.start_with_name("Sam")
    question = episode_questions(episodes[1])[0]
    first_page.open_episode("staying-safe")
    first_page.check("staying-safe", question, [1])
    code = first_page.code

    second_page = CourseTracker(episodes, store)
    assert second_page.resume_with_code(code) is None
    assert second_page.learner.display_name == "Sam"
    assert second_page.saved_answer("staying-safe", question.key).chosen == (1,)
    assert second_page.score("staying-safe").describe() == "1 of 1 right"
    assert second_page.resume_episode().id == "staying-safe"


def test_resume_goes_to_the_next_episode_once_the_last_is_done(episodes, store):
    tracker = CourseTracker(episodes, store)
    assert tracker.resume_episode() is None  # nothing started: no "carry on"
    tracker.use_hub_user("hub:ana", "ana")
    tracker.open_episode("first-steps")
    tracker.mark_done("first-steps")
    assert tracker.resume_episode().id == "staying-safe"
    assert tracker.done_count() == 1


def test_unknown_and_malformed_codes_are_explained(episodes, store):
    tracker = CourseTracker(episodes, store)
    assert tracker.resume_with_code("k7mp-q2xa-9fth") == UNKNOWN_CODE
    assert "does not look like" in tracker.resume_with_code("hello")
    assert not tracker.signed_in


def test_empty_answers_are_not_saved(episodes, store):
    tracker = CourseTracker(episodes, store)
    tracker.use_hub_user("hub:ana", "ana")
    question = episode_questions(episodes[0])[1]
    assert tracker.check("first-steps", question, []).outcome == "empty"
    assert tracker.records().answers == ()


def test_deleting_returns_the_learner_to_a_guest_with_nothing_kept(episodes, store):
    tracker = CourseTracker(episodes, store)
    tracker.start_with_name("Sam")
    code = tracker.code
    tracker.open_episode("first-steps")
    assert tracker.delete_records() is True
    assert not tracker.signed_in and tracker.progress("first-steps") is None
    assert CourseTracker(episodes, store).resume_with_code(code) == UNKNOWN_CODE


def test_neighbours_for_previous_and_next(episodes, store):
    tracker = CourseTracker(episodes, store)
    before, after = tracker.neighbours("first-steps")
    assert before is None and after.id == "staying-safe"
    before, after = tracker.neighbours("staying-safe")
    assert before.id == "first-steps" and after is None
