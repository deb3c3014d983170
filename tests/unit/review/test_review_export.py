"""The plan's documents with the review as their last section, and the figures as CSV."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime

import pytest

from firstpost.core.export import ExportContext
from firstpost.core.review.calculations import review_totals
from firstpost.core.review.charts import chain_chart, channel_chart
from firstpost.core.review.export import (
    actuals_csv,
    plan_and_review_docx,
    plan_and_review_markdown,
    review_section,
)
from firstpost.core.review.model import LabelledActual, PilotReview, fitted_to_plan
from firstpost.core.workshop.documents import document_text

CTX = ExportContext(generated_at=datetime(2030, 6, 1, 9, tzinfo=UTC), plan_id="abc123")


@pytest.fixture
def review(example) -> PilotReview:
    review = fitted_to_plan(example, PilotReview())
    rows = list(review.rows)
    rows[1] = rows[1].model_copy(
        update={
            "impressions": "9,000",
            "clicks": "300",
            "applications": "8",
            "hires": "1",
            "cost": "£250",
            "time_to_hire": "11",
        }
    )
    rows[2] = rows[2].model_copy(update={"applications": '=HYPERLINK("x")', "hires": "1"})
    measures = tuple(
        LabelledActual(label=m.label, actual="£3,100" if m.label == "Cost per hire" else "")
        for m in review.measure_actuals
    )
    return review.model_copy(
        update={
            "rows": tuple(rows),
            "measure_actuals": measures,
            "recommendation": "adjust",
            "reasons": "LinkedIn brought applicants; Facebook did not.",
            "lessons": "Post on LinkedIn at 9am\nDrop Facebook",
            "vacancy_rate": "16",
        }
    )


def test_word_file_is_the_sign_off_document_followed_by_the_review(example, review):
    data = plan_and_review_docx(example, review, CTX, version=4)
    text = document_text(data)
    assert text.index("Sign-off") < text.index("Pilot review")
    assert "Adjust: run it again with changes" in text
    assert "Saved with the plan as | Version 4" in text
    assert "Drop Facebook" in text
    assert (
        "Cost per hire | £4,200 (2029, with agency support) | £3,000 or less | £3,100 | Better than the baseline, short of the target"
        in text
    )
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        body = docx.read("word/document.xml").decode()
    assert 'descr="Bar chart along the GCS chain' in body
    assert 'descr="Bar chart of applications and hires by channel' in body


def test_markdown_has_the_review_after_the_plan(example, review):
    text = plan_and_review_markdown(example, review, CTX).decode()
    assert text.startswith("# Children")
    assert "\n## Pilot review\n" in text
    assert "- **Recommendation:** Adjust: run it again with changes" in text
    assert "| Outputs | Impressions | 9,000 (1 of 6 rows given) |" in text


def test_the_figures_spreadsheet_keeps_what_was_typed_but_never_a_formula(example, review):
    rows = list(csv.reader(io.StringIO(actuals_csv(example, review).decode("utf-8-sig"))))
    assert rows[0][:3] == ["Post and channel", "Channel", "Impressions"]
    assert rows[2][:3] == [
        "1. Children's social worker, Family Support team on LinkedIn",
        "linkedin",
        "9,000",
    ]
    assert rows[3][4] == '\'=HYPERLINK("x")'


def test_charts_describe_their_figures(example, review):
    totals = review_totals(example, review)
    chain = chain_chart(example, totals)
    assert "impressions 9,000" in chain.alt and "hires 2" in chain.alt
    assert "vacancy rate: baseline 18%, target 15%, now 16%" in chain.alt
    assert "LinkedIn: 8 applications, 1 hire" in channel_chart(totals).alt


def test_an_empty_review_still_makes_a_readable_section(example):
    section = review_section(example, fitted_to_plan(example, PilotReview()))
    facts = dict(section.blocks[0].items)
    assert facts["Recommendation"] == "(not chosen yet)"
    assert chain_chart(example, review_totals(example, PilotReview())) is None
