"""The FAQ page: any member of staff can search it; facilitators can also add and change.

Entries are answers given in earlier surgeries, so the same question does not have to
wait a month for the next one.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.plan.records import describe_time
from firstpost.core.surgery.faq import FaqStore
from firstpost.core.surgery.records import FaqEntry, SurgeryError
from firstpost.ui.errors import guarded
from firstpost.ui.shell import notice
from firstpost.ui.surgery.services import AUTO, LABEL_STYLE, WIDE


def entries_html(entries: list[FaqEntry], searched: str) -> str:
    if not entries:
        if searched.strip():
            return notice(f"Nothing in the FAQ matches “{searched.strip()}”. Try fewer words.")
        return "<p class='fp-muted'>The FAQ is empty so far.</p>"
    intro = (
        f"<p>{len(entries)} entr{'y' if len(entries) == 1 else 'ies'} found.</p>"
        if searched.strip()
        else "<p>The newest entries:</p>"
    )
    items = "".join(
        '<div class="fp-fac-faq">'
        f"<h3>{html.escape(e.question)}</h3>"
        f"<p>{html.escape(e.answer)}</p>"
        f"<p class='fp-muted'>{'Topic: ' + html.escape(e.topic) + '. ' if e.topic else ''}"
        f"Updated {html.escape(describe_time(e.updated_at))}.</p></div>"
        for e in entries
    )
    return intro + items


class FaqView(widgets.VBox):
    def __init__(self, faq: FaqStore, *, can_edit: bool, person: str = "") -> None:
        super().__init__()
        self.faq = faq
        self.can_edit = can_edit
        self.person = person
        self.status = widgets.HTML("")
        self.search = widgets.Text(
            description="Search the FAQ",
            placeholder="e.g. checking candidates' profiles",
            continuous_update=False,
            style=LABEL_STYLE,
            layout=widgets.Layout(**WIDE),
        )
        self.search.observe(lambda _c: self.show_results(), names="value")
        go = widgets.Button(
            description="Search", button_style="primary", layout=widgets.Layout(**AUTO)
        )
        go.on_click(guarded("searching the FAQ", self._error)(lambda _b: self.show_results()))
        self.results = widgets.HTML("")
        self.editor = widgets.VBox([])
        children: list[widgets.Widget] = [
            widgets.HTML(
                "<h2>Frequently asked questions</h2><p>Answers from earlier surgeries. "
                "Type a few words to search.</p>"
            ),
            widgets.HBox([self.search, go], layout=widgets.Layout(flex_flow="row wrap")),
            self.results,
        ]
        if can_edit:
            self.pick = widgets.Dropdown(
                description="Entry to change", style=LABEL_STYLE, layout=widgets.Layout(**WIDE)
            )
            edit = widgets.Button(description="Change this entry", layout=widgets.Layout(**AUTO))
            remove = widgets.Button(description="Remove this entry", layout=widgets.Layout(**AUTO))
            add = widgets.Button(description="Add an FAQ entry", layout=widgets.Layout(**AUTO))
            edit.on_click(
                guarded("opening the entry", self._error)(lambda _b: self._edit(self.pick.value))
            )
            remove.on_click(
                guarded("removing the entry", self._error)(lambda _b: self._confirm_remove())
            )
            add.on_click(guarded("adding an entry", self._error)(lambda _b: self._edit(None)))
            children += [
                widgets.HTML("<h2>Change the FAQ</h2>"),
                widgets.HBox(
                    [self.pick, edit, remove], layout=widgets.Layout(flex_flow="row wrap")
                ),
                add,
            ]
        self.children = (*children, self.editor, self.status)
        self.show_results()

    def show_results(self) -> None:
        entries = self.faq.search(self.search.value)
        self.results.value = entries_html(entries, self.search.value)
        if self.can_edit:
            everything = self.faq.search("", limit=500)
            self.pick.options = [(e.question[:80], e.faq_id) for e in everything]
            self.pick.disabled = not everything

    def _edit(self, faq_id: str | None) -> None:
        entry = self.faq.get(faq_id) if faq_id else None
        asked = widgets.Textarea(
            description="Question",
            value=entry.question if entry else "",
            style=LABEL_STYLE,
            layout=widgets.Layout(**WIDE, height="5rem"),
        )
        answer = widgets.Textarea(
            description="Answer",
            value=entry.answer if entry else "",
            style=LABEL_STYLE,
            layout=widgets.Layout(**WIDE, height="7rem"),
        )
        topic = widgets.Text(
            description="FAQ topic",
            value=entry.topic if entry else "",
            style=LABEL_STYLE,
            layout=widgets.Layout(**WIDE),
        )
        save = widgets.Button(
            description="Save the entry", button_style="primary", layout=widgets.Layout(**AUTO)
        )
        cancel = widgets.Button(description="Cancel", layout=widgets.Layout(**AUTO))
        message = widgets.HTML("")

        def do_save(_button: widgets.Button) -> None:
            try:
                if entry:
                    self.faq.update(entry.faq_id, asked.value, answer.value, topic.value)
                else:
                    self.faq.add(asked.value, answer.value, topic.value, self.person)
            except SurgeryError as error:
                message.value = notice(str(error), "error")
                return
            self.editor.children = ()
            self.status.value = notice("The FAQ entry is saved.", "ok")
            self.show_results()

        save.on_click(guarded("saving the entry", self._error)(do_save))
        cancel.on_click(lambda _b: self._close_editor())
        heading = "Change the entry" if entry else "New FAQ entry"
        self.editor.children = (
            widgets.HTML(f"<h3>{heading}</h3>"),
            asked,
            answer,
            topic,
            widgets.HBox([save, cancel]),
            message,
        )

    def _confirm_remove(self) -> None:
        if not self.pick.value:
            return
        entry = self.faq.get(self.pick.value)
        yes = widgets.Button(
            description="Yes, remove it", button_style="danger", layout=widgets.Layout(**AUTO)
        )
        no = widgets.Button(description="Keep it", layout=widgets.Layout(**AUTO))

        def do_remove(_button: widgets.Button) -> None:
            self.faq.delete(entry.faq_id)
            self.editor.children = ()
            self.status.value = notice("The entry is removed from the FAQ.", "ok")
            self.show_results()

        yes.on_click(guarded("removing the entry", self._error)(do_remove))
        no.on_click(lambda _b: self._close_editor())
        self.editor.children = (
            widgets.HTML(
                notice(f"Remove “{entry.question[:120]}” from the FAQ for good?", "warning")
            ),
            widgets.HBox([yes, no]),
        )

    def _close_editor(self) -> None:
        self.editor.children = ()

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")


def join_box(on_join: Callable[[str], None], show_error: Callable[[str], None]) -> widgets.Widget:
    """ "Have a join code?" for people who reached the surgery page from Home."""
    code = widgets.Text(
        description="Join code", placeholder="e.g. K7MPQ", style={"description_width": "6rem"}
    )
    join = widgets.Button(description="Join a surgery", layout=widgets.Layout(**AUTO))
    join.on_click(guarded("joining the surgery", show_error)(lambda _b: on_join(code.value)))
    return widgets.VBox(
        [
            widgets.HTML(
                "<h2>Ask a question at a surgery</h2><p>If the facilitator has shown a "
                "join code, type it here to send a question anonymously.</p>"
            ),
            widgets.HBox([code, join], layout=widgets.Layout(flex_flow="row wrap")),
        ]
    )
