"""Reviewing one plan: figures, results, the plan's targets, the decision, saving, downloads.

The review can be saved at any point, mistakes and all, and comes back exactly as
typed. Keeping it with the plan as a version is the one step that asks for clean
figures and a decision, because that copy is what managers will read.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import ipywidgets as widgets

from firstpost.core.plan.records import PlanRecord, describe_time
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.review.calculations import review_totals
from firstpost.core.review.compare import compare_measures, compare_objectives
from firstpost.core.review.figures import decision_problems, review_problems
from firstpost.core.review.model import (
    RECOMMENDATION_LABELS,
    RECOMMENDATION_SHORT,
    PilotReview,
    fitted_to_plan,
)
from firstpost.core.review.store import ReviewStore, ReviewStoreError
from firstpost.ui.downloads import download_link
from firstpost.ui.errors import guarded
from firstpost.ui.review.figures_form import FiguresForm, problems_html
from firstpost.ui.review.results import chain_html, comparison_html
from firstpost.ui.review.sharing import DOWNLOADS, review_file, versions_html
from firstpost.ui.review.targets import TargetsForm
from firstpost.ui.shell import notice

AUTO = {"width": "max-content", "max_width": "100%"}  # as wide as its words, even in a column
WIDE = {"width": "100%", "max_width": "46rem"}


@dataclass(frozen=True)
class ReviewServices:
    plans: PlanRepository
    reviews: ReviewStore
    person: str


class ReviewEditor(widgets.VBox):
    def __init__(self, services: ReviewServices, record: PlanRecord) -> None:
        super().__init__()
        self.services = services
        self.record = record
        self.plan = record.plan
        saved = services.reviews.load(record.plan_id)
        self.revision = saved.revision if saved else 0
        review = fitted_to_plan(self.plan, saved.review if saved else PilotReview())
        self.saved_version: int | None = None
        self.status = widgets.HTML("")
        self.unsaved = widgets.HTML("")
        show_error = self._error

        self.figures = FiguresForm(
            self.plan,
            review.rows,
            review.other_costs,
            review.group_label,
            review.vacancy_rate,
            self._changed,
        )
        self.targets = TargetsForm(self.plan, review, self._changed)
        fill = widgets.Button(
            description="Fill in blank actuals from the figures", layout=widgets.Layout(**AUTO)
        )
        fill.on_click(guarded("filling in the actuals", show_error)(lambda _b: self.fill_actuals()))
        work_out = widgets.Button(
            description="Work out the results",
            button_style="primary",
            layout=widgets.Layout(**AUTO),
        )
        work_out.on_click(
            guarded("working out the results", show_error)(lambda _b: self.show_results())
        )
        self.results = widgets.HTML("")

        self.recommendation = widgets.Dropdown(
            description="Recommendation",
            options=[
                ("Choose one", ""),
                *[(label, key) for key, label in RECOMMENDATION_LABELS.items()],
            ],
            value=review.recommendation,
            style={"description_width": "10rem"},
            layout=widgets.Layout(**WIDE),
        )
        self.reasons = widgets.Textarea(
            description="Why",
            value=review.reasons,
            style={"description_width": "10rem"},
            layout=widgets.Layout(**WIDE, height="5rem"),
        )
        self.lessons = widgets.Textarea(
            description="Lessons learned",
            value=review.lessons,
            placeholder="One lesson a line",
            style={"description_width": "10rem"},
            layout=widgets.Layout(**WIDE, height="7rem"),
        )
        for box in (self.recommendation, self.reasons, self.lessons):
            box.observe(lambda _c: self._changed(), names="value")
        self.decision_problems = widgets.HTML("")
        save = widgets.Button(
            description="Save the review", button_style="primary", layout=widgets.Layout(**AUTO)
        )
        save.on_click(guarded("saving the review", show_error)(lambda _b: self.save()))
        keep = widgets.Button(
            description="Save with the plan as a new version", layout=widgets.Layout(**AUTO)
        )
        keep.on_click(
            guarded("saving the review with the plan", show_error)(lambda _b: self.save_with_plan())
        )
        self.versions = widgets.HTML("")
        self.format = widgets.Dropdown(
            description="Download as",
            options=[(label, key) for key, label in DOWNLOADS],
            style={"description_width": "8rem"},
            layout=widgets.Layout(**WIDE),
        )
        prepare = widgets.Button(description="Prepare download", layout=widgets.Layout(**AUTO))
        prepare.on_click(guarded("preparing the download", show_error)(lambda _b: self.prepare()))
        self.downloads = widgets.HTML("")

        self.children = (
            widgets.HTML(f"<h2>Review of “{html.escape(self.plan.title or 'Untitled plan')}”</h2>"),
            self.figures,
            widgets.HTML(
                "<h2>2. Results</h2><p>Totals and rates worked out from the figures, "
                "along the GCS chain from reach to impact.</p>"
            ),
            work_out,
            self.results,
            widgets.HTML(
                "<h2>3. Against the plan</h2><p>What happened for each objective and "
                "measure in the plan. Fill in what you know; the button fills blank "
                "boxes from the figures where the name says which figure it is.</p>"
            ),
            fill,
            self.targets,
            widgets.HTML(
                "<h2>4. Recommendation</h2><p>Build on what worked: should social "
                "media recruitment grow, change or stop?</p>"
            ),
            self.recommendation,
            self.reasons,
            self.lessons,
            self.decision_problems,
            widgets.HTML(
                "<h2>5. Save and share</h2><p>Save as often as you like. When the "
                "review is finished, save it with the plan as a new version: the plan's "
                "history then shows it, and its downloads include it.</p>"
            ),
            widgets.HBox([save, keep], layout=widgets.Layout(flex_flow="row wrap")),
            self.unsaved,
            self.status,
            self.versions,
            widgets.HBox([self.format, prepare], layout=widgets.Layout(flex_flow="row wrap")),
            self.downloads,
        )
        self._show_versions()

    # ----- the review as typed ------------------------------------------------------------
    def current(self) -> PilotReview:
        return PilotReview(
            **self.figures.values(),  # type: ignore[arg-type]
            **self.targets.values(),
            recommendation=self.recommendation.value or "",
            reasons=self.reasons.value,
            lessons=self.lessons.value,
        )

    def _labels(self) -> list[str]:
        return [row.label for row in self.figures.rows]

    def _changed(self) -> None:
        self.saved_version = None
        self.unsaved.value = "<p class='fp-muted'>You have changes that are not saved yet.</p>"

    # ----- actions -----------------------------------------------------------------------
    def fill_actuals(self) -> None:
        filled = self.targets.fill_blanks(review_totals(self.plan, self.current()))
        self.status.value = notice(
            f"Filled in {filled} box{'es' if filled != 1 else ''} from the figures. Check them "
            "before saving."
            if filled
            else "No blank box could be filled from the figures."
        )

    def show_results(self) -> None:
        review = self.current()
        totals = review_totals(self.plan, review)
        problems = [p for p in review_problems(review, self._labels()) if p.is_error]
        warning = (
            notice(
                f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in the figures "
                "above. A figure that cannot be read is left out of the totals until it is fixed.",
                "warning",
            )
            if problems
            else ""
        )
        self.results.value = (
            warning
            + chain_html(self.plan, totals)
            + comparison_html(
                "Objectives: planned and actual", compare_objectives(self.plan, review)
            )
            + comparison_html("Measures: planned and actual", compare_measures(self.plan, review))
        )

    def save(self) -> bool:
        review = self.current()
        try:
            saved = self.services.reviews.save(
                self.record.plan_id, review, self.revision, self.services.person
            )
        except ReviewStoreError as error:
            self._error(str(error))
            return False
        self.revision = saved.revision
        self.unsaved.value = ""
        errors = [p for p in review_problems(review, self._labels()) if p.is_error]
        extra = (
            (
                f" {len(errors)} figure{'s' if len(errors) != 1 else ''} still need fixing; "
                "they are kept as you typed them."
            )
            if errors
            else ""
        )
        self.status.value = notice(
            f"Review saved at {describe_time(saved.updated_at)} (UTC).{extra}", "ok"
        )
        return True

    def save_with_plan(self) -> None:
        review = self.current()
        blocking = [p for p in review_problems(review, self._labels()) if p.is_error]
        blocking += decision_problems(review)
        if blocking:
            self.decision_problems.value = notice(
                "The review is not saved with the plan yet. Fix these first; "
                "everything you typed is kept.",
                "error",
            ) + problems_html(blocking)
            return
        self.decision_problems.value = ""
        if not self.save():
            return
        number = self.services.reviews.save_with_plan(
            self.services.plans, self.record.plan_id, review, self.services.person
        )
        self.saved_version = number
        self.status.value = notice(
            f"Saved with the plan as version {number} "
            f"({RECOMMENDATION_SHORT[review.recommendation]}). The plan's history and its "
            "downloads here now include the review.",
            "ok",
        )
        self._show_versions()

    def _show_versions(self) -> None:
        self.versions.value = versions_html(self.services.reviews.versions(self.record.plan_id))

    def prepare(self) -> None:
        name, data = review_file(
            self.format.value, self.plan, self.current(), self.record.plan_id, self.saved_version
        )
        self.downloads.value = download_link(name, data, f"Save {name}")

    def _error(self, message: str) -> None:
        self.status.value = notice(message, "error")
