"""The frame every app is built in: one heading, a way home, and an error boundary.

If building an app fails, the participant sees a short apology and a link home
instead of Voilà's cell error, and the details go to the log.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from firstpost.ui.errors import report


def notice(message: str, kind: str = "info") -> str:
    """A notice box's HTML; `message` is plain text and is escaped here."""
    role = "alert" if kind == "error" else "status"
    return (
        f'<div class="fp-notice fp-notice--{kind}" role="{role}">'
        f"<p>{html.escape(message)}</p></div>"
    )


def status_area() -> widgets.HTML:
    """An HTML widget whose changes screen readers announce (the template marks it live)."""
    area = widgets.HTML("")
    area.add_class("fp-live")
    return area


class AppShell(widgets.VBox):
    """Base class of the kit's apps: subclasses fill `build()` with their widgets."""

    app_title = "First Post"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_class("fp-app")
        try:
            self.children = tuple(self.build())
        except Exception:
            report(f"opening {self.app_title}")
            self.children = (
                widgets.HTML(
                    f"<h1>{html.escape(self.app_title)}</h1>"
                    + notice(
                        "Sorry, this app could not open. Please reload the page. If it happens "
                        "again, tell your facilitator: the details are in the server's log.",
                        "error",
                    )
                    + '<p><a href="index.ipynb">Go to the Home page</a></p>'
                ),
            )

    def build(self) -> list[widgets.Widget]:  # pragma: no cover - always overridden
        raise NotImplementedError
