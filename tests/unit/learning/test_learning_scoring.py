"""Quiz scoring: right, partly right and wrong, each with the feedback a learner needs."""

from __future__ import annotations

from types import SimpleNamespace

from firstpost.core.learning.scoring import (
    check_answer,
    episode_questions,
    question_key,
    score,
)


def questions(episodes):
    first = episode_questions(episodes[0])
    return first[0].question, first[1].question  # single, multiple


def test_single_choice_right_shows_every_option_feedback(episodes):
    single, _ = questions(episodes)
    result = check_answer(single, [1])
    assert result.correct and result.message == "Correct."
    assert [f.feedback for f in result.feedback] == [
        "Nobody approves their own post.",
        "A second pair of eyes catches slips.",
    ]
    assert [f.chosen for f in result.feedback] == [False, True]


def test_wrong_answer_explains_the_choice_without_giving_the_answer_away(episodes):
    single, _ = questions(episodes)
    result = check_answer(single, [0])
    assert result.outcome == "wrong"
    assert "try again" in result.message
    assert [(f.text, f.correct) for f in result.feedback] == [("The author", False)]


def test_multiple_choice_partly_right_says_there_is_more(episodes):
    _, multiple = questions(episodes)
    result = check_answer(multiple, [0])
    assert result.outcome == "partly"
    assert "at least one more" in result.message
    assert len(result.feedback) == 1


def test_multiple_choice_with_a_wrong_tick_is_wrong(episodes):
    _, multiple = questions(episodes)
    assert check_answer(multiple, [0, 1, 2]).outcome == "wrong"
    assert check_answer(multiple, [2, 0]).outcome == "correct"


def test_nothing_chosen_or_nonsense_from_the_browser_is_not_an_answer(episodes):
    single, multiple = questions(episodes)
    assert check_answer(single, []).message == "Choose an answer first."
    assert check_answer(multiple, []).message == "Choose at least one answer first."
    assert check_answer(single, [7, -1, "x"]).outcome == "empty"  # type: ignore[list-item]
    assert check_answer(single, [0, 1]).message == "Choose only one answer."


def test_keys_are_stable_and_change_when_the_question_is_reworded(episodes):
    single, _ = questions(episodes)
    assert question_key(single) == question_key(single.model_copy())
    reworded = single.model_copy(update={"prompt": "Who signs off a post?"})
    assert question_key(reworded) != question_key(single)


def test_questions_are_numbered_across_the_episode(episodes):
    keyed = episode_questions(episodes[0])
    assert [q.number for q in keyed] == [1, 2]
    assert len({q.key for q in keyed}) == 2


def test_score_counts_latest_and_first_try(episodes):
    keyed = episode_questions(episodes[0])
    answers = {
        keyed[0].key: SimpleNamespace(correct=True, first_try_correct=False),
    }
    result = score(keyed, answers)
    assert (result.total, result.answered, result.correct, result.first_try) == (2, 1, 1, 0)
    assert result.describe() == "1 of 2 right"
    assert not result.complete
    assert score(keyed, {}).describe() == "Not tried yet"
    assert score((), {}).describe() == "No quiz"
