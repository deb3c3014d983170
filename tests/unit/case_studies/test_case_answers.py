"""A participant's answers: built from the screen, restored, checked and exported."""

from __future__ import annotations

import json

from firstpost.core.case_studies.answer_record import answers_docx, answers_markdown
from firstpost.core.case_studies.answers import (
    MAX_REFLECTION_CHARS,
    CaseAnswers,
    Choice,
    Reflection,
    answer_problems,
    answers_download_json,
    answers_from,
    answers_from_json,
    answers_to_json,
    name_problems,
    restore_walkthrough,
)
from firstpost.core.case_studies.staging import Walkthrough


def test_answers_from_the_screen_and_back(case):
    walk = Walkthrough.start(case).choose(0, 1, case).advance().advance()
    answers = answers_from(walk, {"Why?": "Because."}, ["house-rules", "nonsense", "house-rules"])
    assert answers.choice_map == {0: 1}
    assert answers.position == 2
    assert answers.controls == ("house-rules",)
    restored = restore_walkthrough(case, answers_from_json(answers_to_json(answers)))
    assert restored == walk


def test_restoring_ignores_choices_the_case_no_longer_has(case):
    answers = CaseAnswers(
        case_id=case.id,
        position=40,
        choices=(Choice(decision=7, option=0), Choice(decision=1, option=9)),
    )
    walk = restore_walkthrough(case, answers)
    assert walk.choices == {} and walk.finished


def test_unreadable_saved_text_gives_none():
    assert answers_from_json("{not json") is None
    assert answers_from_json('{"case_id": "x", "position": -1}') is None


def test_problems_are_words_not_exceptions():
    long = CaseAnswers(
        case_id="x", reflections=(Reflection(prompt="Q", text="a" * (MAX_REFLECTION_CHARS + 1)),)
    )
    (problem,) = answer_problems(long)
    assert "question 1" in problem and "5,000" in problem
    assert answer_problems(CaseAnswers(case_id="x")) == []
    assert name_problems("  ") == ["Type your name first, so your answers are saved under it."]
    assert name_problems("x" * 201)
    assert name_problems("Sam") == []


def test_is_empty():
    assert CaseAnswers(case_id="x", reflections=(Reflection(prompt="Q", text="  "),)).is_empty
    assert not CaseAnswers(case_id="x", controls=("house-rules",)).is_empty


def test_markdown_export_reads_well_and_escapes_typed_text(case):
    walk = Walkthrough.start(case).choose(0, 1, case)
    answers = answers_from(walk, {"What now?": "<script>alert(1)</script> & more"}, ["house-rules"])
    text = answers_markdown(case, answers, person="Sam <b>", saved_at="2026-11-25 10:00")
    assert text.startswith("# Case study review: A sample case\n")
    assert "Answers of Sam &lt;b&gt;, saved 2026-11-25 10:00." in text
    assert "You chose B: No\n\nSafer." in text
    assert "### 2. Apologise now?\n\nNot answered yet." in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in text
    assert "<script>" not in text
    assert "- Published house rules for comments: Publish house rules" in text
    assert "- No open hashtags." in text


def test_markdown_export_when_nothing_is_done(case):
    text = answers_markdown(case, CaseAnswers(case_id=case.id))
    assert "No notes written." in text and "None yet." in text
    assert "Answers of" not in text


def test_word_export_says_the_same_as_the_markdown(case):
    import io

    from docx import Document

    from firstpost.core.content.controls import CONTROLS

    walk = Walkthrough.start(case).choose(1, 2, case)
    typed = "Ring the duty manager \x07first & <then> the press office."
    answers = answers_from(walk, {"Who rings whom?": typed}, ["named-spokesperson"])
    doc = Document(io.BytesIO(answers_docx(case, answers, person="Sam Patel")))
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs]
    assert paragraphs[0] == ("Title", "Case study review: A sample case")
    assert ("Normal", "Answers of Sam Patel.") in paragraphs
    assert ("Heading 2", "1. Run the campaign?") in paragraphs
    assert paragraphs[paragraphs.index(("Heading 2", "1. Run the campaign?")) + 1] == (
        "Normal",
        "Not answered yet.",
    )
    assert ("Normal", "You chose C: Never") in paragraphs
    assert ("Heading 2", "Who rings whom?") in paragraphs
    # typed text arrives as typed (not HTML-escaped), minus the character Word cannot hold
    assert ("Normal", "Ring the duty manager first & <then> the press office.") in paragraphs
    spokesperson = f"A named senior spokesperson: {CONTROLS['named-spokesperson']}"
    assert ("List Bullet", spokesperson) in paragraphs
    assert ("List Bullet", "No open hashtags.") in paragraphs
    assert doc.core_properties.author == "Sam Patel"
    markdown = answers_markdown(case, answers, person="Sam Patel")
    assert f"- {spokesperson}" in markdown and "You chose C: Never" in markdown


def test_json_download_names_the_case_and_person(case):
    data = json.loads(answers_download_json(case, CaseAnswers(case_id=case.id), "Sam"))
    assert data["case_title"] == "A sample case" and data["person"] == "Sam"
    assert data["case_id"] == "sample-case"
