"""The last step: every problem in one place, the charts, versions and downloads."""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.plan import STAGE_LABELS, content_calendar, diff_plans, plan_from_dict
from firstpost.core.plan.records import describe_time
from firstpost.ui.downloads import download_link, safe_filename
from firstpost.ui.errors import guarded
from firstpost.ui.planner.charts import calendar_html, risk_heatmap_html
from firstpost.ui.planner.session import PlannerSession
from firstpost.ui.shell import notice

FORMATS = (
    ("docx", "Word document for sign-off (.docx)"),
    ("html", "One-page summary to print (.html)"),
    ("ics", "Calendar of publish slots and dates (.ics)"),
    ("csv", "Content calendar as a spreadsheet (.csv)"),
    ("md", "Plain text with headings (Markdown, .md)"),
    ("json", "The plan as a file to import elsewhere (.json)"),
)


def problems_html(session: PlannerSession) -> str:
    problems = session.problems
    if not problems:
        return notice("No problems found: the plan is ready for sign-off.", "ok")
    by_stage = defaultdict(list)
    for problem in problems:
        by_stage[problem.stage].append(problem)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    parts = [
        f"<p><strong>{errors} to fix</strong> before sign-off and {warnings} to consider. "
        "You can save at any time.</p>"
    ]
    for stage, items in by_stage.items():
        lines = "".join(
            f"<li><strong>{'Must fix' if p.severity == 'error' else 'Consider'}:</strong> "
            f"{html.escape(p.message)} {html.escape(p.fix)}</li>"
            for p in items
        )
        parts.append(f"<h4>{html.escape(STAGE_LABELS.get(stage, stage))}</h4><ul>{lines}</ul>")
    return "".join(parts)


class ReviewView(widgets.VBox):
    def __init__(self, session: PlannerSession, exporter: Callable[..., bytes]) -> None:
        super().__init__()
        self.session = session
        self.exporter = exporter
        self.status = widgets.HTML("")
        show = self._show_error
        plan = session.plan()

        self.version_note = widgets.Text(
            description="Note for this version",
            placeholder="e.g. Agreed with my manager",
            style={"description_width": "14rem"},
            layout=widgets.Layout(width="100%", max_width="52rem"),
        )
        save_version = widgets.Button(
            description="Save a version",
            button_style="primary",
            layout=widgets.Layout(width="auto", align_self="flex-start"),
        )
        save_version.on_click(guarded("saving a version", show)(lambda _b: self._save_version()))

        self.history = widgets.HTML("")
        self.compare_a = widgets.Dropdown(
            description="Compare version", style={"description_width": "10rem"}
        )
        self.compare_b = widgets.Dropdown(description="with", style={"description_width": "4rem"})
        compare = widgets.Button(
            description="Show what changed", layout=widgets.Layout(width="auto")
        )
        compare.on_click(guarded("comparing versions", show)(lambda _b: self._show_comparison()))
        self.comparison = widgets.HTML("")
        self.restore_choice = widgets.Dropdown(
            description="Restore version", style={"description_width": "10rem"}
        )
        restore = widgets.Button(
            description="Restore this version", layout=widgets.Layout(width="auto")
        )
        self.restore_confirm = widgets.HBox([])
        restore.on_click(lambda _b: self._ask_restore())

        self.downloads = widgets.HTML("")
        self.format_choice = widgets.Dropdown(
            description="Download as",
            options=[(label, key) for key, label in FORMATS],
            style={"description_width": "10rem"},
            layout=widgets.Layout(width="100%", max_width="40rem"),
        )
        prepare = widgets.Button(
            description="Prepare download",
            button_style="primary",
            layout=widgets.Layout(width="auto"),
        )
        prepare.on_click(guarded("preparing the download", show)(lambda _b: self._prepare()))

        self.children = (
            widgets.HTML("<h3>What is left to do</h3>" + problems_html(session)),
            widgets.HTML("<h3>Risk map</h3>" + risk_heatmap_html(plan.risks)),
            widgets.HTML("<h3>Content calendar</h3>" + calendar_html(content_calendar(plan))),
            widgets.HTML(
                "<h3>Versions</h3><p class='fp-hint'>A version is a snapshot you can go back to, "
                "for example the one your manager signed off.</p>"
            ),
            self.version_note,
            save_version,
            self.history,
            widgets.HBox(
                [self.compare_a, self.compare_b, compare],
                layout=widgets.Layout(flex_flow="row wrap"),
            ),
            self.comparison,
            widgets.HBox(
                [self.restore_choice, restore], layout=widgets.Layout(flex_flow="row wrap")
            ),
            self.restore_confirm,
            widgets.HTML(
                "<h3>Download</h3><p class='fp-hint'>Documents for your manager: the Word "
                "document has a sign-off block; the calendar file opens in Outlook.</p>"
            ),
            widgets.HBox(
                [self.format_choice, prepare], layout=widgets.Layout(flex_flow="row wrap")
            ),
            self.downloads,
            self.status,
        )
        self._refresh_history()

    def _show_error(self, message: str) -> None:
        self.status.value = notice(message, "error")

    def _refresh_history(self) -> None:
        if not self.session.plan_id:
            self.history.value = (
                "<p class='fp-muted'>Save the plan to start its version history.</p>"
            )
            for dropdown in (self.compare_a, self.compare_b, self.restore_choice):
                dropdown.options = []
                dropdown.disabled = True
            return
        versions = self.session.repo.list_versions(self.session.plan_id)
        if not versions:
            self.history.value = "<p class='fp-muted'>No versions saved yet.</p>"
        else:
            rows = "".join(
                f"<tr><td>{v.number}</td><td>{html.escape(describe_time(v.saved_at))}</td>"
                f"<td>{html.escape(v.saved_by)}</td><td>{html.escape(v.note)}</td></tr>"
                for v in versions
            )
            self.history.value = (
                '<table class="fp-table"><caption>Version history</caption><thead><tr><th scope=col>Version</th>'
                "<th scope=col>Saved</th><th scope=col>By</th><th scope=col>Note</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>"
            )
        options = [(f"Version {v.number}", v.number) for v in versions]
        self.compare_a.options = options
        self.compare_b.options = [*options, ("The plan as it is now", 0)]
        self.restore_choice.options = options
        for dropdown in (self.compare_a, self.compare_b, self.restore_choice):
            dropdown.disabled = not options
        if options:
            # ipywidgets leaves the value empty when options are replaced: choose for the user
            self.compare_a.value = options[-1][1]
            self.compare_b.value = 0
            self.restore_choice.value = options[-1][1]

    def _save_version(self) -> None:
        number = self.session.save_version(self.version_note.value.strip())
        if number is not None:
            self.version_note.value = ""
            self.status.value = notice(f"Saved version {number}.", "ok")
            self._refresh_history()
        else:
            self.status.value = notice(self.session.status, "error")

    def _show_comparison(self) -> None:
        if self.compare_a.value is None:
            return
        repo, plan_id = self.session.repo, self.session.plan_id
        old = repo.get_version(plan_id, self.compare_a.value).plan
        new = (
            self.session.plan()
            if not self.compare_b.value
            else repo.get_version(plan_id, self.compare_b.value).plan
        )
        changes = diff_plans(old, new)
        if not changes:
            self.comparison.value = notice("No differences.", "info")
            return
        rows = "".join(
            f"<tr><td>{html.escape(c.label)}</td><td>{html.escape(c.old)}</td><td>{html.escape(c.new)}</td></tr>"
            for c in changes
        )
        self.comparison.value = (
            f'<table class="fp-table"><caption>{len(changes)} change(s)</caption><thead><tr>'
            "<th scope=col>Field</th><th scope=col>Before</th><th scope=col>After</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )

    def _ask_restore(self) -> None:
        number = self.restore_choice.value
        if number is None:
            return
        yes = widgets.Button(
            description=f"Yes, restore version {number}",
            button_style="warning",
            layout=widgets.Layout(width="auto"),
        )
        no = widgets.Button(
            description="No, keep the plan as it is", layout=widgets.Layout(width="auto")
        )
        yes.on_click(
            guarded("restoring a version", self._show_error)(
                lambda _b: self.session.restore_version(number)
            )
        )
        no.on_click(lambda _b: setattr(self.restore_confirm, "children", ()))
        self.restore_confirm.children = (
            widgets.HTML(
                f"<p role='alert'>Replace the plan with version {number}? The plan as it is now "
                "stays in the history as a new version.</p>"
            ),
            yes,
            no,
        )

    def _prepare(self) -> None:
        fmt = self.format_choice.value
        plan, unreadable = plan_from_dict(self.session.data)
        if plan is None:  # never hand over an empty document in place of the plan
            where = "; ".join(p.describe() for p in unreadable[:3])
            self.downloads.value = notice(
                f"The file was not made: some fields cannot be read ({where}). Correct them first.",
                "error",
            )
            return
        data = self.exporter(plan, fmt, self.session.plan_id, self.session.problems)
        name = safe_filename(self.session.title, fmt)
        label = dict(FORMATS)[fmt]
        self.downloads.value = (
            notice(f"Your file is ready: {name}", "ok")
            + f"<p>{download_link(name, data, f'Save {name}')}</p>"
            + f"<p class='fp-hint'>{html.escape(label)}, {len(data):,} bytes.</p>"
        )
