"""Word documents for the facilitator tools: the workshop pack, surgery report and pilot review.

They use the same building blocks as the plan's sign-off document (facts, tables,
bullets, paragraphs from `firstpost.core.export.outline`), so a plan reads the same
inside a workshop pack as on its own. Charts go in as pictures with their alt text set,
always followed by a table of the same numbers. python-docx is imported only here and
only when a document is made.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from firstpost.core.export.docx import clean
from firstpost.core.export.outline import Block, Bullets, Facts, Para, Section, Table

if TYPE_CHECKING:
    from docx.document import Document


def new_document(title: str, *, author: str, subject: str, moment: datetime) -> Document:
    """An A4 document with its properties filled in from what is passed (never the clock)."""
    import docx
    from docx.shared import Cm

    doc = docx.Document()
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2))
    props = doc.core_properties
    naive = moment.replace(tzinfo=None)
    props.title = clean(title[:255])
    props.author = clean(author[:255]) or "First Post"
    props.last_modified_by = props.author
    props.subject = subject
    props.language = "en-GB"
    props.created = naive
    props.modified = naive
    props.revision = 1
    doc.add_heading(clean(title), level=0)
    return doc


def _header_row(table) -> None:  # type: ignore[no-untyped-def]
    """Repeat the header row at the top of each page when a table runs on."""
    from docx.oxml import OxmlElement

    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def add_table(
    doc: Document, caption: str, headers: Sequence[str], rows: Iterable[Sequence[str]]
) -> None:
    doc.add_paragraph().add_run(clean(caption)).bold = True
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(clean(header)).bold = True
    _header_row(table)
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = clean(str(value))


def add_facts(doc: Document, items: Iterable[tuple[str, str]]) -> None:
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in items:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(clean(label)).bold = True
        cells[1].text = clean(value)


def add_blocks(doc: Document, blocks: Iterable[Block]) -> None:
    for block in blocks:
        if isinstance(block, Facts):
            add_facts(doc, block.items)
        elif isinstance(block, Table):
            add_table(doc, block.caption, block.headers, block.rows)
        elif isinstance(block, Bullets):
            for item in block.items:
                doc.add_paragraph(clean(item), style="List Bullet")
        elif isinstance(block, Para):
            doc.add_paragraph(clean(block.text))


def add_sections(doc: Document, sections: Iterable[Section], level: int = 1) -> None:
    for section in sections:
        doc.add_heading(clean(section.heading), level=level)
        add_blocks(doc, section.blocks)


def add_chart(doc: Document, png: bytes, alt: str, width_cm: float = 15) -> None:
    """A chart picture whose alt text screen readers in Word will read out."""
    from docx.shared import Cm

    shape = doc.add_picture(io.BytesIO(png), width=Cm(width_cm))
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", clean(alt))
    doc_pr.set("title", clean(alt[:100]))


def page_break(doc: Document) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def to_bytes(doc: Document) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def open_document(data: bytes) -> Document:
    import docx

    return docx.Document(io.BytesIO(data))


def document_text(data: bytes) -> str:
    """Every paragraph and table cell's text, in order: for tests and for checks by eye."""
    doc = open_document(data)
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)
