"""A small, valid lessons folder for unit tests, built in tmp_path.

Tests start from this known-good folder and break one thing, so each test shows that
exactly that one thing is reported, at the right line, and nothing else is.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

CONFIG = """\
title: Test course
episodes: [first-steps]
case_studies: [sample-case]
channels: [sample-channel]
"""

SOURCES = """\
src-survey:
  title: A survey of employers
  publisher: Survey Co
  accessed: 2026-11-25
  kind: primary
src-news:
  title: A news report of the survey
  publisher: News Co
  url: https://news.example.org/report
  published: 2014-10
  accessed: 2026-11-25
  kind: secondary
"""

FIGURES = """\
fig-verified:
  value: "12%"
  claim: Twelve per cent of employers surveyed did something.
  status: verified
  sources: [src-survey]
fig-disputed:
  value: "3%"
  claim: A fall of three per cent, as one article puts it.
  status: disputed
  why: The only source shows timing, not cause.
  sources: [src-news]
  related: [fig-verified]
"""

EPISODE = """\
---
id: first-steps
title: First steps
audience: HR advisers new to social media
teaching_minutes: 10
exercises_minutes: 15
objectives:
  - Choose one vacancy for a pilot
keypoints:
  - Start small
sources: [src-survey]
figures:
  - fig-verified
  - id: fig-episode-only
    value: "2"
    claim: Two of something, used only in this episode.
    status: reported
    why: Stated by a news report only.
    sources: [src-news]
case_studies: [sample-case]
---

Some *Markdown* text.

:::::: challenge
What would you post first?

::: solution
A vacancy you can watch.
:::
::::::

::: quiz
questions:
  - prompt: Who approves a post?
    kind: single
    options:
      - text: The author
        correct: false
        feedback: Nobody approves their own post.
      - text: A second person
        correct: true
        feedback: A second pair of eyes catches slips.
:::
"""

CASE_STUDY = """\
id: sample-case
title: A sample case
organisation: Example Council
date: 2012-01-18
kind: cautionary
channels: [sample-channel]
timeline:
  - at: 2012-01-18
    event: A campaign starts.
  - at: 2012-01-18 14:30
    approximate: true
    event: The campaign is pulled.
what_happened: A campaign went wrong.
consequences:
  - Press coverage.
figures:
  - fig-disputed
  - id: fig-case-only
    value: "1,600"
    claim: Mentions at the peak.
    status: reported
    why: A single news report.
    sources: [src-news]
decision_points:
  - after_stage: 1
    prompt: What now?
    options:
      - text: Carry on.
        feedback: It gets worse.
      - text: Stop and say so.
        feedback: It calms down.
lessons:
  - lesson: Do not invite stories under your hashtag.
    controls: [no-open-hashtags, holding-statement]
sources: [src-news]
"""

CHANNEL = """\
id: sample-channel
name: Sample Channel
kind: social
status: active
audiences:
  - audience: graduates
    evidence: Most graduates use it.
    sources: [src-survey]
purposes:
  - purpose: recruitment
    evidence: Employers advertise jobs on it.
    sources: [src-news]
weekly_effort_hours: 2.5
risk:
  reply_controls: Replies can be limited to followers.
  moderation: Comments can be hidden.
  open_hashtag_exposure: high
cost: Free to post.
post_length:
  limit: 300
  counting: graphemes
  visible_before_more: 150
accessibility:
  - Add alt text to images.
sources: [src-survey]
last_checked: 2026-11-25
"""

VALID_FILES = {
    "config.yaml": CONFIG,
    "sources.yaml": SOURCES,
    "figures.yaml": FIGURES,
    "episodes/first-steps.md": EPISODE,
    "case_studies/sample-case.yaml": CASE_STUDY,
    "channels/sample-channel.yaml": CHANNEL,
    "examples/plan-a.json": '{"anything": "the planner owns this format"}\n',
}


def make_lessons(tmp_path: Path, files: dict[str, str | None] | None = None) -> Path:
    """A valid lessons folder, with `files` replacing (text) or removing (None) files."""
    root = tmp_path / "lessons"
    merged: dict[str, str | None] = {**VALID_FILES, **(files or {})}
    for relative, text in merged.items():
        if text is None:
            continue
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    root.mkdir(parents=True, exist_ok=True)
    return root


def dedent(text: str) -> str:
    """Inline fixtures are indented with the test; the files must not be."""
    return textwrap.dedent(text).lstrip("\n")


# Front matter of a minimal valid episode: nine lines, so a body starts on line 10.
SAMPLE_FRONT = dedent("""
    ---
    id: sample
    title: Sample
    audience: Anyone
    teaching_minutes: 5
    exercises_minutes: 5
    objectives: [Learn]
    keypoints: [Remember]
    ---
""")
