"""A participant's answers to one case as a record to keep: Markdown or a Word document.

Both formats are drawn from one outline, so they always say the same thing. HR teams
keep records in Word; the Markdown version opens in any text editor. Everything a
person typed is marked as such in the outline: the Markdown escapes it, so a viewer
cannot run or show markup someone pasted in, and the Word file strips characters
Word cannot hold.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from typing import Literal

from firstpost.core.case_studies.answers import CaseAnswers
from firstpost.core.case_studies.controls import CONTROL_LABELS
from firstpost.core.case_studies.staging import option_letter
from firstpost.core.content.case_studies import CaseStudy
from firstpost.core.content.controls import CONTROLS

Style = Literal["title", "heading", "subheading", "para", "bullet"]

# Characters XML 1.0 cannot hold; python-docx refuses them, and a paste can carry them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class Block:
    """One line or paragraph of the record; `typed` marks text a person wrote."""

    style: Style
    text: str
    typed: bool = False


def answers_outline(
    case: CaseStudy, answers: CaseAnswers, person: str = "", saved_at: str = ""
) -> tuple[Block, ...]:
    """The record's content, in reading order."""
    intro = f"{case.organisation}, {case.date}."
    blocks = [Block("title", f"Case study review: {case.title}"), Block("para", intro)]
    if person:
        when = f", saved {saved_at}" if saved_at else ""
        blocks.append(Block("para", f"Answers of {person}{when}.", typed=True))
    blocks.append(Block("heading", "Your decisions"))
    chosen = answers.choice_map
    for index, point in enumerate(case.decision_points):
        blocks.append(Block("subheading", f"{index + 1}. {point.prompt}"))
        option = chosen.get(index)
        if option is None or option >= len(point.options):
            blocks.append(Block("para", "Not answered yet."))
            continue
        picked = point.options[option]
        blocks.append(Block("para", f"You chose {option_letter(option)}: {picked.text}"))
        blocks.append(Block("para", picked.feedback))
    if not case.decision_points:
        blocks.append(Block("para", "This case has no decisions to make."))
    blocks.append(Block("heading", "Your notes"))
    written = [r for r in answers.reflections if r.text.strip()]
    for reflection in written:
        blocks.append(Block("subheading", reflection.prompt))
        blocks.append(Block("para", reflection.text.strip(), typed=True))
    if not written:
        blocks.append(Block("para", "No notes written."))
    blocks.append(Block("heading", "Controls you added to your plan's risk register"))
    for control in answers.controls:
        blocks.append(Block("bullet", f"{CONTROL_LABELS[control]}: {CONTROLS[control]}"))
    if not answers.controls:
        blocks.append(Block("para", "None yet."))
    blocks.append(Block("heading", "Lessons from this case"))
    blocks += [Block("bullet", lesson.lesson) for lesson in case.lessons]
    return tuple(blocks)


_MARKDOWN_PREFIX = {
    "title": "# ",
    "heading": "## ",
    "subheading": "### ",
    "para": "",
    "bullet": "- ",
}


def answers_markdown(
    case: CaseStudy, answers: CaseAnswers, person: str = "", saved_at: str = ""
) -> str:
    """The record as Markdown; typed text is HTML-escaped."""
    lines: list[str] = []
    for block in answers_outline(case, answers, person, saved_at):
        text = html.escape(block.text) if block.typed else block.text
        if block.style == "bullet":
            lines.append(f"- {text}")
            continue
        if lines and lines[-1].startswith("- "):
            lines.append("")
        lines += [_MARKDOWN_PREFIX[block.style] + text, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def answers_docx(
    case: CaseStudy, answers: CaseAnswers, person: str = "", saved_at: str = ""
) -> bytes:
    """The record as a Word document. python-docx is imported here: it is slow to load."""
    from docx import Document

    doc = Document()
    props = doc.core_properties
    props.title = _clean(f"Case study review: {case.title}")[:250]
    props.author = _clean(person)[:250] or "First Post"
    props.last_modified_by = "First Post"
    props.subject = "Case study review"
    props.comments = ""
    levels = {"title": 0, "heading": 1, "subheading": 2}
    for block in answers_outline(case, answers, person, saved_at):
        text = _clean(block.text)
        if block.style in levels:
            doc.add_heading(text, level=levels[block.style])
        elif block.style == "bullet":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
