"""One open case: the story, the timeline so far, then figures, lessons and discussion.

The figures and lessons wait until the story has been told (or "Show the whole
story" is pressed), so a group decides before it knows how things turned out. The
presentation view keeps only the story, in large type, for a projector.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

import ipywidgets as widgets

from firstpost.core.case_studies.answer_store import SavedAnswers
from firstpost.core.case_studies.answers import CaseAnswers, answers_from, restore_walkthrough
from firstpost.core.case_studies.badges import case_sources, figure_badges
from firstpost.core.case_studies.catalogue import KIND_LABELS
from firstpost.core.case_studies.controls import CONTROL_LABELS
from firstpost.core.case_studies.discussion import discussion_prompts, facilitator_notes
from firstpost.core.case_studies.handover import controls_handed_over, save_control
from firstpost.core.case_studies.staging import Walkthrough
from firstpost.core.case_studies.timeline import timeline_points
from firstpost.core.content.case_studies import CaseStudy
from firstpost.ui.case_studies.actions import ControlsPanel, DiscussionPanel
from firstpost.ui.case_studies.charts import timeline_html
from firstpost.ui.case_studies.panels import figures_html, notes_html, sources_html
from firstpost.ui.case_studies.saving import SavePanel, saved_time
from firstpost.ui.case_studies.services import CaseServices
from firstpost.ui.case_studies.story import StoryView
from firstpost.ui.errors import guarded, report
from firstpost.ui.shell import notice

esc = html.escape
PRESENT_ON = "Presentation view (large type)"
PRESENT_OFF = "Leave presentation view"


def case_header_html(case: CaseStudy, services: CaseServices) -> str:
    points = timeline_points(case)
    when = points[0].when_text if points else case.date
    if len(case.date) == 7:  # the case gives a month: say it, even if the timeline is rougher
        when = f"{datetime.strptime(case.date, '%Y-%m'):%b %Y}"
    channels = ", ".join(services.channel_name(c) for c in case.channels)
    if not channels:
        channels = case.channels_note or "not named in the sources"
    return (
        f'<div class="fp-cs-header"><h2>{esc(case.title)}</h2>'
        f'<p><span class="fp-cs-kind fp-cs-kind--{esc(case.kind)}">{esc(KIND_LABELS[case.kind])}</span> '
        f"{esc(case.organisation)} · {esc(when)} · Channels: {esc(channels)}</p></div>"
    )


class CaseView(widgets.VBox):
    def __init__(
        self,
        case: CaseStudy,
        services: CaseServices,
        typed_name: Callable[[], str],
        go_back: Callable[[], None],
        on_present: Callable[[bool], None],
    ) -> None:
        super().__init__()
        self.add_class("fp-cs-case")
        self.case = case
        self.services = services
        self.typed_name = typed_name
        self.on_present = on_present
        self.presenting = False
        self.controls: list[str] = []
        self._events_drawn = -1
        self._restoring = False
        self.status = widgets.HTML()

        back = widgets.Button(description="Back to all cases", layout=widgets.Layout(width="auto"))
        back.on_click(guarded("going back to the cases", self._error)(lambda _b: go_back()))
        self.present_button = widgets.Button(
            description=PRESENT_ON, layout=widgets.Layout(width="auto")
        )
        self.present_button.on_click(
            guarded("switching the presentation view", self._error)(
                lambda _b: self.toggle_present()
            )
        )
        toolbar = widgets.HBox([back, self.present_button])
        toolbar.add_class("fp-toolbar")

        self.story = StoryView(case, Walkthrough.start(case), self._story_changed)
        self.timeline = widgets.HTML()
        self.timeline.add_class("fp-cs-timeline")
        self.notes = widgets.HTML(
            notes_html(facilitator_notes(case, services.content)) if services.facilitator else ""
        )
        self.waiting = widgets.HTML(
            '<p class="fp-muted fp-cs-waiting">The figures, the lessons and the questions for '
            "discussion appear once the story has been told. To see them now, choose "
            "“Show the whole story”.</p>"
        )
        self.controls_panel = ControlsPanel(case, self._add_control)
        self.discussion = DiscussionPanel(
            discussion_prompts(case, services.content), on_change=self._autosave
        )
        self.after = widgets.VBox(
            [
                widgets.HTML(figures_html(figure_badges(case, services.content))),
                self.controls_panel,
                self.discussion,
                widgets.HTML(sources_html(case_sources(case, services.content))),
            ]
        )
        self.save_panel = SavePanel(case, services, typed_name, self.answers, self.restore)
        self.header = widgets.HTML(case_header_html(case, services))
        self.children = (
            self.header,
            toolbar,
            self.status,
            self.notes,
            self.story,
            self.timeline,
            self.waiting,
            self.after,
            self.save_panel,
        )
        self._refresh_sections()
        self._bring_back_on_open()

    # ----- state ---------------------------------------------------------------------
    def answers(self) -> CaseAnswers:
        return answers_from(self.story.walk, self.discussion.reflections, self.controls)

    def restore(self, saved: SavedAnswers) -> None:
        answers = saved.answers
        self._restoring = True
        try:
            self.story.walk = restore_walkthrough(self.case, answers)
            self.story.render()
            self.discussion.restore([(r.prompt, r.text) for r in answers.reflections])
            self.controls = list(dict.fromkeys([*self.controls, *answers.controls]))
            self._refresh_sections()
        finally:
            self._restoring = False

    def kept_for_someone_else(self) -> bool:
        """True if these answers were saved for a person other than the one now named.

        On a shared machine the next participant types their own name; reopening the
        case must then show their answers, not copy the last person's under their name.
        """
        synced = self.save_panel.synced_key
        return synced is not None and self.save_panel.known_person()[0] != synced

    def _story_changed(self, _walk: Walkthrough) -> None:
        self._refresh_sections()
        self._autosave()

    def _autosave(self) -> None:
        if not self._restoring:
            self.save_panel.autosave()

    def _refresh_sections(self) -> None:
        walk = self.story.walk
        if walk.events_shown != self._events_drawn:
            points = timeline_points(self.case)[: walk.events_shown]
            complete = walk.events_shown == len(self.case.timeline)
            self.timeline.value = "<h3>Timeline</h3>" + timeline_html(
                points, self.case.title, complete
            )
            self._events_drawn = walk.events_shown
        finished = walk.finished
        hide = "none"
        self.after.layout.display = None if finished and not self.presenting else hide
        self.waiting.layout.display = hide if finished or self.presenting else None
        for section in (self.timeline, self.notes, self.save_panel):
            section.layout.display = hide if self.presenting else None

    # ----- actions -------------------------------------------------------------------
    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    def toggle_present(self) -> None:
        self.presenting = not self.presenting
        self.present_button.description = PRESENT_OFF if self.presenting else PRESENT_ON
        if self.presenting:
            self.add_class("fp-cs-present")
        else:
            self.remove_class("fp-cs-present")
        self._refresh_sections()
        self.on_present(self.presenting)

    def _add_control(self, control: str) -> tuple[str, bool]:
        owner = self.services.owner
        if owner is None:
            problem = self.services.identity_problem or "Your account could not be identified."
            return f"The control could not be added to your plan. {problem}", False
        result = save_control(self.services.plans(), owner, self.case, control)
        self.controls = list(dict.fromkeys([*self.controls, control]))
        self._autosave()
        label = CONTROL_LABELS[control]
        if not result.added:
            return f"“{label}” is already in your plan's risk register.", True
        fresh = (
            " (your earlier list could not be read, so a new one was started)"
            if result.restarted
            else ""
        )
        return (
            f"Added “{label}” to your plan's risk register{fresh}: {result.risks} controls so "
            "far. In the planner, choose “Start from my case-study controls”.",
            True,
        )

    def _bring_back_on_open(self) -> None:
        """Mark controls already handed over and bring back the answers saved earlier by
        whoever is known (the hub user, or the name typed before opening the case)."""
        owner = self.services.owner
        try:
            if owner is not None:
                done = controls_handed_over(self.services.plans(), owner)
                self.controls_panel.mark_added(
                    [c for case_id, c in done if case_id == self.case.id]
                )
            saved = self.save_panel.saved_on_open()
            if saved is not None:
                self.restore(saved)
                self.status.value = notice(
                    f"Your answers saved on {saved_time(saved)} are back. "
                    "Carry on where you left off.",
                    "ok",
                )
        except Exception:
            report(f"opening saved answers for {self.case.id}")
            self.status.value = notice(
                "Your saved answers could not be brought back just now. You can carry on, "
                "and try “Bring back my saved answers” later."
            )
