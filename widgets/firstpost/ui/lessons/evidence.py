"""Where an episode's facts come from: its figures with their status, and its sources.

A learner may repeat a number to their director, so each figure sits beside its status
(verified, reported or disputed) and the reason for any doubt, in words, never only a
colour.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

from firstpost.core.content.figures import Figure
from firstpost.core.content.sources import Source
from firstpost.core.learning.markdown import NEW_TAB_NOTE, is_safe_link

STATUS_WORDS = {"verified": "Verified", "reported": "Reported", "disputed": "Disputed"}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def badge(status: str) -> str:
    word = STATUS_WORDS.get(status, status.title())
    return f"<span class='fp-badge fp-badge--{html.escape(status)}'>{html.escape(word)}</span>"


def published_words(value: str | None) -> str:
    """'2014-10-27' as '27 October 2014', '2013-11' as 'November 2013'."""
    if not value:
        return ""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    month = MONTHS[parts[1] - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{parts[2]} {month} {parts[0]}"


def figures_html(figures: Iterable[Figure], sources: Mapping[str, Source]) -> str:
    items = []
    for figure in figures:
        why = f"<br><span>Why: {html.escape(figure.why)}</span>" if figure.why else ""
        cited = ", ".join(
            html.escape(sources[s].publisher if s in sources else s) for s in figure.sources
        )
        items.append(
            f"<li><strong class='fp-figure-value'>{html.escape(figure.value)}</strong> "
            f"{badge(figure.status)} {html.escape(figure.claim)}{why}"
            f"<br><span class='fp-muted'>Sources: {cited}</span></li>"
        )
    if not items:
        return ""
    return (
        "<h3>Figures in this episode</h3>"
        "<p>Every number in this course has a status. <strong>Verified</strong>: checked "
        "against the body that produced it. <strong>Reported</strong>: a source states it, "
        "but it is unchecked or narrower than it looks. <strong>Disputed</strong>: the sources "
        "do not back it.</p>"
        f"<ul class='fp-figures'>{''.join(items)}</ul>"
    )


def source_html(source: Source) -> str:
    title = html.escape(source.title)
    if source.url and is_safe_link(source.url):
        title = (
            f"<a href='{html.escape(source.url)}' target='_blank' rel='noopener noreferrer'>"
            f"{title}{NEW_TAB_NOTE}</a>"
        )
    when = published_words(source.published)
    kind = (
        "the body that produced the facts"
        if source.kind == "primary"
        else "a third party reporting them"
    )
    parts = [f"{title}. {html.escape(source.publisher)}"]
    if when:
        parts.append(f", {html.escape(when)}")
    parts.append(f". Source type: {kind}.")
    if source.note:
        parts.append(f" <span class='fp-muted'>{html.escape(source.note)}</span>")
    return "<li>" + "".join(parts) + "</li>"


def sources_html(sources: Iterable[Source]) -> str:
    items = "".join(source_html(source) for source in sources)
    return f"<h3>Sources</h3><ul class='fp-sources'>{items}</ul>" if items else ""


def cases_html(cases: Iterable[tuple[str, str]], linked: bool) -> str:
    """The episode's case studies as (id, title), linked when the case-study app exists."""
    items = []
    for case_id, title in cases:
        text = html.escape(title)
        if linked:
            href = html.escape(f"case_studies.ipynb?case={case_id}")
            text = f"<a href='{href}'>{text}</a>"
        items.append(f"<li>{text}</li>")
    if not items:
        return ""
    where = (
        "Open one to follow the story step by step."
        if linked
        else "Your facilitator can take you through them."
    )
    return f"<h3>Case studies for this episode</h3><p>{where}</p><ul>{''.join(items)}</ul>"
