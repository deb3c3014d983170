"""The catalogue of apps the kit offers, and the settings each one serves.

Home links only the apps whose notebook is present, so an app appears the moment its
notebook lands and a missing one never shows as a dead link.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from firstpost.core.paths import notebooks_dir


@dataclass(frozen=True)
class Setting:
    key: str
    title: str
    summary: str


@dataclass(frozen=True)
class AppInfo:
    key: str
    title: str
    notebook: str
    summary: str
    settings: tuple[str, ...]
    # Idle kernels kept ready for this app (Voilà's per-notebook pools): each has run
    # the notebook already, so a visitor skips kernel start-up and imports. A pooled
    # page is built before anyone asks for it, so the app is built again when the
    # visitor's browser connects (firstpost.ui.arrival), with their query string and
    # the saved data as it is then. Voilà's own way, wait_for_request, is not used: it
    # holds the notebook mid-cell, and pages that had waited a few minutes never
    # rendered. Every idle kernel costs 50-90 MiB, and every notebook has its own pool.
    # `firstpost serve --room N` raises Home's and the planner's to N;
    # FIRSTPOST_PREHEAT=home keeps Home's alone (see firstpost.cli.serve).
    preheat: int = 1


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "surgery",
        "Monthly social media surgery",
        "A drop-in session: bring a draft post or a question and get a second opinion.",
    ),
    Setting(
        "self-paced",
        "Self-paced training",
        "Short lessons you can fit around your work, with quizzes and a record for your CPD.",
    ),
    Setting(
        "workshop",
        "Pilot-planning workshop",
        "A facilitated session where a team plans a small, careful pilot and leaves with a plan to sign off.",
    ),
)

APPS: tuple[AppInfo, ...] = (
    AppInfo(
        "planner",
        "Plan a pilot",
        "planner.ipynb",
        "Build a small pilot step by step (OASIS), save it, and download it for sign-off.",
        ("workshop", "self-paced"),
        preheat=2,  # the app a workshop room opens together
    ),
    AppInfo(
        "channels",
        "Choose channels",
        "channels.ipynb",
        "From your purpose and audience to a shortlist of channels, with the reasons.",
        ("workshop", "surgery"),
    ),
    AppInfo(
        "case_studies",
        "Learn from case studies",
        "case_studies.ipynb",
        "What went wrong at McDonald's, Chrysler and Domino's, and what went right in the public sector.",
        ("workshop", "self-paced", "surgery"),
    ),
    AppInfo(
        "check_post",
        "Check a draft post",
        "post_checker.ipynb",
        "Paste a draft post or job advert and see what to fix before it goes out.",
        ("surgery", "workshop"),
    ),
    AppInfo(
        "lessons",
        "Self-paced course",
        "lessons.ipynb",
        "Six short episodes with quizzes; your progress is saved as you go.",
        ("self-paced",),
    ),
    AppInfo(
        "surgery",
        "Surgery board (facilitators)",
        "surgery.ipynb",
        "Collect questions from the room, answer them and keep a searchable FAQ.",
        ("surgery",),
    ),
    AppInfo(
        "workshop",
        "Workshop overview (facilitators)",
        "workshop.ipynb",
        "See every plan in a workshop side by side and export a workshop pack.",
        ("workshop",),
    ),
    AppInfo(
        "review",
        "Review a pilot",
        "review.ipynb",
        "Enter what happened, compare it with the plan and decide what to keep.",
        ("workshop",),
    ),
)

HOME = AppInfo(
    "home", "Home", "index.ipynb", "What First Post is for and where to start.", (), preheat=1
)


def built_apps(folder: Path | None = None) -> list[AppInfo]:
    """The apps whose notebook exists, in catalogue order."""
    folder = folder or notebooks_dir()
    return [app for app in APPS if (folder / app.notebook).is_file()]


def apps_for_setting(setting: str, folder: Path | None = None) -> list[AppInfo]:
    return [app for app in built_apps(folder) if setting in app.settings]
