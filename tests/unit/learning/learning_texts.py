"""Two small episodes for the learning tests, as their authors would write them."""

from __future__ import annotations

EPISODE_ONE = """\
---
id: first-steps
title: First steps
audience: HR advisers
teaching_minutes: 10
exercises_minutes: 5
objectives: [Choose one vacancy]
keypoints: [Start small]
---

Read [the next episode](lessons.ipynb?episode=staying-safe).

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
  - prompt: Which are safeguards?
    kind: multiple
    options:
      - text: Two-step sign-in
        correct: true
        feedback: It protects the account.
      - text: A shared password
        correct: false
        feedback: Nobody can tell who posted.
      - text: Approval before posting
        correct: true
        feedback: It catches slips.
:::
"""

EPISODE_TWO = """\
---
id: staying-safe
title: Staying safe
audience: HR advisers
teaching_minutes: 8
exercises_minutes: 4
objectives: [Name a safeguard]
keypoints: [Plan for problems]
---

Some text.

::: quiz
questions:
  - prompt: Should you invite public stories under your hashtag?
    kind: single
    options:
      - text: "Yes"
        correct: false
        feedback: "That is what went wrong with #McDStories."
      - text: "No"
        correct: true
        feedback: You cannot control what people will say.
:::
"""
