"""The record of completion as one stand-alone web page, to print or attach to a CPD log.

Inline CSS, no scripts, nothing fetched from elsewhere: it opens the same on any
computer. The learner typed their name, so it and every other text is escaped.
"""

from __future__ import annotations

from html import escape

from firstpost.core.learning.completion import QUIZ_NOTE, CompletionRecord, long_date

CSS = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.45;
  color: #0b0c0c; background: #fff; margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; border-bottom: 2px solid #0b0c0c; }
p.meta { color: #505a5f; margin: 0 0 1rem; }
dl { display: grid; grid-template-columns: 14rem 1fr; gap: 0.2rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
th, td { border: 1px solid #b1b4b6; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
td.signature { height: 2.5rem; }
@media print { @page { size: A4; margin: 14mm; } main { padding: 0; } tr { break-inside: avoid; } }
"""


def record_html(record: CompletionRecord) -> str:
    e = escape
    generated = long_date(record.generated_at.date())
    rows = "".join(
        "<tr>"
        f"<td>{line.number}</td><td>{e(line.title)}</td><td>{line.minutes} minutes</td>"
        f"<td>{e(line.status)}</td><td>{e(long_date(line.completed))}</td>"
        f"<td>{e(line.score.describe(first_try=True))}</td>"
        "</tr>"
        for line in record.lines
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en-GB"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Record of completion: {e(record.learner_name)}</title>",
        f"<style>{CSS}</style></head><body><main>",
        "<h1>Record of completion</h1>",
        f'<p class="meta">{e(record.course_title)}. Record made on {e(generated)}.</p>',
        "<dl>",
        f"<dt>Learner</dt><dd>{e(record.learner_name)}</dd>",
        f"<dt>Episodes done</dt><dd>{record.episodes_done} of {len(record.lines)}</dd>",
        f"<dt>Learning time done</dt><dd>{record.minutes_done} minutes "
        f"(the course takes {record.total_minutes} minutes in all)</dd>",
        "</dl>",
        "<h2>Episodes</h2>",
        "<table><caption>Each episode, when it was done and the quiz result</caption>",
        '<thead><tr><th scope="col">No.</th><th scope="col">Episode</th>'
        '<th scope="col">Time</th><th scope="col">Status</th><th scope="col">Done on</th>'
        '<th scope="col">Quiz</th></tr></thead>',
        f"<tbody>{rows}</tbody></table>",
        f"<p>{e(QUIZ_NOTE)}</p>",
    ]
    if record.include_answers:
        parts.append(_answers_html(record))
    parts += [
        "<h2>Reflection and sign-off</h2>",
        "<table><caption>For your CPD log</caption><tbody>",
        '<tr><th scope="row">What I will do differently</th><td class="signature"></td></tr>',
        '<tr><th scope="row">Manager or supervisor</th><td class="signature"></td></tr>',
        '<tr><th scope="row">Date</th><td class="signature"></td></tr>',
        "</tbody></table>",
        "</main></body></html>",
    ]
    return "\n".join(parts)


def _answers_html(record: CompletionRecord) -> str:
    e = escape
    if not record.answers:
        return "<h2>Your quiz answers</h2><p>No quiz answers are saved.</p>"
    rows = "".join(
        "<tr>"
        f"<td>{e(a.episode_title)}</td><td>{a.question_number}. {e(a.prompt)}</td>"
        f"<td>{e('; '.join(a.chosen))}</td><td>{'Right' if a.correct else 'Not right'}</td>"
        f"<td>{a.attempts}</td></tr>"
        for a in record.answers
    )
    note = (
        f"<p>{record.retired_answers} saved answers are to questions that have since "
        "changed, so they are not shown.</p>"
        if record.retired_answers
        else ""
    )
    return (
        "<h2>Your quiz answers</h2>"
        "<table><caption>Your latest answer to each question</caption>"
        '<thead><tr><th scope="col">Episode</th><th scope="col">Question</th>'
        '<th scope="col">Your answer</th><th scope="col">Result</th>'
        '<th scope="col">Tries</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>{note}"
    )
