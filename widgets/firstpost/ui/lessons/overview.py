"""The course at a glance: every episode, its time, and how far the learner has got."""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.learning.completion import episode_minutes, long_date, to_date
from firstpost.core.learning.tracker import CourseTracker
from firstpost.ui.lessons.controls import button


def progress_text(tracker: CourseTracker) -> str:
    done, total = tracker.done_count(), len(tracker.episodes)
    minutes = sum(episode_minutes(e) for e in tracker.episodes)
    return f"{done} of {total} episodes done. The whole course takes about {minutes} minutes."


def episode_status(tracker: CourseTracker, episode_id: str) -> str:
    progress = tracker.progress(episode_id)
    if progress is None:
        return "Not started"
    if progress.done:
        return f"Done on {long_date(to_date(progress.completed_at))}"
    return "Started, not finished"


class OverviewView(widgets.VBox):
    def __init__(self, tracker: CourseTracker, open_episode: Callable[[str], None]) -> None:
        super().__init__()
        self.tracker = tracker
        self.open_episode = open_episode
        self.refresh()

    def refresh(self) -> None:
        tracker = self.tracker
        done, total = tracker.done_count(), len(tracker.episodes)
        percent = round(100 * done / total) if total else 0
        children: list[widgets.Widget] = [
            widgets.HTML(
                "<h2>The course</h2>"
                f"<div class='fp-progress'><p>{html.escape(progress_text(tracker))}</p>"
                f"<div class='fp-progress-bar' aria-hidden='true'>"
                f"<div style='width: {percent}%'></div></div></div>"
            )
        ]
        resume = tracker.resume_episode()
        if resume is not None:
            carry_on = button(f"Carry on with {resume.title}", primary=True)
            carry_on.on_click(lambda _b, i=resume.id: self.open_episode(i))
            children.append(carry_on)
        for number, episode in enumerate(tracker.episodes, start=1):
            children.append(self._card(number, episode.id))
        self.children = tuple(children)

    def _card(self, number: int, episode_id: str) -> widgets.Widget:
        tracker = self.tracker
        episode = tracker.episode(episode_id)
        meta = episode.meta
        score = tracker.score(episode_id)
        status = episode_status(tracker, episode_id)
        objectives = "".join(f"<li>{html.escape(o)}</li>" for o in meta.objectives)
        info = widgets.HTML(
            f"<h3>{number}. {html.escape(episode.title)}</h3>"
            f"<p class='fp-meta'>About {episode_minutes(episode)} minutes · "
            f"<strong>{html.escape(status)}</strong> · Quiz: {html.escape(score.describe())}</p>"
            f"<p>You will learn to:</p><ul>{objectives}</ul>"
        )
        progress = tracker.progress(episode_id)
        if progress is None:
            label = f"Start episode {number}"
        elif progress.done:
            label = f"Open episode {number} again"
        else:
            label = f"Carry on with episode {number}"
        open_button = button(label, primary=progress is None or not progress.done)
        open_button.on_click(lambda _b: self.open_episode(episode_id))
        card = widgets.VBox([info, open_button])
        card.add_class("fp-item")
        card.add_class("fp-episode-card")
        return card
