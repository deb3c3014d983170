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


# Offered with any message about a link that did not work (an unknown plan, code or
# lesson in the address), so nobody is left on a page with nowhere to go.
HOME_LINK = '<p class="fp-home-link"><a href="index.ipynb">Go to the Home page</a></p>'


def opening_line(title: str) -> widgets.HTML:
    """What a preheated page shows for the moment its app is being built for the visitor."""
    return widgets.HTML(
        f"<h1>{html.escape(title)}</h1>"
        f'<p class="fp-opening" role="status">Opening {html.escape(title)}…</p>'
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
        from firstpost.ui.arrival import preheated, when_visitor_arrives

        # In a preheated kernel, remember what this build makes, to drop it later.
        existing = set(open_widgets()) if preheated() else None
        super().__init__(**kwargs)
        self.add_class("fp-app")
        try:
            self.children = tuple(self.build())
        except Exception as error:
            from firstpost.core.store import StoreError

            report(f"opening {self.app_title}")
            self.children = (
                widgets.HTML(
                    f"<h1>{html.escape(self.app_title)}</h1>"
                    + notice(
                        "First Post cannot reach its saved work just now, so this app could "
                        "not open. Tell your facilitator: the details are in the server's log."
                        if isinstance(error, StoreError)
                        else "Sorry, this app could not open. Please reload the page. If it "
                        "happens again, tell your facilitator: the details are in the server's log.",
                        "error",
                    )
                    + '<p><a href="index.ipynb">Go to the Home page</a></p>'
                ),
            )

        # A preheated page was built before its visitor came, with no query string and
        # the saved data of that moment. The build warmed the imports and caches; what
        # the browser will be handed is a small "Opening…" line, and the app is built
        # again for the visitor once their browser has it (firstpost.ui.arrival).
        if existing is not None and when_visitor_arrives(self._rebuild_for_visitor):
            made_in_advance = set(open_widgets()) - existing
            self._opening = opening_line(self.app_title)
            self.children = (self._opening,)
            drop_unseen(made_in_advance - {w.model_id for w in walk([self])})

    def _rebuild_for_visitor(self) -> None:
        """Swap a fresh build of this app in for the "Opening…" line."""
        fresh = type(self)()
        self._visitor_app = fresh  # its callbacks hold it; keep it alive with the page
        # What the app later does to itself (a new page of the surgery, a projector
        # view's classes) is done to `fresh`, so it is passed on to the page's shell.
        widgets.dlink((fresh, "children"), (self, "children"))
        widgets.dlink((fresh, "_dom_classes"), (self, "_dom_classes"))
        self._opening.close()

    def build(self) -> list[widgets.Widget]:  # pragma: no cover - always overridden
        raise NotImplementedError


def walk(roots) -> list[widgets.Widget]:  # type: ignore[no-untyped-def]
    """Every widget these reach through their synced traits (children, layout, style…)."""
    found: dict[int, widgets.Widget] = {}
    stack = list(roots)
    while stack:
        widget = stack.pop()
        if id(widget) in found:
            continue
        found[id(widget)] = widget
        for name in widget.keys:
            value = getattr(widget, name, None)
            if isinstance(value, widgets.Widget):
                stack.append(value)
            elif isinstance(value, (tuple, list)):
                stack.extend(item for item in value if isinstance(item, widgets.Widget))
    return list(found.values())


def open_widgets() -> dict[str, widgets.Widget]:
    """The kernel's open widgets by model id (ipywidgets' own registry)."""
    from ipywidgets.widgets.widget import _instances

    return _instances


def drop_unseen(model_ids: set[str]) -> None:
    """Close widgets built before the browser connected and not on the page now.

    Closing stops anything watching them (the surgery board's live updates) and they
    are no longer sent to the page; the browser never knew them (see
    firstpost.ui.arrival), so it is told nothing.
    """
    registry = open_widgets()
    for model_id in model_ids:
        widget = registry.get(model_id)
        if widget is not None:
            widget.close()
