"""The HTML parts of a case view: figures with badges, sources and facilitator notes.

Everything from the case files is escaped here: the files are content, not markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from firstpost.core.case_studies.badges import FigureBadge, SourceView
from firstpost.core.case_studies.discussion import FacilitatorNotes

esc = html.escape


def source_item(source: SourceView) -> str:
    text = esc(source.citation)
    if source.url:
        return f'<li><a href="{esc(source.url)}" rel="noopener" target="_blank">{text}</a></li>'
    return f"<li>{text}</li>"


def badge_html(status: str, label: str) -> str:
    return f'<span class="fp-badge fp-badge--{esc(status)}">{esc(label)}</span>'


def figure_html(figure: FigureBadge) -> str:
    parts = [
        f'<div class="fp-cs-figure fp-cs-figure--{esc(figure.status)}">',
        f'<p class="fp-cs-figure-head"><span class="fp-cs-value">{esc(figure.value)}</span> '
        f"{badge_html(figure.status, figure.label)}</p>",
        f"<p>{esc(figure.claim)}</p>",
        f'<p class="fp-muted">{esc(figure.label)} means {esc(figure.meaning)}.</p>',
    ]
    if figure.why:
        parts.append(f"<p><strong>Why {esc(figure.label.lower())}:</strong> {esc(figure.why)}</p>")
    if figure.related:
        items = "".join(
            f"<li>{esc(r.value)} ({esc(r.status)}): {esc(r.claim)}</li>" for r in figure.related
        )
        # "What the sources do show" only fits a figure the sources do not back.
        lead = "What the sources do show" if figure.status == "disputed" else "Related figures"
        parts.append(f"<p>{lead}:</p><ul>{items}</ul>")
    sources = "".join(source_item(s) for s in figure.sources)
    parts.append(f"<p>Sources:</p><ul>{sources}</ul></div>")
    return "".join(parts)


def figures_html(figures: Sequence[FigureBadge]) -> str:
    head = "<h3>The figures, and how far to trust them</h3>"
    if not figures:
        return head + "<p>This case quotes no figures.</p>"
    intro = (
        "<p>Every number comes with its status: <strong>verified</strong>, "
        "<strong>reported</strong> or <strong>disputed</strong>. Doubtful ones come first. "
        "Repeat a figure only with its status.</p>"
    )
    return head + intro + "".join(figure_html(f) for f in figures)


def sources_html(sources: Sequence[SourceView]) -> str:
    items = "".join(source_item(s) for s in sources)
    return f"<h3>Sources for this case</h3><ul class='fp-cs-sources'>{items}</ul>"


def notes_html(notes: FacilitatorNotes) -> str:
    decisions = "".join(
        f"<li><p>{esc(prompt)}</p><ul>{''.join(f'<li>{esc(o)}</li>' for o in options)}</ul></li>"
        for prompt, options in notes.decisions
    )
    warnings = "".join(f"<li>{esc(w)}</li>" for w in notes.figure_warnings)
    reminders = "".join(f"<li>{esc(r)}</li>" for r in notes.reminders)
    parts = [
        '<section class="fp-cs-notes" aria-label="Facilitator notes">',
        "<h3>Facilitator notes</h3>",
        "<p class='fp-muted'>Shown because this page was opened in facilitator mode. "
        "Participants do not see these notes.</p>",
        f"<p>{esc(notes.timing)}</p>",
        f"<ul>{reminders}</ul>",
    ]
    if decisions:
        parts.append(f"<h4>Every option and its feedback</h4><ol>{decisions}</ol>")
    if warnings:
        parts.append(f"<h4>If someone quotes these figures</h4><ul>{warnings}</ul>")
    parts.append("</section>")
    return "".join(parts)
