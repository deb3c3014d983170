"""Episode files: front matter, body text and the raw-HTML rule."""

from __future__ import annotations

from content_fixtures import SAMPLE_FRONT, dedent

from firstpost.core.content import Problem, parse_episode

FILE = "episodes/sample.md"
FRONT = SAMPLE_FRONT


def problems(text: str) -> list[Problem]:
    return sorted(parse_episode(text, FILE).problems)


def test_valid_episode_front_matter_is_typed() -> None:
    parsed = parse_episode(FRONT + "\nText.\n", FILE)
    assert parsed.problems == ()
    assert parsed.episode.meta.objectives == ("Learn",)
    assert parsed.episode.meta.figures == ()
    assert parsed.episode.body == ("Text.",)


def test_no_front_matter() -> None:
    assert problems("# Just Markdown\n") == [
        Problem(
            FILE,
            1,
            "an episode must start with front matter: a line `---`, the YAML "
            "fields, then another `---`",
        ),
    ]


def test_unclosed_front_matter() -> None:
    assert problems("---\nid: sample\ntitle: Sample\n") == [
        Problem(
            FILE, 1, "the front matter is never closed; add a line `---` after the YAML fields"
        ),
    ]


def test_empty_front_matter() -> None:
    assert problems("---\n---\nText.\n") == [
        Problem(
            FILE,
            1,
            "the front matter is empty; add id, title, audience, "
            "teaching_minutes, exercises_minutes, objectives and keypoints",
        ),
    ]


def test_front_matter_field_errors_are_on_the_field_line() -> None:
    text = FRONT.replace("teaching_minutes: 5", "teaching_minutes: ten").replace(
        "keypoints: [Remember]", "keypoints: [Remember]\nkey_points: [Oops]"
    )
    assert problems(text + "\nText.\n") == [
        Problem(FILE, 5, "`teaching_minutes` must be a whole number; it is 'ten'"),
        Problem(
            FILE,
            9,
            "`key_points` is not a field here; check the spelling or remove it "
            "(allowed here: id, title, audience, teaching_minutes, exercises_minutes, "
            "objectives, keypoints, sources, figures, case_studies)",
        ),
    ]


def test_missing_required_field_points_at_the_front_matter() -> None:
    text = FRONT.replace("audience: Anyone\n", "")
    assert problems(text + "\nText.\n") == [Problem(FILE, 2, "`audience` is missing; add it")]


def test_no_text_after_front_matter() -> None:
    assert problems(FRONT + "\n\n") == [
        Problem(
            FILE,
            9,
            "the episode has no text after its front matter; write the lesson "
            "below the closing `---`",
        ),
    ]


def test_raw_html_is_reported_on_its_own_line() -> None:
    # The body starts on line 10, straight after the front matter.
    body = dedent("""
        A paragraph that runs on
        and then has <b>bold</b> in it.

        <div>
        A block.
        </div>

        <!-- a comment -->
    """)
    assert problems(FRONT + body) == [
        Problem(
            FILE,
            11,
            "raw HTML '<b>', '</b>' is not allowed in lesson text; use Markdown "
            "instead (e.g. **bold**, [words](https://address)) or remove it",
        ),
        Problem(
            FILE,
            13,
            "raw HTML '<div>' is not allowed in lesson text; use Markdown "
            "instead (e.g. **bold**, [words](https://address)) or remove it",
        ),
        Problem(
            FILE,
            17,
            "raw HTML '<!-- a comment -->' is not allowed in lesson text; use "
            "Markdown instead (e.g. **bold**, [words](https://address)) or remove it",
        ),
    ]


def test_html_in_code_and_autolinks_is_fine() -> None:
    body = dedent("""

        Write `<b>` only in code, and link like <https://example.org>.

        ```html
        <p>Shown as code.</p>
        ```
    """)
    assert problems(FRONT + body) == []


def test_raw_html_in_yaml_text_is_reported_on_the_key_line() -> None:
    text = FRONT.replace("title: Sample", "title: Sample <em>now</em>")
    assert problems(text + "\nText.\n") == [
        Problem(
            FILE,
            3,
            "raw HTML '<em>', '</em>' in `title` is not allowed in lesson text; "
            "use Markdown instead (e.g. **bold**, [words](https://address)) or remove it",
        ),
    ]


def test_quiz_text_with_raw_html() -> None:
    body = dedent("""

        ::: quiz
        questions:
          - prompt: Pick one
            kind: multiple
            options:
              - text: A
                correct: true
                feedback: <b>Right</b>.
              - text: B
                correct: false
                feedback: Wrong.
        :::
    """)
    [problem] = problems(FRONT + body)
    assert (problem.file, problem.line) == (FILE, 17)
    assert problem.message.startswith("raw HTML '<b>', '</b>' in `feedback`")
