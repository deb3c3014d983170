"""Field widgets for the planner: each knows its plan path and how to read and show a value.

Every input carries a `description`, so screen readers announce a label, and a
message line under it where validation problems for that path appear.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as widgets

WIDE = widgets.Layout(width="100%", max_width="52rem")
LABEL_STYLE = {"description_width": "14rem"}
# Wide enough for the 14rem label plus the browser's own date, time or menu control:
# at the widgets' default 300px the label leaves room for "01/" of a date.
PICKER = {"width": "100%", "max_width": "30rem"}
MENU = {"width": "100%", "max_width": "40rem"}


class FieldView:
    """One field of the plan on screen: inputs, a hint, and the problems found in it."""

    def __init__(
        self,
        path: str,
        inputs: Sequence[widgets.Widget],
        read: Callable[[], Any],
        write: Callable[[Any], None],
        hint: str = "",
        heading: str = "",
    ) -> None:
        self.path = path
        self.inputs = list(inputs)
        self._read = read
        self._write = write
        self.messages = widgets.HTML("")
        parts: list[widgets.Widget] = []
        if heading:
            parts.append(
                widgets.HTML(
                    f'<p class="fp-group-label"><strong>{html.escape(heading)}</strong></p>'
                )
            )
        parts.extend(self.inputs)
        if hint:
            parts.append(widgets.HTML(f'<p class="fp-hint">{html.escape(hint)}</p>'))
        parts.append(self.messages)
        self.box = widgets.VBox(parts)
        self.box.add_class("fp-field")

    def read(self) -> Any:
        """The plan value the inputs hold; raises ValueError if what was typed is unreadable."""
        return self._read()

    def write(self, value: Any) -> None:
        self._write(value)

    def raw(self) -> str:
        """What is typed in the (first) input, as typed: kept when it cannot be read."""
        value = self.inputs[0].value if self.inputs else ""
        return value if isinstance(value, str) else ""

    def show_raw(self, text: str) -> None:
        """Put back text that could not be read, so the person sees what they typed."""
        if self.inputs:
            self.inputs[0].value = text

    def on_change(self, callback: Callable[[FieldView], None]) -> None:
        for widget in self.inputs:
            widget.observe(lambda _change: callback(self), names="value")

    def show_problems(self, problems: Sequence[Any]) -> None:
        lines = [_problem_html(p) for p in problems]
        self.messages.value = (
            '<ul class="fp-field-problems">'
            + "".join(f"<li>{line}</li>" for line in lines)
            + "</ul>"
            if lines
            else ""
        )


def _problem_html(problem: Any) -> str:
    kind = "Must fix" if problem.severity == "error" else "Consider"
    fix = f" {html.escape(problem.fix)}" if problem.fix else ""
    return f"<strong>{kind}:</strong> {html.escape(problem.message)}{fix}"


def _single(path: str, widget: widgets.Widget, to_plan, from_plan, hint: str) -> FieldView:
    def write(value: Any) -> None:
        widget.value = from_plan(value)

    return FieldView(path, [widget], lambda: to_plan(widget.value), write, hint)


def text_field(path: str, label: str, hint: str = "", placeholder: str = "") -> FieldView:
    widget = widgets.Text(
        description=label, placeholder=placeholder, layout=WIDE, style=LABEL_STYLE
    )
    return _single(path, widget, lambda v: v, lambda v: "" if v is None else str(v), hint)


def area_field(path: str, label: str, hint: str = "", rows: int = 3) -> FieldView:
    widget = widgets.Textarea(description=label, rows=rows, layout=WIDE, style=LABEL_STYLE)
    return _single(path, widget, lambda v: v, lambda v: "" if v is None else str(v), hint)


def lines_field(path: str, label: str, hint: str = "One per line.") -> FieldView:
    """A list of short texts typed one per line (names, key messages)."""
    widget = widgets.Textarea(description=label, rows=3, layout=WIDE, style=LABEL_STYLE)
    return _single(
        path,
        widget,
        lambda v: [line.strip() for line in v.splitlines() if line.strip()],
        lambda v: "\n".join(v or []),
        hint,
    )


def number_field(path: str, label: str, hint: str = "") -> FieldView:
    """A number typed as text, so a half-typed or mistyped value stays on screen."""
    widget = widgets.Text(description=label, placeholder="e.g. 12", layout=WIDE, style=LABEL_STYLE)

    def to_plan(value: str) -> int | float | None:
        cleaned = value.strip().replace(",", "")
        if not cleaned:
            return None
        number = float(cleaned)  # ValueError for "about ten"
        if not math.isfinite(number):  # "nan", "inf" and "1e999" are not figures
            raise ValueError(value)
        return int(number) if "." not in cleaned and number.is_integer() else number

    def from_plan(value: Any) -> str:
        if value is None:
            return ""
        return f"{value:g}" if isinstance(value, float) else str(value)

    return _single(path, widget, to_plan, from_plan, hint)


def date_field(path: str, label: str, hint: str = "") -> FieldView:
    widget = widgets.DatePicker(
        description=label, style=LABEL_STYLE, layout=widgets.Layout(**PICKER)
    )
    return _single(
        path,
        widget,
        lambda v: v.isoformat() if v else None,
        lambda v: dt.date.fromisoformat(v) if v else None,
        hint,
    )


def time_field(path: str, label: str, hint: str = "") -> FieldView:
    widget = widgets.TimePicker(
        description=label, style=LABEL_STYLE, step=60, layout=widgets.Layout(**PICKER)
    )
    return _single(
        path,
        widget,
        lambda v: v.strftime("%H:%M:%S") if v else None,
        lambda v: dt.time.fromisoformat(v) if v else None,
        hint,
    )


def check_field(path: str, label: str, hint: str = "") -> FieldView:
    widget = widgets.Checkbox(description=label, indent=False, layout=WIDE)
    return _single(path, widget, bool, bool, hint)


def choice_field(
    path: str, label: str, options: Sequence[tuple[str, Any]], hint: str = ""
) -> FieldView:
    """A dropdown; values outside `options` never reach the plan (the widget refuses them)."""
    widget = widgets.Dropdown(
        description=label,
        options=list(options),
        style=LABEL_STYLE,
        layout=widgets.Layout(**MENU),
    )
    allowed = [value for _, value in options]
    return _single(path, widget, lambda v: v, lambda v: v if v in allowed else allowed[0], hint)


def multi_check_field(
    path: str, label: str, options: Sequence[tuple[str, str]], hint: str = ""
) -> FieldView:
    """Several checkboxes under one heading, read as the list of ticked values."""
    boxes = [widgets.Checkbox(description=text, indent=False, layout=WIDE) for text, _ in options]
    values = [value for _, value in options]

    def read() -> list[str]:
        return [value for value, box in zip(values, boxes, strict=True) if box.value]

    def write(selected: Any) -> None:
        for value, box in zip(values, boxes, strict=True):
            box.value = value in (selected or [])

    return FieldView(path, boxes, read, write, hint, heading=label)
