"""The self-paced course: an overview, an episode reader with quizzes, and "My records".

Progress is saved per learner: the hub user under JupyterHub, otherwise a name typed
once and a personal link to bookmark. `?episode=<id>` opens one episode (the other
apps' "learn more" links); `?learner=<code>` brings back a learner's progress.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qs, urlsplit

import ipywidgets as widgets

from firstpost.core.identity import Identity, IdentityError
from firstpost.core.learning.query import LessonsRequest, lessons_link, parse_request
from firstpost.core.learning.tracker import CourseTracker
from firstpost.ui.errors import guarded
from firstpost.ui.lessons.controls import button, row
from firstpost.ui.lessons.learner import LearnerPanel
from firstpost.ui.lessons.overview import OverviewView
from firstpost.ui.lessons.reader import EpisodeReader
from firstpost.ui.lessons.records import RecordsView
from firstpost.ui.lessons.request import query_string
from firstpost.ui.shell import HOME_LINK, AppShell, notice

INTRO = (
    "<h1>Self-paced course</h1>"
    "<p class='fp-lead'>Short episodes on using social media in public-sector HR, to fit "
    "around your work. Each has a challenge to try and a short quiz that explains every "
    "answer.</p>"
)


class LessonsApp(AppShell):
    app_title = "Self-paced course"

    def __init__(
        self,
        store=None,  # type: ignore[no-untyped-def]
        identity: Identity | None = None,
        query: str | None = None,
        content=None,  # type: ignore[no-untyped-def]
        **kwargs,
    ) -> None:
        self._store = store
        self._identity = identity
        self._query = query
        self._content = content
        self.current: str | None = None
        self.view = "overview"
        super().__init__(**kwargs)

    def build(self) -> list[widgets.Widget]:
        from firstpost.core.content import load_content
        from firstpost.core.learning.store import LearningStore

        self.content = content = self._content or load_content()
        if not content.episodes:
            message = (
                "The course has no episodes to show yet. If you run this kit, run "
                "`firstpost lessons check` to see what needs fixing."
            )
            return [widgets.HTML(INTRO + notice(message, "warning"))]
        if self._store is None:
            from firstpost.core.store import open_store

            self._store = LearningStore(open_store())
        self.tracker = tracker = CourseTracker(content.episodes, self._store)
        query = self._query if self._query is not None else query_string()
        self.request = request = parse_request(query, [e.id for e in content.episodes])
        self.status = widgets.HTML("")
        messages = [(m, "warning") for m in request.messages]
        messages += self._sign_in(request)
        if request.facilitator:
            messages.append(("Facilitator mode: the notes for facilitators are shown.", "info"))
        self.status.value = "".join(notice(m, kind) for m, kind in messages) + (
            HOME_LINK if request.messages else ""
        )

        self.overview_button = button("Course overview")
        self.records_button = button("My records")
        self.overview_button.on_click(lambda _b: self.show_overview(focus=True))
        self.records_button.on_click(lambda _b: self.show_records(focus=True))
        self.panel = LearnerPanel(tracker, on_change=self._signed_in)
        self.body = widgets.VBox([])
        if request.episode_id is not None:
            self.show_episode(request.episode_id)
        else:
            self.show_overview()
        return [
            widgets.HTML(INTRO),
            row(self.overview_button, self.records_button),
            self.status,
            self.panel,
            self.body,
        ]

    # ----- who is learning -------------------------------------------------------------
    def _sign_in(self, request: LessonsRequest) -> list[tuple[str, str]]:
        identity = self._identity
        if identity is None and os.environ.get("JUPYTERHUB_USER", "").strip():
            from firstpost.core.identity import current_identity

            try:
                identity = current_identity()
            except IdentityError as error:
                return [(str(error), "error")]
        if identity is not None and identity.source == "hub":
            self.tracker.use_hub_user(identity.key, identity.display_name)
            return []
        if request.learner_code is None:
            return []
        problem = self.tracker.resume_with_code(request.learner_code)
        if problem:
            return [(problem, "warning")]
        assert self.tracker.learner is not None
        name = self.tracker.learner.display_name
        return [(f"Welcome back, {name}. Your progress is loaded.", "ok")]

    def _signed_in(self) -> None:
        self.status.value = ""
        if self.view == "episode" and self.current is not None:
            self.show_episode(self.current)
        elif self.view == "records":
            self.show_records()
        else:
            self.show_overview()

    # ----- views ---------------------------------------------------------------------
    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    def _select(self, active: widgets.Button | None, focus: bool) -> None:
        for candidate in (self.overview_button, self.records_button):
            candidate.button_style = "info" if candidate is active else ""
        if focus:
            # Moves keyboard focus (and the scroll position) back to the top of the app.
            (active or self.overview_button).focus()

    def show_overview(self, focus: bool = False) -> None:
        self.current = None
        self.view = "overview"
        self.body.children = (OverviewView(self.tracker, self._open),)
        self._select(self.overview_button, focus)

    def show_records(self, focus: bool = False) -> None:
        self.current = None
        self.view = "records"
        self.body.children = (
            RecordsView(self.tracker, self.content.title, on_deleted=self._deleted),
        )
        self._select(self.records_button, focus)

    def show_episode(self, episode_id: str, focus: bool = False) -> None:
        self.tracker.open_episode(episode_id)
        self.current = episode_id
        self.view = "episode"
        reader = EpisodeReader(
            self.tracker,
            self.content,
            episode_id,
            facilitator=self.request.facilitator,
            rewrite=self._rewrite,
            go={"episode": self._open, "overview": lambda: self.show_overview(focus=True)},
        )
        self.body.children = (reader,)
        self._select(None, focus)

    def _open(self, episode_id: str) -> None:
        guarded("opening the episode", self._error)(self.show_episode)(episode_id, focus=True)

    def _deleted(self) -> None:
        self.panel.refresh()
        self.show_overview(focus=True)
        self.status.value = notice(
            "All your records are deleted. Nothing about you is kept by this course now.", "ok"
        )

    def _rewrite(self, href: str) -> str:
        """Links to other episodes keep the learner's code, so progress follows them."""
        parts = urlsplit(href)
        if parts.path != "lessons.ipynb":
            return href
        episode = (parse_qs(parts.query).get("episode") or [None])[0]
        link = lessons_link(self.tracker.code, episode)
        if self.request.facilitator:
            link += ("&" if "?" in link else "?") + "mode=facilitator"
        return link
