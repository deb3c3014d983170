"""Check a draft post: the surgery desk for "is this OK to post?".

A member of staff pastes a draft post or job advert, ticks the channels and says
whether it is an advert; the findings appear as they type, grouped by how serious
they are, with a traffic light, the exact words highlighted and a link to the case
study or lesson behind each rule. Nothing typed here is saved or posted anywhere,
which is what makes it safe to try out a draft that is not ready.
"""

from __future__ import annotations

import ipywidgets as widgets

from firstpost.core.checks import CheckResult, check_post
from firstpost.core.checks.report import result_text
from firstpost.ui.check_post.debounce import Debouncer
from firstpost.ui.check_post.render import EMPTY_HTML, result_html, verdict_html
from firstpost.ui.check_post.resources import CheckerResources, default_resources
from firstpost.ui.downloads import download_link
from firstpost.ui.errors import guarded
from firstpost.ui.shell import AppShell, notice

INTRO = (
    "<h1>Check a draft post</h1>"
    "<p class='fp-lead'>Paste a draft social media post or job advert to see what to change "
    "before it goes out, and why.</p>"
    "<p>The checks look at length, readability, swearing, personal data, risky hashtags, "
    "accessibility, and, for adverts, gendered and exclusive wording. They are a second "
    "pair of eyes, not a replacement for one: a named person should still approve every "
    "post. Nothing you type here is saved or posted anywhere.</p>"
)

# A fictional council's draft with a typical set of problems, for demonstrations.
# 07700 900xxx numbers are reserved by Ofcom for drama, so this one reaches nobody.
EXAMPLE_DRAFT = (
    "We're looking for a young and dynamic handyman to join our competitive, ambitious "
    "team!! 🎉🎉 Share your stories of working here with #CouncilStories. Call Dave on "
    "07700 900123 or apply at http://bit.ly/westshire-jobs"
)

WIDE = widgets.Layout(width="100%", max_width="52rem")


class CheckPostApp(AppShell):
    """The post checker (notebooks/post_checker.ipynb)."""

    app_title = "Check a draft post"

    def __init__(self, resources: CheckerResources | None = None, **kwargs) -> None:
        self._resources = resources
        self.result: CheckResult | None = None
        # The draft as it was before "Show an example" or "Clear the draft" replaced
        # it, with its kind, so one click brings it back: typed text is never lost.
        self._kept: tuple[str, str] | None = None
        super().__init__(**kwargs)

    def build(self) -> list[widgets.Widget]:
        self.resources = self._resources or default_resources()
        self.add_class("fp-cp")
        self.draft = widgets.Textarea(
            description="Draft post or advert",
            placeholder="Paste or type the draft here",
            rows=9,
            continuous_update=True,
            layout=WIDE,
        )
        self.draft.add_class("fp-cp-input")
        self.kind = widgets.RadioButtons(
            options=[("A social media post", "post"), ("A job advert", "advert")],
            value="post",
            description="This draft is",
        )
        self.channel_boxes = {
            channel.id: widgets.Checkbox(
                value=False,
                description=channel.name,
                indent=False,
                layout=widgets.Layout(width="auto"),
            )
            for channel in self.resources.channels
        }
        channels = widgets.HBox(list(self.channel_boxes.values()))
        channels.add_class("fp-cp-channels")
        self.has_image = self._tick("It will have an image")
        self.alt_text = self._tick("Alt text is written for every image")
        self.has_video = self._tick("It will have a video")
        self.captions = self._tick("The video has captions I have checked")
        media = widgets.HBox([self.has_image, self.alt_text, self.has_video, self.captions])
        media.add_class("fp-cp-channels")

        self.check_now = widgets.Button(description="Check now", button_style="primary")
        self.example = widgets.Button(
            description="Show an example", layout=widgets.Layout(width="auto")
        )
        self.clear = widgets.Button(
            description="Clear the draft", layout=widgets.Layout(width="auto")
        )
        self.restore = widgets.Button(
            description="Bring back my draft",
            layout=widgets.Layout(width="auto", display="none"),
        )
        toolbar = widgets.HBox([self.check_now, self.example, self.clear, self.restore])
        toolbar.add_class("fp-toolbar")

        self.status = widgets.HTML("")
        self.verdict = widgets.HTML(EMPTY_HTML)
        # Hook for the page template to make this widget's own box a polite live
        # region: the role="status" inside it is replaced whole on every check.
        self.verdict.add_class("fp-live")
        self.details = widgets.HTML("")
        self.prepare = widgets.Button(
            description="Prepare a copy of this check", layout=widgets.Layout(width="auto")
        )
        self.keep = widgets.HBox([self.prepare], layout=widgets.Layout(display="none"))
        self.download = widgets.HTML("")

        check = guarded("checking the draft", self._error)(self.run_check)
        self.debouncer = Debouncer(check)
        self.draft.observe(lambda _c: self.debouncer.trigger(), names="value")
        for box in [self.kind, *self.channel_boxes.values()]:
            box.observe(lambda _c: check(), names="value")
        for box in (self.has_image, self.alt_text, self.has_video, self.captions):
            box.observe(lambda _c: check(), names="value")
        self.check_now.on_click(
            lambda _b: guarded("checking the draft", self._error)(self.debouncer.flush)()
        )
        self.example.on_click(
            guarded("showing the example", self._error)(lambda _b: self._show_example())
        )
        self.clear.on_click(guarded("clearing the draft", self._error)(lambda _b: self._clear()))
        self.restore.on_click(
            guarded("bringing back the draft", self._error)(lambda _b: self._restore())
        )
        self.prepare.on_click(
            guarded("preparing the copy", self._error)(lambda _b: self._prepare())
        )

        return [
            widgets.HTML(INTRO),
            self.draft,
            self.kind,
            widgets.HTML(
                "<p class='fp-group-label'><strong>Check the length for these channels</strong></p>"
            ),
            channels,
            widgets.HTML("<p class='fp-group-label'><strong>Pictures and video</strong></p>"),
            media,
            toolbar,
            self.status,
            self.verdict,
            self.details,
            self.keep,
            self.download,
        ]

    @staticmethod
    def _tick(label: str) -> widgets.Checkbox:
        return widgets.Checkbox(
            value=False, description=label, indent=False, layout=widgets.Layout(width="auto")
        )

    # ----- actions -----------------------------------------------------------------
    def chosen_channels(self) -> tuple:
        return tuple(
            channel for channel in self.resources.channels if self.channel_boxes[channel.id].value
        )

    def run_check(self) -> None:
        """Check the draft as it stands and show the result."""
        self.status.value = ""
        self.download.value = ""
        text = self.draft.value
        if not text.strip():
            self.result = None
            self.verdict.value = EMPTY_HTML
            self.details.value = ""
            self.keep.layout.display = "none"
            return
        self.result = check_post(
            text,
            self.chosen_channels(),
            advert=self.kind.value == "advert",
            has_image=self.has_image.value,
            alt_text_written=self.alt_text.value,
            has_video=self.has_video.value,
            captions_written=self.captions.value,
        )
        self.verdict.value = verdict_html(self.result)
        self.details.value = result_html(self.result, self.resources)
        self.keep.layout.display = None

    def _keep_draft(self) -> bool:
        """Keep the person's own draft before it is replaced; True if there was one."""
        text = self.draft.value
        if not text.strip() or text == EXAMPLE_DRAFT:
            return False
        self._kept = (text, self.kind.value)
        self.restore.layout.display = None
        return True

    def _show_example(self) -> None:
        kept = self._keep_draft()
        self.kind.value = "advert"
        self.draft.value = EXAMPLE_DRAFT
        self.debouncer.flush()
        if kept:
            self.status.value = notice(
                "This is an example. Your own draft is kept: choose “Bring back my draft” "
                "to return to it."
            )

    def _clear(self) -> None:
        kept = self._keep_draft()
        self.draft.value = ""
        self.debouncer.flush()
        if kept:
            self.status.value = notice(
                "The draft is cleared. Choose “Bring back my draft” if you did not mean to."
            )

    def _restore(self) -> None:
        if self._kept is None:
            return
        text, kind = self._kept
        self._kept = None
        self.restore.layout.display = "none"
        self.kind.value = kind
        self.draft.value = text
        self.debouncer.flush()
        self.status.value = notice("Your draft is back, and has been checked again.")

    def _prepare(self) -> None:
        if self.result is None:
            self.status.value = notice("There is nothing to save yet: type a draft first.")
            return
        text = result_text(self.result, self.chosen_channels(), include_draft=True)
        link = download_link("post-check.md", text.encode("utf-8"), "Save post-check.md")
        self.download.value = (
            f"<p>{link} <span class='fp-muted'>(a text file with the verdict, "
            "the findings and the draft, to keep with your approval notes)</span></p>"
        )

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")
