"""The colon-fenced block parser: the tree it builds and every problem it reports."""

from __future__ import annotations

from content_fixtures import SAMPLE_FRONT, dedent

from firstpost.core.content import Block, Problem, parse_episode

FILE = "episodes/sample.md"
FRONT = SAMPLE_FRONT


def parse(body: str):
    return parse_episode(FRONT + dedent(body), FILE)


def problems(body: str) -> list[Problem]:
    return sorted(parse(body).problems)


def test_tree_of_text_and_blocks_in_order() -> None:
    parsed = parse("""
        Intro text.

        ::::::::: challenge
        Which post would you approve?

        ::: solution
        The second one.
        :::
        :::::::::

        ::: callout
        Keep it small.
        :::
    """)
    assert parsed.problems == ()
    episode = parsed.episode
    assert episode is not None
    intro, challenge, callout = episode.body
    assert intro == "Intro text."
    assert isinstance(challenge, Block)
    assert (challenge.name, challenge.line, challenge.end_line) == ("challenge", 12, 18)
    assert challenge.text == "Which post would you approve?"
    [solution] = challenge.blocks
    assert (solution.name, solution.line, solution.end_line, solution.text) == (
        "solution",
        15,
        17,
        "The second one.",
    )
    assert isinstance(callout, Block) and callout.children == ("Keep it small.",)
    assert [b.name for b in episode.blocks()] == ["challenge", "solution", "callout"]
    assert [b.line for b in episode.blocks("solution")] == [15]


def test_fence_lengths_need_not_match_and_names_may_touch_the_colons() -> None:
    parsed = parse("""
        ::::challenge ::::
        Question?
        ::::::::::::::: solution
        Answer.
        :::
        :::
    """)
    assert parsed.problems == ()
    [challenge] = parsed.episode.body
    assert [b.name for b in challenge.blocks] == ["solution"]


def test_colons_inside_a_code_block_are_text() -> None:
    parsed = parse("""
        ::: callout
        Write it like this:

        ```markdown
        ::: challenge
        :::
        ```
        :::
    """)
    assert parsed.problems == ()
    [callout] = parsed.episode.body
    assert "::: challenge" in callout.text


def test_unknown_block_name() -> None:
    assert problems("""
        Text.

        ::: challange
        Question?
        ::: solution
        Answer.
        :::
        :::
    """) == [
        Problem(
            FILE,
            12,
            "unknown block 'challange'; use one of: challenge, solution, "
            "instructor, callout, quiz, objectives, keypoints",
        ),
    ]


def test_unclosed_block_is_reported_at_its_opening_line() -> None:
    assert problems("""
        Text.

        ::: callout
        Never closed.
    """) == [
        Problem(
            FILE,
            12,
            "the callout block opened here is never closed; add a line of "
            "colons (`:::`) after its content",
        ),
    ]


def test_closing_fence_with_nothing_open() -> None:
    assert problems("""
        Text.
        :::
    """) == [
        Problem(
            FILE,
            11,
            "closing fence with no open block; remove it, or add the opening "
            "line (e.g. `::: callout`) above",
        ),
    ]


def test_solution_outside_a_challenge() -> None:
    assert problems("""
        Text.

        ::: solution
        An answer to nothing.
        :::
    """) == [
        Problem(
            FILE,
            12,
            "a solution block must sit inside a challenge block; move it "
            "between the challenge's opening and closing fences",
        ),
    ]


def test_challenge_without_a_solution() -> None:
    assert problems("""
        ::: challenge
        What would you do?
        :::
    """) == [
        Problem(
            FILE,
            10,
            "this challenge has no solution block; add `::: solution` with a "
            "model answer before the challenge's closing fence",
        ),
    ]


def test_empty_block() -> None:
    assert problems("""
        Text.

        ::: instructor

        :::
    """) == [
        Problem(
            FILE,
            12,
            "the instructor block is empty; write its content between the fences or remove them",
        ),
    ]


def test_challenge_with_only_a_solution_has_no_question() -> None:
    assert problems("""
        ::: challenge
        ::: solution
        Answer.
        :::
        :::
    """) == [
        Problem(
            FILE,
            10,
            "the challenge block has no text of its own, only nested blocks; "
            "write the challenge itself above them",
        ),
    ]


def test_only_solution_nests() -> None:
    assert problems("""
        ::: challenge
        Question?
        ::: callout
        Aside.
        :::
        ::: solution
        Answer.
        :::
        :::
    """) == [
        Problem(
            FILE,
            12,
            "a callout block cannot sit inside a challenge block (only solution "
            "nests, inside challenge); close the challenge block first",
        ),
    ]


def test_fence_line_that_cannot_be_read() -> None:
    assert problems("""
        ::: {.challenge}
        Question?
    """) == [
        Problem(
            FILE,
            10,
            "cannot read this fence line; open a block with one name, e.g. "
            "`::: challenge`, or close one with a line of colons only",
        ),
    ]


QUIZ = """
    Before.

    ::: quiz
    questions:
      - prompt: Pick one
        kind: single
        options:
          - text: A
            correct: true
            feedback: Right.
          - text: B
            correct: {correct_b}
            feedback: {feedback_b}
    :::
"""


def test_quiz_block_holds_a_validated_quiz() -> None:
    parsed = parse(QUIZ.format(correct_b="false", feedback_b="Wrong, because."))
    assert parsed.problems == ()
    [_, quiz_block] = parsed.episode.body
    assert quiz_block.children == ()
    [question] = quiz_block.quiz.questions
    assert [o.correct for o in question.options] == [True, False]
    assert question.options[1].feedback == "Wrong, because."


def test_quiz_errors_point_at_file_lines() -> None:
    assert problems(QUIZ.format(correct_b="true", feedback_b="Also right.")) == [
        Problem(
            FILE,
            16,
            "`options` in questions item 1 has 2 correct options but the "
            "question is single choice: mark exactly one as correct, or change `kind` to "
            "multiple",
        ),
    ]
    assert problems(QUIZ.format(correct_b="false", feedback_b="yes")) == [
        Problem(
            FILE,
            22,
            "`feedback` in questions item 1, options item 2 must be text, but "
            "YAML reads yes, no, on, off, true and false as true/false; put the text in "
            "quotes",
        ),
    ]


def test_quiz_yaml_syntax_error_points_at_file_line() -> None:
    [problem] = problems("""
        ::: quiz
        questions:
          - prompt: [unclosed
        :::
    """)
    assert (problem.file, problem.line) == (FILE, 13)
    assert problem.message.startswith("this is not valid YAML")


def test_block_inside_a_quiz_is_reported_once() -> None:
    assert problems("""
        ::: quiz
        questions: []
        ::: callout
        Aside.
        :::
        :::
    """) == [
        Problem(FILE, 11, "`questions` needs at least 1 item"),
        Problem(
            FILE,
            12,
            "a callout block cannot sit inside a quiz block (only solution "
            "nests, inside challenge); close the quiz block first",
        ),
    ]


def test_quiz_that_is_not_a_set_of_fields() -> None:
    assert problems("""
        ::: quiz
        - just a list
        :::
    """) == [
        Problem(
            FILE, 11, "the quiz must be a set of fields (one `name: value` per line); it is a list"
        ),
    ]
