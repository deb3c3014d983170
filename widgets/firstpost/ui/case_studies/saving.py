"""Saving as you go, bringing back and downloading a participant's answers to one case.

Under JupyterHub answers are filed under the hub account; on a shared machine under
the name typed at the top of the page. Once the person is known, every choice, step,
control and note is saved as it happens, as the course app does, so closing the tab
or a dropped connection loses nothing. Autosave never overwrites answers saved
earlier that this page has not brought back: it asks the participant to choose.
Downloads are data-URI links (Voilà refuses FileLink): a Word document, the same
record as Markdown, or the answers as JSON.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.case_studies.answer_record import answers_docx, answers_markdown
from firstpost.core.case_studies.answer_store import SavedAnswers, person_key
from firstpost.core.case_studies.answers import CaseAnswers, answers_download_json, name_problems
from firstpost.core.content.case_studies import CaseStudy
from firstpost.ui.case_studies.services import CaseServices
from firstpost.ui.downloads import download_link, safe_filename
from firstpost.ui.errors import guarded, report
from firstpost.ui.shell import notice


def _button(description: str, primary: bool = False) -> widgets.Button:
    return widgets.Button(
        description=description,
        button_style="primary" if primary else "",
        layout=widgets.Layout(width="auto"),
    )


def saved_time(saved: SavedAnswers) -> str:
    """'25 Nov 2026 at 14:05 (UTC)' from the stored ISO time."""
    from datetime import datetime

    moment = datetime.fromisoformat(saved.updated_at)
    return f"{moment.day} {moment:%b %Y} at {moment:%H:%M} (UTC)"


class SavePanel(widgets.VBox):
    """Buttons to save, bring back and download; `current()` gives the answers on screen."""

    def __init__(
        self,
        case: CaseStudy,
        services: CaseServices,
        typed_name: Callable[[], str],
        current: Callable[[], CaseAnswers],
        restore: Callable[[SavedAnswers], None],
    ) -> None:
        super().__init__()
        self.add_class("fp-cs-save")
        self.case = case
        self.services = services
        self.typed_name = typed_name
        self.current = current
        self.restore = restore
        # The person whose saved answers this page is in step with: set when answers are
        # brought back, saved on request, or found not to exist. Autosave only writes there.
        self.synced_key: str | None = None
        self._warned_key: str | None = None
        self.status = widgets.HTML()
        self.autosaved = widgets.HTML()
        self.links = widgets.HTML()
        self.save_button = _button("Save my answers", primary=True)
        self.load_button = _button("Bring back my saved answers")
        self.download_button = _button("Prepare a download of my answers")
        self.save_button.on_click(guarded("saving your answers", self._error)(self._save))
        self.load_button.on_click(guarded("bringing back your answers", self._error)(self._load))
        self.download_button.on_click(
            guarded("preparing your download", self._error)(self._download)
        )
        buttons = widgets.HBox([self.save_button, self.load_button, self.download_button])
        buttons.add_class("fp-toolbar")
        buttons.layout.flex_flow = "row wrap"
        self.children = (
            widgets.HTML(f"<h3>Save and download your answers</h3><p>{self._who_text()}</p>"),
            buttons,
            self.autosaved,
            self.status,
            self.links,
        )

    def _who_text(self) -> str:
        identity = self.services.identity
        if identity is not None and identity.source == "hub":
            return (
                "Your decisions, notes and chosen controls are saved as you go under your "
                f"account, <strong>{html.escape(identity.display_name)}</strong>."
            )
        return (
            "Your decisions, notes and chosen controls are saved as you go under the name "
            "you typed at the top of the page. Type the same name next time to bring them back."
        )

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    def known_person(self) -> tuple[str | None, str]:
        """(key, display name) of whoever is using the page, or (None, "") if not known."""
        if self.services.identity_problem:
            return None, ""
        identity = self.services.identity
        if (identity is None or identity.source != "hub") and name_problems(self.typed_name()):
            return None, ""
        return person_key(identity, self.typed_name())

    def _person(self) -> tuple[str | None, str]:
        """As `known_person`, but says what is missing, for the buttons."""
        if self.services.identity_problem:
            self._error(self.services.identity_problem)
            return None, ""
        identity = self.services.identity
        if identity is None or identity.source != "hub":
            problems = name_problems(self.typed_name())
            if problems:
                self._error(problems[0])
                return None, ""
        return person_key(identity, self.typed_name())

    # ----- saving as you go ----------------------------------------------------------
    def saved_on_open(self) -> SavedAnswers | None:
        """The answers saved earlier by whoever is known, so the case opens where they left it."""
        key, _name = self.known_person()
        if key is None:
            return None
        saved = self.services.answers().load(key, self.case.id)
        self.synced_key = key
        return saved

    def autosave(self) -> None:
        """Keep the answers on screen; called after every change. Never raises."""
        key, name = self.known_person()
        if key is None:
            why = self.services.identity_problem or (
                "type your name at the top of the page to keep your answers."
            )
            self.autosaved.value = f'<p class="fp-muted">Not saved yet: {html.escape(why)}</p>'
            return
        try:
            if key != self.synced_key and not self._may_start_saving(key, name):
                return
            result = self.services.answers().save(key, name, self.current())
        except Exception:
            report(f"saving answers to {self.case.id} as you go")
            self.autosaved.value = ""
            self._error(
                "Your answers could not be saved just now. They are still on screen: "
                "choose “Save my answers” in a minute to try again."
            )
            return
        if isinstance(result, list):
            self.status.value = "".join(notice(p, "error") for p in result)
            return
        self.autosaved.value = (
            f'<p class="fp-muted">Saved as you go under {html.escape(name)}, last at '
            f"{result.updated_at[11:16]} (UTC).</p>"
        )

    def _may_start_saving(self, key: str, name: str) -> bool:
        """True if nothing is saved under `key` yet; otherwise ask before replacing it."""
        saved = self.services.answers().load(key, self.case.id)
        if saved is None:
            self.synced_key = key
            return True
        if self._warned_key != key:
            self._warned_key = key
            self.status.value = notice(
                f"Answers to “{self.case.title}” were saved under {name} on "
                f"{saved_time(saved)}. They are kept as they were. Choose “Bring back my "
                "saved answers” to carry on from them, or “Save my answers” to replace them "
                "with what is on screen now."
            )
        return False

    # ----- buttons -------------------------------------------------------------------
    def _save(self, _button=None) -> None:
        key, name = self._person()
        if key is None:
            return
        result = self.services.answers().save(key, name, self.current())
        if isinstance(result, list):
            self.status.value = "".join(notice(p, "error") for p in result)
            return
        self.synced_key = key
        self.autosaved.value = ""
        self.status.value = notice(
            f"Saved your answers to “{self.case.title}” as {name} at {result.updated_at[11:16]} "
            "(UTC). From now on they are saved as you go.",
            "ok",
        )

    def _load(self, _button=None) -> None:
        key, name = self._person()
        if key is None:
            return
        saved = self.services.answers().load(key, self.case.id)
        if saved is None:
            self.status.value = notice(
                f"There are no saved answers to “{self.case.title}” under {name} yet."
            )
            return
        self.synced_key = key
        self.restore(saved)
        self.status.value = notice(
            f"Brought back the answers you saved on {saved_time(saved)}.",
            "ok",
        )

    def _download(self, _button=None) -> None:
        answers = self.current()
        identity = self.services.identity
        who = (
            identity.display_name
            if identity is not None and identity.source == "hub"
            else " ".join(self.typed_name().split())
        )
        stem = f"{self.case.id}-answers"
        files = (
            ("docx", answers_docx(self.case, answers, who), "as a Word document (.docx)"),
            ("md", answers_markdown(self.case, answers, who).encode("utf-8"), "as text (.md)"),
            (
                "json",
                answers_download_json(self.case, answers, who).encode("utf-8"),
                "as data (.json)",
            ),
        )
        links = " · ".join(
            download_link(safe_filename(stem, ext), data, f"Save my answers {label}")
            for ext, data, label in files
        )
        self.links.value = f'<p class="fp-cs-downloads">{links}</p>'
        self.status.value = notice("Your download is ready: choose a link below.", "ok")
