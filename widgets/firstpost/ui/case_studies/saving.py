"""Saving, bringing back and downloading a participant's answers to one case.

Under JupyterHub answers are filed under the hub account; on a shared machine under
the name typed at the top of the page. Downloads are data-URI links (Voilà refuses
FileLink) holding a Markdown record anyone can open, or the same answers as JSON.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.case_studies.answer_store import SavedAnswers, person_key
from firstpost.core.case_studies.answers import (
    CaseAnswers,
    answers_download_json,
    answers_markdown,
    name_problems,
)
from firstpost.core.content.case_studies import CaseStudy
from firstpost.ui.case_studies.services import CaseServices
from firstpost.ui.downloads import download_link, safe_filename
from firstpost.ui.errors import guarded
from firstpost.ui.shell import notice


def _button(description: str, primary: bool = False) -> widgets.Button:
    return widgets.Button(
        description=description,
        button_style="primary" if primary else "",
        layout=widgets.Layout(width="auto"),
    )


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
        self.status = widgets.HTML()
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
            self.status,
            self.links,
        )

    def _who_text(self) -> str:
        import html

        identity = self.services.identity
        if identity is not None and identity.source == "hub":
            return (
                "Your decisions, notes and chosen controls are saved under your account, "
                f"<strong>{html.escape(identity.display_name)}</strong>."
            )
        return (
            "Your decisions, notes and chosen controls are saved under the name you typed at "
            "the top of the page, so type the same name next time."
        )

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    def _person(self) -> tuple[str | None, str]:
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

    def _save(self, _button=None) -> None:
        key, name = self._person()
        if key is None:
            return
        result = self.services.answers().save(key, name, self.current())
        if isinstance(result, list):
            self.status.value = "".join(notice(p, "error") for p in result)
            return
        self.status.value = notice(
            f"Saved your answers to “{self.case.title}” as {name} at {result.updated_at[11:16]} "
            "(UTC). Come back any time and choose “Bring back my saved answers”.",
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
        self.restore(saved)
        self.status.value = notice(
            f"Brought back the answers you saved on {saved.updated_at[:10]} at "
            f"{saved.updated_at[11:16]} (UTC).",
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
        text = answers_markdown(self.case, answers, who)
        data = answers_download_json(self.case, answers, who)
        stem = f"{self.case.id}-answers"
        self.links.value = (
            '<p class="fp-cs-downloads">'
            + download_link(
                safe_filename(stem, "md"), text.encode("utf-8"), "Save my answers as a text file"
            )
            + " · "
            + download_link(
                safe_filename(stem, "json"), data.encode("utf-8"), "Save my answers as data (JSON)"
            )
            + "</p>"
        )
        self.status.value = notice("Your download is ready: choose a link below.", "ok")
