"""The record of completion as a Word document, for CPD files kept in Word.

python-docx is imported inside the function: it is slow to load and most page
views never export anything.
"""

from __future__ import annotations

import io
import re

from firstpost.core.learning.completion import QUIZ_NOTE, CompletionRecord, long_date

# Characters XML 1.0 cannot hold; python-docx refuses them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def record_docx(record: CompletionRecord) -> bytes:
    from docx import Document

    doc = Document()
    props = doc.core_properties
    props.title = _clean(f"Record of completion: {record.learner_name}")[:250]
    props.author = _clean(record.learner_name)[:250]
    props.subject = _clean(record.course_title)[:250]
    props.created = record.generated_at.replace(tzinfo=None)
    props.modified = record.generated_at.replace(tzinfo=None)
    props.last_modified_by = "First Post"
    props.comments = ""

    doc.add_heading("Record of completion", level=0)
    doc.add_paragraph(
        _clean(f"{record.course_title}. Record made on {long_date(record.generated_at.date())}.")
    )
    facts = [
        ("Learner", record.learner_name),
        ("Episodes done", f"{record.episodes_done} of {len(record.lines)}"),
        (
            "Learning time done",
            f"{record.minutes_done} minutes (the course takes {record.total_minutes} "
            "minutes in all)",
        ),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = _clean(value)

    doc.add_heading("Episodes", level=1)
    headers = ["No.", "Episode", "Time", "Status", "Done on", "Quiz"]
    rows = [
        [
            str(line.number),
            line.title,
            f"{line.minutes} minutes",
            line.status,
            long_date(line.completed),
            line.score.describe(first_try=True),
        ]
        for line in record.lines
    ]
    _table(doc, headers, rows)
    doc.add_paragraph(QUIZ_NOTE)

    if record.include_answers:
        doc.add_heading("Your quiz answers", level=1)
        if record.answers:
            _table(
                doc,
                ["Episode", "Question", "Your answer", "Result", "Tries"],
                [
                    [
                        a.episode_title,
                        f"{a.question_number}. {a.prompt}",
                        "; ".join(a.chosen),
                        "Right" if a.correct else "Not right",
                        str(a.attempts),
                    ]
                    for a in record.answers
                ],
            )
        else:
            doc.add_paragraph("No quiz answers are saved.")
        if record.retired_answers:
            doc.add_paragraph(
                f"{record.retired_answers} saved answers are to questions that have since "
                "changed, so they are not shown."
            )

    doc.add_heading("Reflection and sign-off", level=1)
    sign = doc.add_table(rows=0, cols=2)
    sign.style = "Table Grid"
    for label in ("What I will do differently", "Manager or supervisor", "Date"):
        cells = sign.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _table(doc, headers: list[str], rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import OxmlElement

    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(header).bold = True
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = _clean(value)
