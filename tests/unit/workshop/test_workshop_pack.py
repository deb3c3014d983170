"""The workshop pack: one Word document of every plan, and a zip of each plan's files."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, datetime

from firstpost.core.plan import plan_from_json
from firstpost.core.workshop.documents import document_text
from firstpost.core.workshop.overview import workshop_columns
from firstpost.core.workshop.pack import overview_csv, pack_docx, pack_zip, safe_name

MOMENT = datetime(2026, 11, 26, 16, 30, tzinfo=UTC)


def test_word_pack_has_the_comparison_then_every_plan_in_full(plans, workshop):
    columns = workshop_columns(plans, "NOV26")
    text = document_text(pack_docx("NOV26", columns, MOMENT))
    assert text.startswith("Workshop pack: NOV26\n3 plans with the workshop code NOV26.")
    assert "Porters | bo | (blank) | (blank) | 0 | 0 | 0 |" in text
    for title in ("Adult care pilot", "Porters", "Children's social worker recruitment pilot"):
        assert text.count(title) >= 2  # in the comparison table and as a plan's heading
    assert text.count("Sign-off") == 3
    assert "Elsewhere" not in text


def test_zip_holds_the_pack_and_a_folder_of_usual_files_per_plan(plans, workshop):
    columns = workshop_columns(plans, "NOV26")
    with zipfile.ZipFile(io.BytesIO(pack_zip("NOV26", columns, MOMENT))) as archive:
        names = archive.namelist()
        assert "workshop-NOV26/workshop-pack.docx" in names
        assert "workshop-NOV26/plans-side-by-side.csv" in names
        folder = "workshop-NOV26/01-Adult-care-pilot/"
        assert sorted(n.removeprefix(folder) for n in names if n.startswith(folder)) == [
            f"Adult-care-pilot{suffix}"
            for suffix in (".csv", ".docx", ".html", ".ics", ".json", ".md")
        ]
        plan, problems = plan_from_json(archive.read(folder + "Adult-care-pilot.json"))
        assert problems == [] and plan == columns[0].plan
        assert all(info.date_time == (2026, 11, 26, 16, 30, 0) for info in archive.infolist())
        assert (
            json.loads(archive.read(folder + "Adult-care-pilot.json"))["format"] == "firstpost-plan"
        )


def test_overview_spreadsheet_has_a_row_per_plan(plans, workshop):
    rows = list(
        csv.reader(io.StringIO(overview_csv(workshop_columns(plans, "NOV26")).decode("utf-8-sig")))
    )
    assert rows[0][0] == "Plan" and len(rows) == 4


def test_names_from_titles_are_safe_for_any_computer():
    assert safe_name("Nurses / porters: <spring>") == "Nurses-porters-spring"
    assert safe_name("???", "plan") == "plan"


def test_a_saved_pilot_review_travels_with_its_plan_in_the_pack(plans, workshop):
    from firstpost.core.review.model import PilotReview
    from firstpost.core.review.store import ReviewStore
    from firstpost.core.workshop.pack import saved_reviews

    reviews = ReviewStore(plans._engine)
    lesson = "Short <b>videos</b> on LinkedIn worked best"
    review = PilotReview(recommendation="scale-up", lessons=lesson)
    reviews.save_with_plan(plans, workshop["second"], review, "local:fran")
    columns = workshop_columns(plans, "NOV26")
    extra = saved_reviews(reviews, columns)
    assert [bool(extra[c.plan_id]) for c in columns].count(True) == 1

    text = document_text(pack_docx("NOV26", columns, MOMENT, extra))
    assert text.count("Pilot review") == 1 and lesson in text
    assert text.index("Adult care pilot\n") < text.index(lesson)  # in that plan's own part
    assert lesson not in document_text(pack_docx("NOV26", columns, MOMENT))

    with zipfile.ZipFile(io.BytesIO(pack_zip("NOV26", columns, MOMENT, extra))) as archive:
        reviewed = archive.read("workshop-NOV26/01-Adult-care-pilot/Adult-care-pilot.md")
        assert lesson.replace("<b>", "").split()[0].encode() in reviewed
        assert b"Pilot review" in reviewed
        other = [n for n in archive.namelist() if n.endswith(".md") and "Adult-care" not in n]
        assert other and all(b"Pilot review" not in archive.read(n) for n in other)
