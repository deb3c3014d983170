"""`firstpost cases`: list the case studies, or show one whole, for facilitators and scripts.

`list --json` prints `[{"id", "title", "date", "kind"}]`; `show ID --json` prints the
whole case with its timeline, figures (with status and sources), controls and sources,
the same data the case-study app shows. An unknown id exits with status 2 and lists
the ids that exist.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path
from typing import Any

from firstpost.cli.errors import CommandError

UNKNOWN_ID_EXIT = 2


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="cases_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="List the case studies with their date and kind.",
        description="List the case studies in the course's running order.",
    )
    show = actions.add_parser(
        "show",
        help="Show one case study: timeline, figures, controls and sources.",
        description="Show one case study in full.",
    )
    show.add_argument("case_id", metavar="ID", help="The case study's id, e.g. mcdstories.")
    for sub in (listing, show):
        sub.add_argument("--json", action="store_true", help="Print machine-readable JSON.")
        sub.add_argument(
            "--dir",
            type=Path,
            default=None,
            metavar="PATH",
            help="The lessons folder (default: the kit's own lessons/).",
        )


def run(args: argparse.Namespace) -> int:
    from firstpost.core.content.loader import build_content

    root = args.dir
    if root is None:
        from firstpost.core.paths import lessons_dir

        root = lessons_dir()
    root = Path(root).expanduser().resolve()
    if not root.is_dir():
        raise CommandError(f"there is no lessons folder at {root}; pass --dir with the right one")
    content = build_content(root)
    if args.cases_action == "list":
        return _list(content, args.json)
    return _show(content, args.case_id, args.json)


def _list(content, as_json: bool) -> int:
    from firstpost.core.case_studies.catalogue import KIND_LABELS, case_summary

    rows = [case_summary(case) for case in content.case_studies]
    if as_json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    width = max((len(row["id"]) for row in rows), default=0)
    for row in rows:
        print(
            f"{row['id']:<{width}}  {row['date']:<10}  {KIND_LABELS[row['kind']]:<15}  {row['title']}"
        )
    if not rows:
        print("No case studies are listed in lessons/config.yaml.")
    return 0


def _show(content, case_id: str, as_json: bool) -> int:
    from firstpost.core.case_studies.catalogue import case_detail, find_case

    case = find_case(content, case_id)
    if case is None:
        known = ", ".join(c.id for c in content.case_studies) or "none"
        raise CommandError(
            f"there is no case study {case_id!r}; known ids: {known}", exit_code=UNKNOWN_ID_EXIT
        )
    detail = case_detail(case, content)
    if as_json:
        print(json.dumps(detail, indent=2, ensure_ascii=False))
    else:
        print(_as_text(detail))
    return 0


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent)


def _as_text(detail: dict[str, Any]) -> str:
    lines = [f"{detail['title']} ({detail['organisation']}, {detail['date']}, {detail['kind']})"]
    channels = ", ".join(detail["channels"]) or detail.get("channels_note") or "not known"
    lines.append(_wrap(f"Channels: {channels}", ""))
    if detail.get("response_time"):
        lines.append(_wrap(f"Time to respond: {detail['response_time']}", ""))
    lines += ["", "Timeline:"]
    for event in detail["timeline"]:
        rough = " (approximate)" if event["approximate"] else ""
        lines.append(f"  {event['at']}{rough}, {event['since_start']}:")
        lines.append(_wrap(event["event"], "    "))
    lines += ["", "Figures:"]
    for figure in detail["figures"]:
        lines.append(f"  {figure['value']} [{figure['status'].upper()}] {figure['claim']}")
        if figure["why"]:
            lines.append(_wrap(f"Why: {figure['why']}", "    "))
        lines.append(f"    Sources: {', '.join(figure['sources'])}")
    lines += ["", "Controls:"]
    lines += [f"  {control['id']}: {control['text']}" for control in detail["controls"]]
    lines += ["", "Sources:"]
    lines += [
        f"  {source['id']}: {source['title']} ({source['publisher']})"
        for source in detail["sources"]
    ]
    return "\n".join(lines)
