"""Forged widget messages sent to a real kernel running the apps, as a hostile front end would.

A browser's widget limits (a text box's size, a menu's options, a number box's bounds)
are only suggestions: anyone can send the kernel a comm message with any state. This
starts a real kernel, runs the apps' notebook cells in it, and sends `comm_msg`
updates and clicks on the shell channel exactly as the JavaScript front end does,
then asks the kernel what the app now holds and what was stored.

What ipywidgets 8 itself does on the kernel side, which these tests pin down:
- Text/Textarea: any string of any length is accepted (no server-side max length),
  so limits must be the app's: the planner refuses to save a plan over 2 MB.
- Dropdown/RadioButtons: an index outside the options, or of the wrong type, raises
  a TraitError in the comm handler; the value stays as it was.
- BoundedIntText/BoundedFloatText: out-of-range values are clamped to min/max; the
  int one casts (2.5 arrives as 2); text that is not a number is refused.
- Dropdown index None ("nothing chosen") is accepted: no person can choose it, so the
  app's own checks must catch it (the channel chooser does).
- Checkbox, Text, DatePicker: a value of the wrong type is refused (TraitError).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FIND = """
import json as _json
import ipywidgets as _w

def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)

def _ids(app, cls, description):
    return [w.model_id for w in _walk(app)
            if type(w).__name__ == cls and getattr(w, "description", None) == description]
"""


class Kernel:
    """A kernel running the kit, driven over its real channels."""

    def __init__(self, manager, client) -> None:
        self.manager = manager
        self.client = client

    def run(self, code: str) -> str:
        """Run code; its printed output, or a failure with the kernel's traceback."""
        out: list[str] = []
        errors: list[str] = []

        def hook(msg: dict) -> None:
            kind = msg["msg_type"]
            if kind == "stream":
                out.append(msg["content"]["text"])
            elif kind == "error":
                errors.append("\n".join(msg["content"]["traceback"]))

        reply = self.client.execute_interactive(code, output_hook=hook, timeout=60)
        assert reply["content"]["status"] == "ok" and not errors, "\n".join(errors)
        return "".join(out)

    def value(self, expression: str):
        return json.loads(self.run(f"print(_json.dumps({expression}))"))

    def widget(self, app: str, cls: str, description: str) -> str:
        [model_id] = self.value(f"_ids({app}, {cls!r}, {description!r})")
        return model_id

    def send(self, model_id: str, data: dict) -> None:
        """A comm message from 'the browser'; a later run() waits until it is handled."""
        msg = self.client.session.msg("comm_msg", {"comm_id": model_id, "data": data})
        self.client.shell_channel.send(msg)

    def update(self, model_id: str, state: dict) -> None:
        self.send(model_id, {"method": "update", "state": state, "buffer_paths": []})

    def click(self, model_id: str) -> None:
        self.send(model_id, {"method": "custom", "content": {"event": "click"}})


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    from jupyter_client.manager import KernelManager

    data = tmp_path_factory.mktemp("forged-data")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("FIRSTPOST_DATABASE_URL", "JUPYTERHUB_USER")
    }
    env |= {"FIRSTPOST_DATA_DIR": str(data), "FIRSTPOST_USER": "ana"}
    manager = KernelManager(kernel_name="python3")
    manager.start_kernel(env=env, cwd=str(data))
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=60)
        kernel = Kernel(manager, client)
        kernel.run(FIND)
        yield kernel
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def notebook_cells(name: str) -> list[str]:
    nb = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))
    return ["".join(cell["source"]) for cell in nb["cells"]]


def start_app(kernel: Kernel, notebook: str, name: str) -> None:
    """Run the notebook's cells as Voilà does, keeping the app the last cell shows."""
    cells = notebook_cells(notebook)
    for cell in cells[:-1]:
        kernel.run(cell)
    kernel.run(f"{name} = {cells[-1]}")


def test_the_planner_refuses_forged_values_and_stores_nothing_invalid(kernel):
    start_app(kernel, "planner.ipynb", "planner")
    kernel.click(kernel.widget("planner", "Button", "Start a blank plan"))
    title = kernel.widget("planner", "Text", "Plan title")
    save = kernel.widget("planner", "Button", "Save plan")
    repo = "planner.session.repo"
    stored = f"[{repo}.get(p.plan_id).plan.title for p in {repo}.list_plans()]"

    # 3 MB of title: the widget takes it (Text has no server-side limit); saving refuses.
    kernel.update(title, {"value": "x" * 3_000_000})
    assert kernel.value("len(planner.session.data['title'])") == 3_000_000
    kernel.click(save)
    status = kernel.value("planner.status.value")
    assert "This plan was not saved." in status and "a plan can be at most 2 MB" in status
    assert "The longest field is Title (3,000,000 characters)" in status
    assert kernel.value(stored) == []
    problems = kernel.value("[p.message for p in planner.session.problems if p.path == 'title']")
    assert any("at most 2 MB" in message for message in problems)

    # A wrong type is refused by the widget's trait: the title stays what it was.
    kernel.update(title, {"value": 12345})
    kernel.update(title, {"value": None})
    assert kernel.value("len(planner.session.data['title'])") == 3_000_000

    # A megabyte is within what a plan may hold: saved, and reported as too long to sign off.
    kernel.update(title, {"value": "<script>window.__pwned=1</script>" + "y" * 1_000_000})
    kernel.click(save)
    assert kernel.value(f"[len(t) for t in {stored}]") == [1_000_033]
    assert "Title is 1,000,033 characters long; the most allowed is 200" in kernel.value(
        "' '.join(p.message for p in planner.session.problems)"
    )

    # Forged dates (impossible, or not a date at all) are refused by the picker's trait.
    review = kernel.widget("planner", "DatePicker", "Review date")
    kernel.update(review, {"value": {"year": 10**9, "month": 99, "date": 99}})
    kernel.update(review, {"value": "<script>"})
    assert kernel.value("planner.session.data['review_date']") is None
    kernel.update(review, {"value": {"year": 2030, "month": 0, "date": 1}})  # JS months: 0 = Jan
    assert kernel.value("planner.session.data['review_date']") == "2030-01-01"


def test_the_channel_chooser_keeps_menus_to_their_options_and_numbers_in_bounds(kernel):
    start_app(kernel, "channels.ipynb", "channels")
    form = "channels.form"
    purpose = kernel.widget("channels", "Dropdown", "Purpose")
    before = kernel.value(f"{form}.purpose.value")
    for forged in ({"index": 99}, {"index": -1}, {"index": "1; import os"}, {"value": "evil"}):
        kernel.update(purpose, forged)
    assert kernel.value(f"{form}.purpose.value") == before
    # "Nothing chosen" (index None) is a state the Dropdown allows, though no person can
    # pick it: the chooser's own checks catch it and say what to choose.
    kernel.update(purpose, {"index": None})
    shown = "' '.join(w.value for w in _walk(channels) if isinstance(w, _w.HTML))"
    assert "is not a purpose the tool knows. Choose one of: recruitment" in kernel.value(shown)
    assert kernel.value("channels.ranking.ok") is False
    kernel.update(purpose, {"index": 0})

    hours = kernel.widget("channels", "BoundedFloatText", "Staff hours a week")
    kernel.update(hours, {"value": 1e308})
    assert kernel.value(f"{form}.hours.value") == 80.0  # clamped to the widget's max
    kernel.update(hours, {"value": -5})
    assert kernel.value(f"{form}.hours.value") == 0.0
    kernel.update(hours, {"value": "lots"})
    assert kernel.value(f"{form}.hours.value") == 0.0

    weight = kernel.value(f"next(iter({form}.weights.values())).model_id")
    kernel.update(weight, {"value": 10**12})
    assert kernel.value(f"next(iter({form}.weights.values())).value") == 5
    kernel.update(weight, {"value": 2.5})  # cast to a whole number (the trait is a CInt)
    assert kernel.value(f"next(iter({form}.weights.values())).value") == 2
    kernel.update(weight, {"value": "<script>"})
    assert kernel.value(f"next(iter({form}.weights.values())).value") == 2

    paid = kernel.widget("channels", "Checkbox", "Paid promotion is allowed")
    kernel.update(paid, {"value": "yes"})
    assert kernel.value(f"{form}.paid.value") is False

    # After all that, the shortlist is still worked out from valid values only.
    audience = kernel.value(f"next(iter({form}.audiences.values())).model_id")
    kernel.update(audience, {"value": True})
    query = kernel.value(f"{form}.query().hours_per_week")
    assert query == 0.0
    assert kernel.value("channels.ranking.ok") is True
    assert "Something went wrong" not in kernel.value(shown)
