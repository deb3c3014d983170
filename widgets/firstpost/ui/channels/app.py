"""The channel selection app: from purpose and audience to a reasoned shortlist.

Every change to the form re-ranks at once (ranking takes a few milliseconds), so a
facilitator can move a weight and the room sees the order change: the shortlist, the
"why not" lines and the table of scores are rebuilt straight away, and the chart, which
is slow to draw, follows a moment later. The shortlist can be handed to the planner,
which then offers "Start from my channel shortlist".
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as widgets

from firstpost.core.channels import (
    AUDIENCES,
    PURPOSES,
    Library,
    Ranking,
    hand_over,
    rank_channels,
    shortlist_markdown,
)
from firstpost.ui.channels.chart import chart_image_html, scores_table_html
from firstpost.ui.channels.deferred_chart import DeferredChart
from firstpost.ui.channels.form import ChannelForm
from firstpost.ui.channels.results import (
    notes_html,
    related_html,
    rules_html,
    shortlist_html,
    trust_html,
    why_not_html,
)
from firstpost.ui.downloads import download_link
from firstpost.ui.errors import guarded
from firstpost.ui.shell import AppShell, notice

INTRO = (
    "<h1>Choose channels</h1>"
    "<p class='fp-lead'>Tell us what the pilot is for, who you want to reach and what your "
    "team can manage. You get a short list of channels with the reasons for each, and a "
    "reason for every channel left out.</p>"
    "<p>Every reason names its source, and every number says whether it is "
    "<strong>verified</strong>, <strong>reported</strong> or <strong>disputed</strong>. "
    "Nothing is posted anywhere from here.</p>"
)
PLANNER = "planner.ipynb"


def _section(title: str) -> widgets.HTML:
    return widgets.HTML(f"<h2>{html.escape(title)}</h2>")


class ChannelsApp(AppShell):
    """notebooks/channels.ipynb: rank the kit's channels for one team's question."""

    app_title = "Choose channels"

    def __init__(
        self,
        repository: Any = None,
        owner: str | None = None,
        content: Any = None,
        **kwargs: Any,
    ) -> None:
        self._repository = repository
        self._owner = owner
        self._content = content
        self.ranking: Ranking | None = None
        super().__init__(**kwargs)

    def build(self) -> list[widgets.Widget]:
        from firstpost.core.apps import built_apps

        if self._content is None:
            from firstpost.core.content import load_content

            self._content = load_content()
        content = self._content
        self.channels = tuple(content.channels)
        self.by_id = {channel.id: channel for channel in self.channels}
        self.library = Library.from_content(content)
        self.built = {app.notebook for app in built_apps()}

        self.form = ChannelForm()
        self.status = widgets.HTML("")
        self.shortlist = widgets.HTML("")
        self.chart = DeferredChart(chart_image_html)
        self.scores = widgets.HTML("")
        self.why_not = widgets.HTML("")
        self.related = widgets.HTML("")
        self.download = widgets.HTML("")
        self.handover = widgets.Button(
            description="Use in a pilot plan",
            button_style="primary",
            layout=widgets.Layout(width="auto", align_self="flex-start"),
        )
        self.handover_status = widgets.HTML("")
        self.form.on_change(guarded("updating the shortlist", self._show_error)(self.refresh))
        self.handover.on_click(
            guarded("saving the shortlist for the planner", self._show_handover_error)(
                lambda _b: self.hand_over()
            )
        )
        self.refresh()
        return [
            widgets.HTML(INTRO),
            *self.form.sections(),
            _section("4. Your shortlist"),
            self.status,
            self.shortlist,
            widgets.HTML(rules_html()),
            _section("Scores compared"),
            self.chart.note,
            self.chart.image,
            self.scores,
            _section("Why not the others"),
            self.why_not,
            _section("Related case studies and lessons"),
            self.related,
            _section("5. Take it further"),
            self.download,
            self.handover,
            self.handover_status,
        ]

    # ----- ranking ----------------------------------------------------------------
    def refresh(self) -> None:
        query = self.form.query()
        self.ranking = ranking = rank_channels(self.channels, query, self.library)
        self.handover_status.value = ""
        if not self.channels:
            self._clear(
                "There are no channel files in the course yet. Ask your facilitator to run "
                "`firstpost lessons check`."
            )
            return
        if not ranking.ok:
            self._clear(" ".join(problem.message for problem in ranking.problems))
            return
        audiences = ", ".join(AUDIENCES[a].lower() for a in query.audiences)
        purpose = PURPOSES[query.purpose].split(" (")[0].lower()
        names = ", ".join(r.name for r in ranking.shortlist)
        self.status.value = notice(f"Shortlist for {purpose}, reaching {audiences}: {names}.", "ok")
        self.shortlist.value = (
            shortlist_html(ranking, self.by_id) + notes_html(ranking) + trust_html(ranking)
        )
        self.why_not.value = why_not_html(ranking)
        self.related.value = related_html(
            ranking, self._content.case_studies, self._content.episodes, self.built
        )
        document = shortlist_markdown(ranking).encode("utf-8")
        self.download.value = (
            "<p>"
            + download_link("channel-shortlist.md", document, "Download this shortlist (Markdown)")
            + "</p>"
        )
        self.handover.disabled = not ranking.shortlist
        self.scores.value = scores_table_html(ranking)
        self.chart.show(ranking)

    def _clear(self, message: str) -> None:
        self.status.value = notice(message, "warning")
        for pane in (self.shortlist, self.scores, self.why_not, self.related, self.download):
            pane.value = ""
        self.chart.clear()
        self.handover.disabled = True

    def _show_error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    # ----- handover ---------------------------------------------------------------
    def hand_over(self) -> None:
        ranking = self.ranking
        if ranking is None or not ranking.ok or not ranking.shortlist:
            self.handover_status.value = notice(
                "Choose a purpose and at least one audience first.", "warning"
            )
            return
        from firstpost.core.identity import current_identity
        from firstpost.core.plan.repository import PlanRepository
        from firstpost.core.store import open_store

        repo = self._repository or PlanRepository(open_store())
        owner = self._owner or current_identity().key
        hand_over(repo, owner, ranking)
        names = html.escape(", ".join(r.name for r in ranking.shortlist))
        if PLANNER in self.built:
            where = (
                f'<a href="{PLANNER}">Open Plan a pilot</a> and choose '
                "“Start from my channel shortlist”."
            )
        else:
            where = "The planner will offer it as “Start from my channel shortlist”."
        self.handover_status.value = (
            '<div class="fp-notice fp-notice--ok" role="status">'
            f"<p>Saved your shortlist for the planner: {names}. {where}</p></div>"
        )

    def _show_handover_error(self, message: str) -> None:
        self.handover_status.value = notice(message, "error")
