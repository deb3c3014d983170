"""The check's result as HTML: traffic light, the draft with words highlighted, findings.

Colour is never the only signal: the verdict says "Red", "Amber" or "Green" in
words, each highlight carries a numbered reference to its finding, and highlights
differ in underline style as well as colour. Everything the person typed is escaped.
"""

from __future__ import annotations

import html
import itertools

from firstpost.core.checks import CHECK_NAMES, SEVERITIES, VERDICT_WORDS, CheckResult, Finding
from firstpost.core.checks.findings import SEVERITY_RANK
from firstpost.ui.check_post.resources import CheckerResources

SEVERITY_TITLES = {
    "stop": "Must change before posting",
    "fix": "Should change before posting",
    "consider": "Worth a thought",
}
SEVERITY_BADGES = {"stop": "Stop", "fix": "Fix", "consider": "Consider"}
COUNT_WORDS = {"stop": "must change", "fix": "should change", "consider": "worth a thought"}
QUOTE_LIMIT = 80

EMPTY_HTML = (
    '<div class="fp-cp-verdict fp-cp-verdict--none" role="status"><p>Type or paste a draft '
    "above. The checks run as you type.</p></div>"
)


def verdict_html(result: CheckResult) -> str:
    colour = result.verdict
    counts = result.counts()
    summary = ", ".join(f"{counts[s]} {COUNT_WORDS[s]}" for s in SEVERITIES if counts[s])
    summary = (
        summary or "No problems found. A second person should still read it before it goes out."
    )
    return (
        f'<div class="fp-cp-verdict fp-cp-verdict--{colour}" role="status">'
        f'<p class="fp-cp-light"><span class="fp-cp-lamp" aria-hidden="true"></span>'
        f"<strong>{html.escape(VERDICT_WORDS[colour])}.</strong></p>"
        f"<p>{html.escape(summary)}.</p></div>"
    )


def numbered(result: CheckResult) -> list[tuple[int, Finding]]:
    return list(enumerate(result.findings, start=1))


def highlighted_html(result: CheckResult) -> str:
    """The draft with each finding's words marked and numbered, line breaks kept."""
    text = result.text
    size = len(text)
    cover: list[tuple[int, int, int, str]] = []
    last_end: dict[int, list[int]] = {}
    points = {0, size}
    for number, finding in numbered(result):
        spans = [(max(0, s), min(size, e)) for s, e in finding.all_spans]
        spans = [(s, e) for s, e in spans if e > s]
        for start, end in spans:
            cover.append((start, end, number, finding.severity))
            points.update((start, end))
        if spans:
            last_end.setdefault(max(e for _, e in spans), []).append(number)
    bounds = sorted(points)
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        piece = html.escape(text[a:b])
        covering = [severity for s, e, _n, severity in cover if s <= a and b <= e]
        if covering:
            worst = min(covering, key=SEVERITY_RANK.__getitem__)
            out.append(f'<mark class="fp-cp-mark fp-cp-mark--{worst}">{piece}</mark>')
        else:
            out.append(piece)
        for number in last_end.get(b, ()):
            out.append(
                f'<sup class="fp-cp-ref"><a href="#fp-cp-finding-{number}">'
                f'<span class="fp-cp-hidden">finding </span>{number}</a></sup>'
            )
    return f'<div class="fp-cp-draft">{"".join(out)}</div>'


def _quote(result: CheckResult, finding: Finding) -> str:
    quote = result.quote(finding).strip()
    if not quote:
        return ""
    if len(quote) > QUOTE_LIMIT:
        quote = quote[: QUOTE_LIMIT - 1].rstrip() + "…"
    return f'<p class="fp-cp-quote">In the draft: <q>{html.escape(quote)}</q></p>'


def finding_html(
    number: int, finding: Finding, result: CheckResult, resources: CheckerResources
) -> str:
    more = resources.learn_more(finding)
    links = (
        '<p class="fp-cp-more">Learn more: '
        + "; ".join(
            f'<a href="{html.escape(link.href)}">{html.escape(link.label)}</a>' for link in more
        )
        + "</p>"
        if more
        else ""
    )
    cites = resources.citations(finding)
    sources = (
        '<p class="fp-cp-source fp-muted">Source: '
        + "; ".join(html.escape(citation) for citation, _url in cites)
        + "</p>"
        if cites
        else ""
    )
    return (
        f'<li id="fp-cp-finding-{number}" class="fp-cp-finding fp-cp-finding--{finding.severity}">'
        f'<p><span class="fp-cp-badge fp-cp-badge--{finding.severity}">'
        f"{number}. {SEVERITY_BADGES[finding.severity]}</span> "
        f"<strong>{html.escape(CHECK_NAMES.get(finding.check, finding.check))}:</strong> "
        f"{html.escape(finding.message)}</p>"
        f"{_quote(result, finding)}"
        f"<p><strong>What to do:</strong> {html.escape(finding.suggestion)}</p>"
        f"{links}{sources}</li>"
    )


def findings_html(result: CheckResult, resources: CheckerResources) -> str:
    if not result.findings:
        return ""
    parts = ["<h2>What the checks found</h2>"]
    items = numbered(result)
    for severity in SEVERITIES:
        group = [(n, f) for n, f in items if f.severity == severity]
        if not group:
            continue
        parts.append(f"<h3>{SEVERITY_TITLES[severity]} ({len(group)})</h3>")
        parts.append(f'<ol class="fp-cp-findings" start="{group[0][0]}">')
        parts.extend(finding_html(n, f, result, resources) for n, f in group)
        parts.append("</ol>")
    return "".join(parts)


def measures_html(result: CheckResult) -> str:
    if not result.measures:
        return ""
    rows = "".join(
        f"<tr><th scope='row'>{html.escape(m.label)}</th><td>{html.escape(m.value)}</td>"
        f"<td>{html.escape(m.note)}</td></tr>"
        for m in result.measures
    )
    return (
        '<table class="fp-table fp-cp-measures"><caption>Counts and scores</caption>'
        "<thead><tr><th scope='col'>What</th><th scope='col'>Result</th>"
        f"<th scope='col'>Notes</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def draft_section_html(result: CheckResult) -> str:
    if not result.findings:
        return ""
    return (
        "<h2>Your draft, with the words to look at highlighted</h2>"
        '<p class="fp-muted">Each highlight ends with the number of the point below that '
        "explains it.</p>" + highlighted_html(result)
    )


def result_html(result: CheckResult, resources: CheckerResources) -> str:
    """Everything below the verdict: the marked-up draft, the findings and the measures."""
    return draft_section_html(result) + findings_html(result, resources) + measures_html(result)
