"""Notebooks stay thin shells: a few cells, no outputs, ending in one constructor call."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert (ROOT / "notebooks" / "index.ipynb") in NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_a_thin_clean_shell(path):
    nb = json.loads(path.read_text())
    cells = nb["cells"]
    assert 1 <= len(cells) <= 4
    for cell in cells:
        assert cell["cell_type"] == "code"
        assert cell.get("outputs") == [], "outputs must be stripped"
        assert cell.get("execution_count") is None, "execution counts must be stripped"
    assert nb["metadata"].get("title", "").startswith("First Post")
    last = ast.parse("".join(cells[-1]["source"]))
    assert len(last.body) == 1 and isinstance(last.body[0], ast.Expr)
    call = last.body[0].value
    assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
    assert call.func.id.endswith("App")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_without_error(path, tmp_path):
    """Executes the notebook in a real kernel, as Voilà would; any error fails loudly."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        store_widget_state=True,
        resources={"metadata": {"path": str(tmp_path)}},
    ).execute()
    outputs = [o for cell in nb.cells for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o["output_type"] == "error"]
    assert not [
        o for o in outputs if o.get("name") == "stderr" and "Traceback" in o.get("text", "")
    ]
    widget_views = [
        o for o in outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})
    ]
    assert len(widget_views) == 1, "the notebook shows exactly one app"
    widget_state = json.dumps(nb.metadata.get("widgets", {}))
    assert "fp-app" in widget_state
    assert "could not open" not in widget_state, "the app showed its error boundary"
