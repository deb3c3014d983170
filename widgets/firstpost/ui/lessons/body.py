"""An episode's text and blocks as widgets, in reading order.

Markdown goes through the kit's safe renderer. Challenges keep their model answers
behind a button, so learners try first. Instructor notes are for facilitators and
appear only in facilitator mode (`?mode=facilitator`).
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.content.blocks import Block
from firstpost.core.content.episodes import Episode
from firstpost.core.learning.markdown import LinkRewriter, render_markdown
from firstpost.core.learning.tracker import CourseTracker
from firstpost.ui.lessons.controls import button, show
from firstpost.ui.lessons.quiz import QuizView

BOX_TITLES = {
    "callout": "",
    "objectives": "Objectives",
    "keypoints": "Key points",
    "instructor": "Notes for facilitators",
}


class ChallengeView(widgets.VBox):
    def __init__(self, block: Block, number: int, rewrite: LinkRewriter | None) -> None:
        super().__init__()
        self.add_class("fp-challenge")
        parts: list[widgets.Widget] = [widgets.HTML(f"<h3>Challenge {number}</h3>")]
        self.toggles: list[widgets.Button] = []
        solutions = [c for c in block.children if isinstance(c, Block)]
        for child in block.children:
            if isinstance(child, str):
                parts.append(
                    widgets.HTML(render_markdown(child, top_heading=4, rewrite_link=rewrite))
                )
                continue
            label = (
                "the model answer"
                if len(solutions) == 1
                else f"model answer {len(self.toggles) + 1}"
            )
            answer = widgets.HTML(
                "<div class='fp-solution'><h4>Model answer</h4>"
                + render_markdown(child.text, top_heading=5, rewrite_link=rewrite)
                + "</div>"
            )
            show(answer, False)
            toggle = button(f"Show {label} to challenge {number}")
            toggle.on_click(
                lambda _b, a=answer, t=toggle, name=label: self._toggle(a, t, name, number)
            )
            self.toggles.append(toggle)
            parts += [toggle, answer]
        self.children = tuple(parts)

    @staticmethod
    def _toggle(answer: widgets.HTML, toggle: widgets.Button, label: str, number: int) -> None:
        opening = answer.layout.display == "none"
        show(answer, opening)
        verb = "Hide" if opening else "Show"
        toggle.description = f"{verb} {label} to challenge {number}"


def box_html(block: Block, rewrite: LinkRewriter | None) -> str:
    title = BOX_TITLES.get(block.name, "")
    heading = f"<h3>{html.escape(title)}</h3>" if title else ""
    role = " role='note'" if block.name in ("callout", "instructor") else ""
    body = render_markdown(block.text, top_heading=4, rewrite_link=rewrite)
    return f"<div class='fp-box fp-box--{block.name}'{role}>{heading}{body}</div>"


def body_widgets(
    episode: Episode,
    tracker: CourseTracker,
    facilitator: bool,
    rewrite: LinkRewriter | None,
    on_answer: Callable[[], None],
) -> list[widgets.Widget]:
    keyed = list(tracker.questions(episode.id))
    total = len(keyed)
    challenges = 0
    out: list[widgets.Widget] = []
    for part in episode.body:
        if isinstance(part, str):
            out.append(widgets.HTML(render_markdown(part, top_heading=2, rewrite_link=rewrite)))
        elif part.name == "challenge":
            challenges += 1
            out.append(ChallengeView(part, challenges, rewrite))
        elif part.name == "quiz" and part.quiz is not None:
            count = len(part.quiz.questions)
            mine, keyed = keyed[:count], keyed[count:]
            out.append(QuizView(tracker, episode.id, part.quiz.title, mine, total, on_answer))
        elif part.name == "instructor" and not facilitator:
            continue
        else:
            out.append(widgets.HTML(box_html(part, rewrite)))
    return out
