"""The workshop overview: every plan with one workshop code side by side, and the pack.

Facilitators only (see `firstpost.core.roles`). The comparison is one table with a
column per plan, inside a region that scrolls sideways and can be scrolled with the
keyboard; each stage's completeness is written as "3 of 4" beside its bar.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import parse_qs

import ipywidgets as widgets

from firstpost.core.identity import Identity
from firstpost.core.roles import RolePolicy, current_policy
from firstpost.core.workshop.overview import (
    PlanColumn,
    normalise_workshop_code,
    workshop_codes,
    workshop_columns,
)
from firstpost.ui.downloads import download_link, safe_filename
from firstpost.ui.errors import guarded
from firstpost.ui.shell import HOME_LINK, AppShell, notice

INTRO = (
    "<h1>Workshop overview</h1><p class='fp-lead'>See every plan from a pilot-planning "
    "workshop side by side: the channels, posts, top risks and measures, and how far each "
    "step of the plan is filled in.</p><p>Plans join a workshop when their owner types the "
    "workshop code in the planner's first step.</p>"
)
AUTO = {"width": "max-content", "max_width": "100%"}  # as wide as its words, even in a column


def _list(items: Sequence[str], empty: str = "(none yet)") -> str:
    if not items:
        return f"<span class='fp-muted'>{empty}</span>"
    return "<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>"


def _meter(done: int, total: int) -> str:
    percent = round(100 * done / total) if total else 100
    return (
        f'<span class="fp-fac-meter" aria-hidden="true"><span style="width:{percent}%"></span>'
        f"</span>{done} of {total}"
    )


def comparison_html(code: str, columns: Sequence[PlanColumn]) -> str:
    """The plans as columns; every cell is text, the bars are decoration beside it."""
    head = "".join(f"<th scope='col'>{html.escape(c.title)}</th>" for c in columns)
    rows = [
        (
            "Owner and team",
            [html.escape(c.owner + (f", {c.team}" if c.team else "")) for c in columns],
        ),
        ("Channels", [html.escape(c.channels) for c in columns]),
        ("Posts", [_list(c.posts) for c in columns]),
        ("Top risks", [_list(c.top_risks) for c in columns]),
        ("Measures", [_list(c.measures) for c in columns]),
    ]
    for index, stage in enumerate(columns[0].progress if columns else ()):
        rows.append(
            (
                f"Filled in: {stage.label}",
                [_meter(c.progress[index].done, c.progress[index].total) for c in columns],
            )
        )
    rows.append(("Filled in overall", [f"<strong>{c.percent}%</strong>" for c in columns]))
    body = "".join(
        f"<tr><th scope='row'>{html.escape(label)}</th>"
        + "".join(f"<td>{cell}</td>" for cell in cells)
        + "</tr>"
        for label, cells in rows
    )
    caption = f"Plans in workshop {code}, side by side (scroll sideways to see them all)"
    return (
        f'<div class="fp-fac-scroll" role="region" tabindex="0" aria-label="{html.escape(caption)}">'
        f'<table class="fp-fac-compare"><caption>{html.escape(caption)}</caption>'
        f"<thead><tr><th scope='col'>Plan</th>{head}</tr></thead><tbody>{body}</tbody>"
        "</table></div>"
    )


class WorkshopApp(AppShell):
    app_title = "Workshop overview"

    def __init__(
        self,
        repository=None,
        identity: Identity | None = None,
        query_string: str | None = None,
        *,
        policy: RolePolicy | None = None,
        reviews=None,
        **kwargs,
    ) -> None:
        self._repository = repository
        self._reviews = reviews
        self._identity = identity
        self._query = query_string
        self._policy = policy
        super().__init__(**kwargs)

    def build(self) -> list[widgets.Widget]:
        from firstpost.core.identity import current_identity
        from firstpost.core.plan.repository import PlanRepository
        from firstpost.core.store import open_store

        identity = self._identity or current_identity()
        policy = self._policy or current_policy()
        if not policy.is_facilitator(identity):
            return [widgets.HTML(INTRO + notice(policy.refusal(identity), "warning"))]
        self.repo = self._repository or PlanRepository(open_store())
        self.columns: list[PlanColumn] = []
        self.code = ""
        self.status = widgets.HTML("")
        show_error = self._error
        self.known = widgets.Dropdown(
            description="Workshop",
            style={"description_width": "9rem"},
            layout=widgets.Layout(width="100%", max_width="30rem"),
        )
        self.typed = widgets.Text(
            description="Or type its code",
            placeholder="e.g. NOV26",
            style={"description_width": "9rem"},
        )
        show = widgets.Button(
            description="Show the plans", button_style="primary", layout=widgets.Layout(**AUTO)
        )
        show.on_click(guarded("showing the plans", show_error)(lambda _b: self.show_plans()))
        self.overview = widgets.HTML("")
        word = widgets.Button(
            description="Prepare the workshop pack (Word)", layout=widgets.Layout(**AUTO)
        )
        archive = widgets.Button(
            description="Prepare every plan's files (zip)", layout=widgets.Layout(**AUTO)
        )
        word.on_click(
            guarded("preparing the workshop pack", show_error)(lambda _b: self.prepare("docx"))
        )
        archive.on_click(
            guarded("preparing the zip file", show_error)(lambda _b: self.prepare("zip"))
        )
        self.pack_tools = widgets.VBox(
            [
                widgets.HTML(
                    "<h2>Workshop pack</h2><p>All the plans in one Word document for "
                    "printing, or each plan's files (Word, web page, calendar, spreadsheet "
                    "and plan file) in a zip, a folder per plan.</p>"
                ),
                widgets.HBox([word, archive], layout=widgets.Layout(flex_flow="row wrap")),
            ]
        )
        self.pack_tools.layout.display = "none"
        self.downloads = widgets.HTML("")
        self._load_codes()
        self.known.observe(self._chose_from_list, names="value")
        wanted = self._query_code()
        if wanted:
            self.typed.value = wanted
            self.show_plans()
        return [
            widgets.HTML(INTRO),
            widgets.HBox(
                [self.known, self.typed, show], layout=widgets.Layout(flex_flow="row wrap")
            ),
            self.status,
            self.overview,
            self.pack_tools,
            self.downloads,
        ]

    def _query_code(self) -> str:
        query = os.environ.get("QUERY_STRING", "") if self._query is None else self._query
        values = parse_qs(query).get("code", [""])
        return normalise_workshop_code(values[0])

    def _chose_from_list(self, change) -> None:  # type: ignore[no-untyped-def]
        if change["new"]:
            self.typed.value = ""

    def _load_codes(self) -> None:
        codes = workshop_codes(self.repo)
        previous = self.known.value
        self.known.options = [
            (f"{code} ({count} plan{'s' if count != 1 else ''})", code) for code, count in codes
        ]
        self.known.disabled = not codes
        if codes:
            # ipywidgets leaves the value empty when options are replaced: choose for the user
            self.known.value = previous if previous in dict(codes) else codes[0][0]
        else:
            self.status.value = notice(
                "No plans have a workshop code yet. Ask each team to type the workshop's code "
                "in the first step of the planner, then press “Show the plans”."
            )

    def show_plans(self) -> None:
        self.downloads.value = ""
        code = normalise_workshop_code(self.typed.value) or (self.known.value or "")
        if not code:
            self._error("Choose a workshop or type its code.")
            return
        self.code = code
        self.columns = workshop_columns(self.repo, code)
        self._load_codes()
        if any(value == code for _label, value in self.known.options):
            self.known.value = code
        if not self.columns:
            self.overview.value = (
                notice(
                    f"No plans have the workshop code “{code}”. Check the code matches what "
                    "the teams typed (capital letters count).",
                    "warning",
                )
                + HOME_LINK
            )
            self.pack_tools.layout.display = "none"
            return
        count = len(self.columns)
        self.status.value = ""
        self.overview.value = (
            f"<h2>Workshop {html.escape(code)}: {count} plan{'s' if count != 1 else ''}</h2>"
            + comparison_html(code, self.columns)
        )
        self.pack_tools.layout.display = None

    def prepare(self, kind: str) -> None:
        if not self.columns:
            return
        from firstpost.core.workshop.pack import pack_docx, pack_zip, saved_reviews

        if self._reviews is None:
            from firstpost.core.review.store import ReviewStore
            from firstpost.core.store import open_store

            self._reviews = ReviewStore(open_store())
        # A plan's saved pilot review travels with it, as in the plan's own downloads.
        reviews = saved_reviews(self._reviews, self.columns)
        moment = datetime.now(UTC)
        stem = f"workshop-{self.code}-pack"
        if kind == "docx":
            name = safe_filename(stem, "docx")
            data = pack_docx(self.code, self.columns, moment, reviews)
        else:
            name = safe_filename(f"workshop-{self.code}-files", "zip")
            data = pack_zip(self.code, self.columns, moment, reviews)
        try:
            self.downloads.value = download_link(name, data, f"Save {name}")
        except ValueError:  # over the kit's download limit
            self.downloads.value = notice(
                "That file is too large to download from this page. Download the Word pack, "
                "or ask each team for their own files.",
                "warning",
            )

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")
