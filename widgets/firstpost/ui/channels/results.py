"""The ranking as HTML: the shortlist with its reasons, the notes, and every "why not".

Plain functions from core records to strings, so the widget tests can read exactly
what a participant sees. Everything from the content or the question is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Mapping, Sequence
from typing import Any
from urllib.parse import quote

from firstpost.core.channels import CRITERIA, Citation, Ranking, Reason
from firstpost.core.channels.scoring import ChannelResult

# The course episode that goes with each purpose; "staying-safe" goes with all of them.
PURPOSE_EPISODES = {
    "recruitment": "social-recruitment",
    "employer-brand": "social-recruitment",
    "onboarding": "social-onboarding",
    "learning": "social-learning",
}
SAFETY_EPISODE = "staying-safe"


def _e(text: object) -> str:
    return html.escape(str(text))


def citation_html(citation: Citation) -> str:
    label = _e(citation.label)
    if citation.url:
        label = f'<a href="{_e(citation.url)}" title="{_e(citation.title)}">{label}</a>'
    return label


def reason_html(reason: Reason) -> str:
    parts = [_e(reason.text)]
    if reason.citations:
        cites = "; ".join(citation_html(c) for c in reason.citations)
        parts.append(f'<span class="fp-cite">(source: {cites})</span>')
    for figure in reason.figures:
        parts.append(
            f'<span class="fp-badge fp-badge--{_e(figure.status)}" title="{_e(figure.why)}">'
            f"{_e(figure.value)}: {_e(figure.status)}</span>"
        )
    return " ".join(parts)


def _scores_table(result: ChannelResult) -> str:
    rows = "".join(
        f"<tr><th scope=row>{_e(c.label)}</th><td>{c.score:.0%}</td><td>{c.weight}</td>"
        f"<td>{c.points:.1f}</td></tr>"
        for c in result.criteria
    )
    return (
        f'<table class="fp-table fp-channel-scores"><caption>How {_e(result.name)} scored'
        "</caption><thead><tr><th scope=col>Criterion</th><th scope=col>Mark</th>"
        "<th scope=col>Weight</th><th scope=col>Points</th></tr></thead>"
        f"<tbody>{rows}<tr><th scope=row>Total</th><td></td><td></td>"
        f"<td><strong>{result.total:.1f}</strong></td></tr></tbody></table>"
    )


def _card(number: int, result: ChannelResult, channel: Any | None) -> str:
    kind = "Social media" if result.social else "Not social media"
    reasons = "".join(f"<li>{reason_html(r)}</li>" for r in result.reasons)
    access = ""
    if channel is not None and channel.accessibility:
        items = "".join(f"<li>{_e(note)}</li>" for note in channel.accessibility)
        access = (
            f"<details><summary>Accessibility notes for {_e(result.name)}</summary>"
            f"<ul>{items}</ul></details>"
        )
    checked = ""
    if channel is not None:
        day = channel.last_checked
        checked = f" Facts last checked {day.day} {day:%B %Y}."
    return (
        f'<li class="fp-channel"><h3>{number}. {_e(result.name)} '
        f'<span class="fp-channel-score">{result.total:.0f} out of 100</span></h3>'
        f'<p class="fp-channel-kind">{kind}; about {result.effort_hours:g} h a week.{checked}</p>'
        f'<ul class="fp-reasons">{reasons}</ul>{access}{_scores_table(result)}</li>'
    )


def shortlist_html(ranking: Ranking, channels: Mapping[str, Any]) -> str:
    if not ranking.shortlist:
        return '<p class="fp-muted">No channel fits these settings.</p>'
    count = len(ranking.shortlist)
    hours = sum(r.effort_hours for r in ranking.shortlist)
    cards = "".join(
        _card(n, r, channels.get(r.id)) for n, r in enumerate(ranking.shortlist, start=1)
    )
    what = "1 channel" if count == 1 else f"{count} channels, best score first"
    return (
        f"<p>{what}; about {hours:g} staff hours a week in total.</p>"
        f'<ol class="fp-channels">{cards}</ol>'
    )


def notes_html(ranking: Ranking) -> str:
    items = "".join(f"<li>{reason_html(note)}</li>" for note in ranking.notes)
    return f'<h3>Why the shortlist looks like this</h3><ul class="fp-reasons">{items}</ul>'


def trust_html(ranking: Ranking) -> str:
    """Why each number is reported or disputed, as text: a badge's tooltip needs a mouse."""
    if not ranking.figures:
        return ""
    items = "".join(
        f'<li><strong>{_e(f.value)}</strong> <span class="fp-badge fp-badge--{_e(f.status)}">'
        f"{_e(f.status)}</span> {_e(f.why or 'Checked against the original source.')}</li>"
        for f in ranking.figures
    )
    return f'<h3>How far to trust the numbers above</h3><ul class="fp-reasons">{items}</ul>'


def why_not_html(ranking: Ranking) -> str:
    if not ranking.excluded:
        return "<p>Every channel in the kit is on the shortlist.</p>"
    items = "".join(
        f"<li><strong>{_e(r.name)}</strong>: {_e(r.why_not)}</li>" for r in ranking.excluded
    )
    return f'<ul class="fp-whynot">{items}</ul>'


def rules_html() -> str:
    items = "".join(f"<li><strong>{_e(c.label)}</strong>: {_e(c.explains)}</li>" for c in CRITERIA)
    return (
        "<details><summary>How the scores work</summary>"
        "<p>Each criterion gives a mark from 0% to 100%. A channel's score out of 100 is "
        "the marks weighted by the numbers above: 100 × (sum of weight × mark) ÷ (sum of "
        "the weights).</p>"
        f"<ul>{items}</ul>"
        "<p>Retired channels are never recommended. The best route that is not social media "
        "always has a place (Acas advises at least two types of channel), and so does the "
        "best social channel that fits your hours. If the best route would leave no hours "
        "for a social channel, the best route that does leave room is used instead. The "
        "rest are taken by score while your hours last, up to three channels for a gentle "
        "start.</p></details>"
    )


def related_html(
    ranking: Ranking,
    case_studies: Sequence[Any],
    episodes: Sequence[Any],
    built: Collection[str],
) -> str:
    """Case studies about the shortlisted channels and the lessons for this purpose."""
    chosen = [r.id for r in ranking.shortlist]

    def involves(case: Any) -> bool:
        return any(c == pick or pick.startswith(f"{c}-") for c in case.channels for pick in chosen)

    cases = [case for case in case_studies if involves(case)]
    wanted = [PURPOSE_EPISODES.get(ranking.query.purpose, ""), SAFETY_EPISODE]
    lessons = [e for key in wanted for e in episodes if e.id == key]
    parts = []
    if cases:
        link = "case_studies.ipynb" in built
        items = "".join(
            f'<li><a href="case_studies.ipynb?case={quote(c.id)}">{_e(c.title)}</a></li>'
            if link
            else f"<li>{_e(c.title)}</li>"
            for c in cases
        )
        parts.append(f"<h3>Case studies about these channels</h3><ul>{items}</ul>")
    if lessons:
        link = "lessons.ipynb" in built
        items = "".join(
            f'<li><a href="lessons.ipynb?episode={quote(e.id)}">{_e(e.title)}</a></li>'
            if link
            else f"<li>{_e(e.title)}</li>"
            for e in lessons
        )
        parts.append(f"<h3>Lessons to go with it</h3><ul>{items}</ul>")
    if not parts:
        return '<p class="fp-muted">No case studies or lessons cover these channels yet.</p>'
    return "".join(parts)
