"""The plan's objectives and measures, each with a box for what actually happened.

Each box shows the plan's baseline and target beside it, so the person typing the
actual figure sees what it will be compared with.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.plan.display import format_number
from firstpost.core.plan.model import Plan
from firstpost.core.review.calculations import ReviewTotals
from firstpost.core.review.compare import suggested_actual
from firstpost.core.review.model import LabelledActual, PilotReview
from firstpost.ui.review.figures_form import labelled_text


class TargetsForm(widgets.VBox):
    def __init__(self, plan: Plan, review: PilotReview, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.plan = plan
        self.objective_labels = [item.label for item in review.objective_actuals]
        self.measure_labels = [item.label for item in review.measure_actuals]
        self.objective_boxes = [
            labelled_text("Actual", f"objective: {item.label}", item.actual)
            for item in review.objective_actuals
        ]
        self.measure_boxes = [
            labelled_text("Actual", f"measure: {item.label}", item.actual)
            for item in review.measure_actuals
        ]
        for box in (*self.objective_boxes, *self.measure_boxes):
            box.observe(lambda _c: on_change(), names="value")
        rows: list[widgets.Widget] = []
        for objective, box in zip(plan.objectives, self.objective_boxes, strict=True):
            unit = f" {objective.unit.strip()}" if objective.unit.strip() else ""
            rows += [
                widgets.HTML(
                    f"<p><strong>Objective:</strong> "
                    f"{html.escape(objective.what.strip() or '(not described)')} (baseline "
                    f"{html.escape(format_number(objective.baseline) + unit)}, target "
                    f"{html.escape(format_number(objective.target) + unit)})</p>"
                ),
                box,
            ]
        for measure, box in zip(plan.scoring.measures, self.measure_boxes, strict=True):
            rows += [
                widgets.HTML(
                    f"<p><strong>Measure:</strong> "
                    f"{html.escape(measure.name.strip() or '(not named)')} (baseline "
                    f"{html.escape(measure.baseline.strip() or 'blank')}, target "
                    f"{html.escape(measure.target.strip() or 'blank')})</p>"
                ),
                box,
            ]
        if not rows:
            rows.append(
                widgets.HTML(
                    "<p class='fp-muted'>The plan has no objectives or measures to compare with."
                    "</p>"
                )
            )
        self.children = tuple(rows)

    def values(self) -> dict[str, tuple[LabelledActual, ...]]:
        return {
            "objective_actuals": tuple(
                LabelledActual(label=label, actual=box.value)
                for label, box in zip(self.objective_labels, self.objective_boxes, strict=True)
            ),
            "measure_actuals": tuple(
                LabelledActual(label=label, actual=box.value)
                for label, box in zip(self.measure_labels, self.measure_boxes, strict=True)
            ),
        }

    def fill_blanks(self, totals: ReviewTotals) -> int:
        """Put a figure in each blank box whose name says which figure it is; the count."""
        filled = 0
        pairs = [
            (f"{o.what} ({o.unit})", box)
            for o, box in zip(self.plan.objectives, self.objective_boxes, strict=True)
        ] + [
            (m.name, box)
            for m, box in zip(self.plan.scoring.measures, self.measure_boxes, strict=True)
        ]
        for name, box in pairs:
            guess = suggested_actual(name, totals)
            if guess and not box.value.strip():
                box.value = guess
                filled += 1
        return filled
