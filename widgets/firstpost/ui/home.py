"""The Home app: what First Post is for, and where to start in each setting."""

from __future__ import annotations

import html

import ipywidgets as widgets

import firstpost
from firstpost.core.apps import SETTINGS, apps_for_setting
from firstpost.ui.shell import AppShell

INTRO = """
<h1>First Post</h1>
<p class="fp-lead">Social media can help a public-sector HR team reach people that job
boards miss, welcome new starters and keep learning going between courses. First Post
helps you take the first careful steps: a small pilot, planned and checked, that your
manager can sign off.</p>
<p>Everything here is written for HR staff, not social media experts. Each figure we
quote says where it comes from and whether it is <strong>verified</strong>,
<strong>reported</strong> or <strong>disputed</strong>, so you can repeat it with
confidence.</p>
"""


def _setting_html(setting_key: str, title: str, summary: str) -> str:
    apps = apps_for_setting(setting_key)
    if not apps:
        return ""
    items = "".join(
        f'<li><a href="{html.escape(app.notebook)}">{html.escape(app.title)}</a>'
        f'<br><span class="fp-muted">{html.escape(app.summary)}</span></li>'
        for app in apps
    )
    return (
        f'<li class="fp-setting"><h3>{html.escape(title)}</h3>'
        f"<p>{html.escape(summary)}</p><ul>{items}</ul></li>"
    )


def home_html() -> str:
    sections = "".join(_setting_html(s.key, s.title, s.summary) for s in SETTINGS)
    where = f'<h2>Where to start</h2><ul class="fp-settings">{sections}</ul>' if sections else ""
    footer = (
        "<h2>Your work</h2><p>Plans and progress are saved as you go, on the server that runs "
        "this kit, so you can close the page and come back later. Nothing is posted to any "
        f'social media site from here.</p><p class="fp-muted">First Post {firstpost.__version__}</p>'
    )
    return INTRO + where + footer


class HomeApp(AppShell):
    """The kit's front door (notebooks/index.ipynb)."""

    app_title = "First Post"

    def build(self) -> list[widgets.Widget]:
        return [widgets.HTML(home_html())]
