"""One episode: objectives, the lesson, challenges, the quiz, sources and "mark as done"."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

import ipywidgets as widgets

from firstpost.core.content.course import Content
from firstpost.core.learning.completion import episode_minutes, long_date, to_date
from firstpost.core.learning.markdown import LinkRewriter
from firstpost.core.learning.tracker import CourseTracker
from firstpost.ui.errors import guarded
from firstpost.ui.lessons.body import body_widgets
from firstpost.ui.lessons.controls import button, row
from firstpost.ui.lessons.evidence import cases_html, figures_html, sources_html
from firstpost.ui.shell import notice


def case_app_built() -> bool:
    from firstpost.core.apps import built_apps

    return any(app.key == "case_studies" for app in built_apps())


def _bullets(items) -> str:  # type: ignore[no-untyped-def]
    return "<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>"


class EpisodeReader(widgets.VBox):
    def __init__(
        self,
        tracker: CourseTracker,
        content: Content,
        episode_id: str,
        *,
        facilitator: bool,
        rewrite: LinkRewriter | None,
        go: Mapping[str, Callable[..., None]],
    ) -> None:
        super().__init__()
        self.add_class("fp-reader")
        self.tracker = tracker
        self.episode = episode = tracker.episode(episode_id)
        self.go = go
        meta = episode.meta
        number = [e.id for e in tracker.episodes].index(episode_id) + 1
        header = widgets.HTML(
            f"<h2>Episode {number}: {html.escape(episode.title)}</h2>"
            f"<p class='fp-meta'>About {episode_minutes(episode)} minutes: "
            f"{meta.teaching_minutes} minutes of reading and "
            f"{meta.exercises_minutes} minutes of exercises.</p>"
            # As written: lower-casing the first letter would turn "HR staff" into "hR staff".
            f"<p class='fp-meta'>Written for: {html.escape(meta.audience.rstrip('.'))}.</p>"
            f"<div class='fp-box fp-box--objectives'><h3>By the end you will be able to</h3>"
            f"{_bullets(meta.objectives)}</div>"
        )
        self.score_line = widgets.HTML("")
        body = body_widgets(episode, tracker, facilitator, rewrite, self._answered)
        figures = content.resolve_figures(meta.figures)
        known = [s for s in meta.sources if s in content.sources]
        titles = {c.id: c.title for c in content.case_studies}
        cases = [(c, titles[c]) for c in meta.case_studies if c in titles]
        evidence = widgets.HTML(
            "<h3>Key points</h3>"
            + _bullets(meta.keypoints)
            + cases_html(cases, linked=case_app_built())
            + figures_html(figures, content.sources)
            + sources_html(content.source(s) for s in known)
        )
        self.done_status = widgets.HTML("")
        self.done_button = button("Mark this episode as done", primary=True)
        self.done_button.on_click(
            guarded("saving your progress", self._error)(lambda _b: self.toggle_done())
        )
        before, after = tracker.neighbours(episode_id)
        nav: list[widgets.Widget] = []
        if before is not None:
            previous = button(f"Previous: {before.title}")
            previous.on_click(lambda _b: go["episode"](before.id))
            nav.append(previous)
        if after is not None:
            following = button(f"Next: {after.title}")
            following.on_click(lambda _b: go["episode"](after.id))
            nav.append(following)
        back = button("Back to the course overview")
        back.on_click(lambda _b: go["overview"]())
        nav.append(back)
        done_area = widgets.VBox(
            [widgets.HTML("<h3>Finished?</h3>"), self.score_line, self.done_status,
             self.done_button]
        )  # fmt: skip
        done_area.add_class("fp-done")
        self.children = (header, *body, evidence, done_area, row(*nav))
        self._show_done()
        self._answered()

    def _answered(self) -> None:
        score = self.tracker.score(self.episode.id)
        if score.total == 0:
            self.score_line.value = ""
            return
        self.score_line.value = (
            f"<p>Quiz so far: {score.correct} of {score.total} questions right"
            f" ({score.answered} answered).</p>"
        )

    def toggle_done(self) -> None:
        progress = self.tracker.progress(self.episode.id)
        done = not (progress is not None and progress.done)
        self.tracker.mark_done(self.episode.id, done)
        self._show_done(just_changed=True)

    def _show_done(self, just_changed: bool = False) -> None:
        progress = self.tracker.progress(self.episode.id)
        if progress is not None and progress.done:
            when = long_date(to_date(progress.completed_at))
            message = f"You marked this episode as done on {when}."
            if not self.tracker.signed_in:
                message += " This is not saved yet: type your name at the top to keep it."
            self.done_status.value = notice(message, "ok" if just_changed else "info")
            self.done_button.description = "Mark this episode as not done"
            self.done_button.button_style = ""
        else:
            self.done_status.value = (
                notice("Marked as not done.", "info")
                if just_changed
                else "<p>When you have read the episode and tried the quiz, mark it as done. "
                "It then shows on your record of completion.</p>"
            )
            self.done_button.description = "Mark this episode as done"
            self.done_button.button_style = "primary"

    def _error(self, message: str) -> None:
        self.done_status.value = notice(message, "error")
