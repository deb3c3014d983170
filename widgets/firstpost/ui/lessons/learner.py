"""Who is learning: the hub user, or a name typed once and a personal link to bookmark.

Outside JupyterHub many people share one server account, so the account name cannot
tell them apart; and the kernel cannot read the browser's storage. A personal link
(`lessons.ipynb?learner=<code>`) is the one thing that survives closing the browser, so
the panel gives it prominence the moment a learner starts. The link carries a mark
(`data-fp-personal-link`) so the page template can also put it in the address bar, where
reloading or bookmarking the page then keeps the learner's progress.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.learning.query import lessons_link
from firstpost.core.learning.store import RETENTION_NOTE
from firstpost.core.learning.tracker import CourseTracker
from firstpost.ui.errors import guarded
from firstpost.ui.lessons.controls import button, row
from firstpost.ui.shell import notice

LINK_MARK = "data-fp-personal-link"
WHAT_WE_KEEP = (
    "We keep only your name, the dates you open and finish each episode, which episode "
    "you were on, and your quiz answers with the number of tries. You can see, download "
    "or delete them at any time under “My records”. " + RETENTION_NOTE
)


class LearnerPanel(widgets.VBox):
    def __init__(
        self,
        tracker: CourseTracker,
        on_change: Callable[[], None],
    ) -> None:
        super().__init__()
        self.add_class("fp-learner")
        self.tracker = tracker
        self.on_change = on_change
        self.message = widgets.HTML("")
        self.name = widgets.Text(
            description="Your name",
            placeholder="for example, Sam Patel",
            style={"description_width": "9rem"},
            layout=widgets.Layout(width="100%", max_width="32rem"),
        )
        self.start = button("Start saving my progress", primary=True)
        self.code = widgets.Text(
            description="Personal code",
            placeholder="for example, k7mp-q2xa-9fth",
            style={"description_width": "9rem"},
            layout=widgets.Layout(width="100%", max_width="32rem"),
        )
        self.resume = button("Carry on from my code")
        self.start.on_click(guarded("saving your name", self.say_error)(lambda _b: self._start()))
        self.resume.on_click(
            guarded("finding your progress", self.say_error)(lambda _b: self._resume())
        )
        self.refresh()

    def say_error(self, message: str) -> None:
        self.message.value = notice(message, "error")

    def refresh(self, welcome: bool = False) -> None:
        learner = self.tracker.learner
        if learner is None:
            self.children = self._guest_form()
            return
        name = html.escape(learner.display_name)
        if learner.source == "hub":
            text = (
                f"<p>Signed in as <strong>{name}</strong>. Your progress is saved to your "
                "account as you go.</p>"
            )
            self.children = (widgets.HTML(text), self.message)
            return
        link = html.escape(lessons_link(self.tracker.code))
        code = html.escape(self.tracker.code or "")
        if welcome:
            intro = (
                f"<p><strong>Welcome, {name}.</strong> Your progress is now saved as you go.</p>"
                "<p>To come back later, from any browser, use your personal link: "
                f'<a href="{link}" {LINK_MARK}>my personal link to this course</a>. '
                "Open it now and bookmark that page (Ctrl+D, or Cmd+D on a Mac).</p>"
                f"<p>Your personal code is <strong class='fp-code'>{code}</strong>. Write it "
                "down in case you lose the link. Anyone with your code can see and change "
                "your progress, so keep it to yourself.</p>"
            )
            box = f'<div class="fp-notice fp-notice--ok" role="status">{intro}</div>'
        else:
            box = (
                f"<p>Learning as <strong>{name}</strong>. Your progress is saved as you go. "
                f'Your personal link: <a href="{link}" {LINK_MARK}>my personal link to this '
                f"course</a> (code <strong class='fp-code'>{code}</strong>).</p>"
            )
        self.children = (widgets.HTML(box), self.message)

    def _guest_form(self) -> tuple[widgets.Widget, ...]:
        return (
            widgets.HTML(
                "<h2>Save your progress</h2>"
                "<p>Type your name once and your progress is saved as you go. You do not need "
                "an account. Until then, you can read and try the quizzes, but nothing is "
                "saved.</p>"
            ),
            row(self.name, self.start),
            widgets.HTML(
                "<h3>Been here before?</h3><p>Open the personal link you bookmarked, or type "
                "your personal code.</p>"
            ),
            row(self.code, self.resume),
            self.message,
            widgets.HTML(f"<p class='fp-muted'>{html.escape(WHAT_WE_KEEP)}</p>"),
        )

    def _start(self) -> None:
        problem = self.tracker.start_with_name(self.name.value)
        if problem:
            self.say_error(problem)
            return
        self.message.value = ""
        self.name.value = ""
        self.refresh(welcome=True)
        self.on_change()

    def _resume(self) -> None:
        problem = self.tracker.resume_with_code(self.code.value)
        if problem:
            self.say_error(problem)
            return
        self.code.value = ""
        assert self.tracker.learner is not None
        self.message.value = notice(
            f"Welcome back, {self.tracker.learner.display_name}. Your progress is loaded.", "ok"
        )
        self.refresh()
        self.on_change()
