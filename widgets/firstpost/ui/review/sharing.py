"""What a finished review leaves behind: its place in the plan's history, and the files.

The Word and Markdown files are the plan's own documents with the review as their last
section, so a manager gets one document, not two to read side by side.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from firstpost.core.export import ExportContext
from firstpost.core.plan.model import Plan
from firstpost.core.plan.records import describe_time
from firstpost.core.review.export import actuals_csv, plan_and_review_docx, plan_and_review_markdown
from firstpost.core.review.model import RECOMMENDATION_SHORT, PilotReview
from firstpost.core.review.store import ReviewVersion
from firstpost.ui.downloads import safe_filename

DOWNLOADS = (
    ("docx", "The plan with its review, for managers (Word, .docx)"),
    ("md", "The plan with its review as plain text (Markdown, .md)"),
    ("csv", "The actual figures as a spreadsheet (.csv)"),
)


def versions_html(versions: list[ReviewVersion]) -> str:
    if not versions:
        return "<p class='fp-muted'>Not saved with the plan yet.</p>"
    rows = "".join(
        f"<tr><td>Version {v.version_number}</td>"
        f"<td>{html.escape(RECOMMENDATION_SHORT.get(v.recommendation, '-'))}</td>"
        f"<td>{html.escape(describe_time(v.saved_at))}</td><td>{html.escape(v.saved_by)}</td></tr>"
        for v in versions
    )
    return (
        '<table class="fp-table"><caption>Reviews saved with the plan</caption><thead><tr>'
        "<th scope='col'>Plan version</th><th scope='col'>Recommendation</th>"
        "<th scope='col'>Saved (UTC)</th><th scope='col'>By</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def review_file(
    kind: str, plan: Plan, review: PilotReview, plan_id: str, version: int | None
) -> tuple[str, bytes]:
    """(file name, contents) for one of DOWNLOADS."""
    ctx = ExportContext(generated_at=datetime.now(UTC), plan_id=plan_id)
    stem = f"{plan.title or 'pilot'} review"
    if kind == "docx":
        return safe_filename(stem, "docx"), plan_and_review_docx(plan, review, ctx, version)
    if kind == "md":
        return safe_filename(stem, "md"), plan_and_review_markdown(plan, review, ctx, version)
    return safe_filename(f"{stem} figures", "csv"), actuals_csv(plan, review)
