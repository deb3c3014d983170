"""`firstpost doctor`: what is installed, where data lives, and what to fix.

Facilitators run this before a workshop on the room's server; every problem it
finds comes with the action that fixes it.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import shutil
from dataclasses import dataclass

PACKAGES = (
    "voila",
    "ipywidgets",
    "ipykernel",
    "jupyter_server",
    "sqlalchemy",
    "pandas",
    "matplotlib",
)
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")


@dataclass(frozen=True)
class Finding:
    label: str
    value: str
    problem: str = ""
    fix: str = ""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="check this data folder instead of the configured one")


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def find_chromium() -> str | None:
    """The browser used by the kit's browser tests and screenshots, if installed."""
    configured = os.environ.get("FIRSTPOST_CHROMIUM")
    if configured and os.access(configured, os.X_OK):
        return configured
    for name in CHROMIUM_CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


def gather() -> list[Finding]:
    import firstpost
    from firstpost.core.paths import jupyter_data_dir, lessons_dir, notebooks_dir
    from firstpost.core.settings import load_settings, redact_url

    findings = [
        Finding("First Post", firstpost.__version__),
        Finding("Python", platform.python_version()),
    ]
    for name in PACKAGES:
        version = _version(name)
        findings.append(
            Finding(
                name,
                version or "missing",
                *(
                    ()
                    if version
                    else (
                        f"{name} is not installed",
                        "Reinstall the kit: pip install -e . (or make run)",
                    )
                ),
            )
        )
    if _version("ipykernel") and not _has_python_kernel():
        findings.append(
            Finding(
                "Python kernel",
                "missing",
                "Voilà has no 'python3' kernel to run the apps",
                "Run: python -m ipykernel install --sys-prefix",
            )
        )
    settings = load_settings()
    findings.append(_data_dir_finding(settings.data_dir))
    findings.append(Finding("Database", redact_url(settings.database_url)))
    findings.append(_schema_finding(settings))
    nb = notebooks_dir()
    findings.append(
        Finding(
            "Apps folder",
            str(nb),
            *(
                ()
                if (nb / "index.ipynb").is_file()
                else ("the Home app (index.ipynb) is missing", "Reinstall the kit")
            ),
        )
    )
    template = jupyter_data_dir() / "voila" / "templates" / "firstpost" / "index.html.j2"
    findings.append(
        Finding(
            "Page template",
            str(template.parent),
            *(
                ()
                if template.is_file()
                else ("the kit's Voilà template is missing", "Reinstall the kit")
            ),
        )
    )
    findings.append(_content_finding(lessons_dir()))
    chromium = find_chromium()
    findings.append(
        Finding(
            "Chromium (for tests)",
            chromium or "not found",
            *(
                ()
                if chromium
                else (
                    "browser tests and screenshots need Chromium",
                    "Run: sudo apt-get install chromium (make test does this as root)",
                )
            ),
        )
    )
    return findings


def _has_python_kernel() -> bool:
    from jupyter_client.kernelspec import KernelSpecManager

    return "python3" in KernelSpecManager().find_kernel_specs()


def _data_dir_finding(folder) -> Finding:
    if folder.exists() and not os.access(folder, os.W_OK):
        return Finding(
            "Data folder",
            str(folder),
            "the data folder is read-only",
            "Give yourself write access, or choose another with --data-dir",
        )
    if not folder.exists():
        parent = next((p for p in folder.parents if p.exists()), None)
        if parent is None or not os.access(parent, os.W_OK):
            return Finding(
                "Data folder",
                str(folder),
                "the data folder cannot be created",
                "Choose a writable folder with --data-dir or FIRSTPOST_DATA_DIR",
            )
        return Finding("Data folder", f"{folder} (created on first use)")
    return Finding("Data folder", str(folder))


def _schema_finding(settings) -> Finding:
    from firstpost.core.store import StoreError, open_store
    from firstpost.core.store.migrations import head_version, schema_version

    try:
        version = schema_version(open_store(settings))
    except StoreError as error:
        return Finding("Database schema", "unavailable", str(error), "See the message above")
    return Finding("Database schema", f"version {version} (this kit: {head_version()})")


def _content_finding(folder) -> Finding:
    try:
        from firstpost.core.content import check_content
    except ImportError:
        return Finding("Lessons", str(folder))
    problems = check_content(folder)
    if problems:
        return Finding(
            "Lessons",
            str(folder),
            f"{len(problems)} problem(s) in the content",
            "Run: firstpost lessons check",
        )
    return Finding("Lessons", f"{folder} (valid)")


def run(args: argparse.Namespace) -> int:
    if args.data_dir:
        from pathlib import Path

        from firstpost.core.settings import DATA_DIR_ENV

        os.environ[DATA_DIR_ENV] = str(Path(args.data_dir).expanduser().resolve())
    findings = gather()
    width = max(len(f.label) for f in findings)
    for finding in findings:
        print(f"{finding.label:<{width}}  {finding.value}")
    problems = [f for f in findings if f.problem]
    print()
    if not problems:
        print("No problems found.")
        return 0
    print(f"{len(problems)} problem(s) to fix:")
    for finding in problems:
        print(f"- {finding.label}: {finding.problem}. Fix: {finding.fix}.")
    return 1
