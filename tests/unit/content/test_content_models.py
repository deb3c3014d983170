"""The pydantic models: rules a single file can break, and their plain-English messages."""

from __future__ import annotations

from typing import Any, get_args

import pytest
import yaml
from content_fixtures import CASE_STUDY, CHANNEL, dedent
from pydantic import BaseModel, ValidationError

from firstpost.core.content import (
    AUDIENCES,
    CONTROLS,
    COUNTING_METHODS,
    CaseStudy,
    Channel,
    CourseConfig,
    Figure,
    Problem,
    Quiz,
)
from firstpost.core.content.channels import AudienceId, CountingMethod
from firstpost.core.content.controls import ControlId
from firstpost.core.content.figures import FiguresFile
from firstpost.core.content.messages import allowed_fields, validation_problems
from firstpost.core.content.sources import SourcesFile
from firstpost.core.content.yaml_lines import load_yaml


def check(text: str, model: type[BaseModel], file: str = "x.yaml") -> list[Problem]:
    """Validate YAML text against a model the way the loader does; return the problems."""
    doc, problems = load_yaml(dedent(text), file)
    assert problems == []
    try:
        model.model_validate(doc.data)
    except ValidationError as error:
        return validation_problems(doc, error, model)
    return []


def fields(**overrides: Any) -> dict[str, Any]:
    base = {"value": "5%", "claim": "A claim.", "status": "verified", "sources": ["s-a"]}
    return {**base, **overrides}


@pytest.mark.parametrize("status", ["reported", "disputed"])
def test_why_is_required_unless_verified(status: str) -> None:
    problems = check(
        f"f-a:\n  value: '1'\n  claim: c\n  status: {status}\n  sources: [s]\n",
        FiguresFile,
        "figures.yaml",
    )
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (1, f"`why` in f-a is required because status is '{status}'"),
    ]
    assert Figure(id="f-b", **fields()).why is None


def test_figure_value_must_be_quoted_text() -> None:
    [problem] = check(
        "f-a:\n  value: 78\n  claim: c\n  status: verified\n  sources: [s]\n", FiguresFile
    )
    assert problem == Problem(
        "x.yaml",
        2,
        "`value` in f-a must be text (put it in quotes if it "
        "looks like a number or date); it is 78",
    )


def test_source_fields_dates_and_urls() -> None:
    text = """
        s-a:
          title: T
          publisher: P
          url: www.example.org
          published: 2014-13
          accessed: 2026-11-25
          kind: primary
    """
    assert [(p.line, p.message) for p in check(text, SourcesFile)] == [
        (
            4,
            "`url` in s-a must be a full web address starting with https:// (leave it out if "
            "unknown); it is 'www.example.org'",
        ),
        (5, "`published` in s-a is '2014-13', which is not a real date (month must be in 1..12)"),
    ]
    ok = SourcesFile.model_validate(
        {
            "s-b": {
                "title": "T",
                "publisher": "P",
                "published": 2009,
                "accessed": "2026-11-25",
                "kind": "secondary",
            }
        }
    )
    assert ok.root["s-b"].published == "2009"


def test_quiz_rules() -> None:
    quiz = """
        questions:
          - prompt: Which?
            kind: multiple
            options:
              - text: A
                correct: false
                feedback: No.
    """
    assert [(p.line, p.message) for p in check(quiz, Quiz)] == [
        (4, "`options` in questions item 1 needs at least 2 items; give at least two options"),
    ]
    multiple = Quiz.model_validate(
        {
            "questions": [
                {
                    "prompt": "P",
                    "kind": "multiple",
                    "options": [
                        {"text": "A", "correct": True, "feedback": "Yes."},
                        {"text": "B", "correct": True, "feedback": "Also yes."},
                    ],
                }
            ]
        }
    )
    assert sum(o.correct for o in multiple.questions[0].options) == 2
    [problem] = check(
        "questions:\n  - prompt: P\n    kind: single\n    options:\n"
        "      - {text: A, correct: true}\n"
        "      - {text: B, correct: false, feedback: F}\n",
        Quiz,
    )
    assert (problem.line, problem.message) == (
        5,
        "`feedback` in questions item 1, options item 1 is missing; add it",
    )


def test_case_study_fields() -> None:
    case = CASE_STUDY.replace("kind: cautionary", "kind: warning").replace(
        "  - at: 2012-01-18 14:30", "  - at: 18 Jan 2012"
    )
    assert [(p.line, p.message) for p in check(case, CaseStudy)] == [
        (5, "`kind` must be one of 'cautionary' or 'positive'; it is 'warning'"),
        (
            10,
            "`at` in timeline item 2 must be a date like 2012-01-18 or a date and time like "
            "2012-01-18 14:30; it is '18 Jan 2012'",
        ),
    ]
    valid = CaseStudy.model_validate(yaml.safe_load(CASE_STUDY))
    assert valid.timeline[0].at == "2012-01-18"
    assert valid.decision_points[0].after_stage == 1
    assert valid.lessons[0].controls == ("no-open-hashtags", "holding-statement")


def test_channel_rules() -> None:
    retired = CHANNEL.replace("status: active", "status: retired")
    assert [(p.line, p.message) for p in check(retired, Channel)] == [
        (
            1,
            "`retired_note` is required because status is 'retired': say what happened to the "
            "channel and what to use instead",
        ),
    ]
    too_long = CHANNEL.replace("visible_before_more: 150", "visible_before_more: 500")
    assert [(p.line, p.message) for p in check(too_long, Channel)] == [
        (
            22,
            "`visible_before_more` in post_length is 500, more than the limit of 300; check "
            "both numbers",
        ),
    ]
    negative = CHANNEL.replace("weekly_effort_hours: 2.5", "weekly_effort_hours: -1")
    assert [(p.line, p.message) for p in check(negative, Channel)] == [
        (13, "`weekly_effort_hours` must be at least 0; it is -1"),
    ]
    no_posts = yaml.safe_load(CHANNEL)
    del no_posts["post_length"]
    assert Channel.model_validate(no_posts).post_length is None


def test_config_defaults_to_empty_lists() -> None:
    config = CourseConfig.model_validate({"title": "T"})
    assert (config.episodes, config.case_studies, config.channels) == ((), (), ())
    [problem] = check("title: T\nepisode: [a]\n", CourseConfig, "config.yaml")
    assert problem == Problem(
        "config.yaml",
        2,
        "`episode` is not a field here; check the "
        "spelling or remove it (allowed here: title, episodes, "
        "case_studies, channels)",
    )


def test_whole_file_of_the_wrong_shape() -> None:
    assert check("- a\n- b\n", CourseConfig, "config.yaml") == [
        Problem(
            "config.yaml",
            1,
            "the file must be a set of fields (one `name: value` per line); it is a list",
        ),
    ]


def test_allowed_fields_walks_nested_models_and_unions() -> None:
    assert allowed_fields(CaseStudy, ("timeline", 0)) == ["at", "approximate", "event", "elapsed"]
    assert "why" in allowed_fields(CaseStudy, ("figures", 1))
    assert allowed_fields(FiguresFile, ("any-id",))[:3] == ["value", "claim", "status"]
    assert allowed_fields(CaseStudy, ("no-such",)) == []


def test_closed_lists_have_a_description_for_every_value() -> None:
    assert set(CONTROLS) == set(get_args(ControlId))
    assert set(AUDIENCES) == set(get_args(AudienceId))
    assert set(COUNTING_METHODS) == set(get_args(CountingMethod))
