"""Where the kit's own files are: notebooks, lessons and the Voilà template.

A source checkout (`make run`, `pip install -e .`) uses the folders at the top of the
repository, so facilitators can edit lessons/ and see the change at once. A wheel
carries copies under `firstpost/_bundled/`, used when no checkout is found.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def project_root() -> Path | None:
    """The source checkout holding this package, if the package runs from one."""
    candidate = PACKAGE_DIR.parent.parent
    if (candidate / "notebooks" / "index.ipynb").is_file() and (candidate / "lessons").is_dir():
        return candidate
    return None


def _bundled_or_checkout(name: str) -> Path:
    root = project_root()
    if root is not None:
        return root / name
    return PACKAGE_DIR / "_bundled" / name


NOTEBOOKS_DIR_ENV = "FIRSTPOST_NOTEBOOKS_DIR"


def notebooks_dir() -> Path:
    """The folder Voilà serves: one notebook per app.

    FIRSTPOST_NOTEBOOKS_DIR points it elsewhere, for an organisation's own set of
    apps (and for tests that need a deliberately broken one).
    """
    override = os.environ.get(NOTEBOOKS_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser().resolve()
    return _bundled_or_checkout("notebooks")


def lessons_dir() -> Path:
    """The course content: episodes, case studies, channels, examples."""
    return _bundled_or_checkout("lessons")


def jupyter_data_dir() -> Path:
    """A Jupyter data folder holding the kit's Voilà template.

    Put on JUPYTER_PATH by `firstpost serve` (and by the JupyterHub config), so
    Voilà finds the `firstpost` template without installing files outside the package.
    """
    return PACKAGE_DIR / "ui" / "share" / "jupyter"
