"""A one-page HTML summary of the plan, to print or pin to a team channel.

It is a stand-alone file: inline CSS, no scripts, no web fonts, so it opens the same
anywhere and prints cleanly on A4. Every piece of user text goes through
`html.escape`; a plan is typed by people and may contain anything.
"""

from __future__ import annotations

from html import escape

from firstpost.core.export.context import ExportContext
from firstpost.core.export.outline import Bullets, Facts, Para, Table, build_outline
from firstpost.core.plan.model import Plan

CSS = """
:root { color-scheme: light; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4;
  color: #0b0c0c; background: #fff; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.15rem; margin: 1.25rem 0 0.5rem; border-bottom: 2px solid #0b0c0c; }
p.generated { color: #505a5f; margin: 0 0 1rem; }
dl { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: 0.2rem 1rem;
  margin: 0.5rem 0; }
dt { font-weight: bold; }
dd { margin: 0; white-space: pre-line; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
th, td { border: 1px solid #b1b4b6; padding: 0.25rem 0.4rem; text-align: left;
  vertical-align: top; }
th { background: #f3f2f1; }
td.signature { height: 2.5rem; min-width: 8rem; }
ul { margin: 0.25rem 0 0.5rem; padding-left: 1.5rem; }
@media print {
  @page { size: A4; margin: 12mm; }
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, dl { break-inside: avoid; }
}
"""


def _facts(block: Facts) -> list[str]:
    lines = ["<dl>"]
    for label, value in block.items:
        lines.append(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>")
    lines.append("</dl>")
    return lines


def _table(block: Table) -> list[str]:
    lines = ["<table>", f"<caption>{escape(block.caption)}</caption>", "<thead><tr>"]
    lines += [f'<th scope="col">{escape(header)}</th>' for header in block.headers]
    lines += ["</tr></thead>", "<tbody>"]
    for row in block.rows:
        cells = []
        for index, cell in enumerate(row):
            signing = block.signature and block.headers[index] in ("Signature", "Date")
            css = ' class="signature"' if signing else ""
            cells.append(f"<td{css}>{escape(cell)}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines += ["</tbody>", "</table>"]
    return lines


def export_html(plan: Plan, ctx: ExportContext) -> str:
    outline = build_outline(plan, ctx, full=False)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(outline.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{escape(outline.title)}</h1>",
        f'<p class="generated">{escape(outline.generated)}</p>',
    ]
    for section in outline.sections:
        lines.append("<section>")
        lines.append(f"<h2>{escape(section.heading)}</h2>")
        for block in section.blocks:
            if isinstance(block, Facts):
                lines += _facts(block)
            elif isinstance(block, Table):
                lines += _table(block)
            elif isinstance(block, Bullets):
                lines += ["<ul>", *(f"<li>{escape(item)}</li>" for item in block.items), "</ul>"]
            elif isinstance(block, Para):
                lines.append(f"<p>{escape(block.text)}</p>")
        lines.append("</section>")
    lines += ["</main>", "</body>", "</html>"]
    return "\n".join(lines) + "\n"
