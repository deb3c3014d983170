"""`firstpost lessons`: check, list and export the schema of the course content.

`check` is what a facilitator runs after editing a lesson, and what CI runs on every
change: it prints each problem as `lessons/file:line: message` (a form editors turn into
links) and exits 1 if there are any. Content modules are imported inside `run`, so
`firstpost --help` does not pay for pydantic.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from firstpost.cli.errors import CommandError

if TYPE_CHECKING:
    from firstpost.core.content import Content

LIST_FORMAT_VERSION = 1


KINDS = ("episode", "case-study", "channel", "figure", "source", "example")


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="lessons_action", metavar="ACTION", required=True)

    check = actions.add_parser(
        "check",
        help="Check every lesson file and list the problems with their lines.",
        description="Check every lesson file; exit 1 if anything needs fixing.",
    )
    _add_dir(check)

    listing = actions.add_parser(
        "list",
        help="List the episodes, case studies, channels, figures, sources and examples.",
        description="List everything in the course with its kind, id and title.",
    )
    _add_dir(listing)
    listing.add_argument("--json", action="store_true", help="Print machine-readable JSON.")
    listing.add_argument(
        "--kind",
        choices=KINDS,
        help="Only this kind of item, e.g. --kind episode (with minutes and quiz size).",
    )

    schema = actions.add_parser(
        "schema",
        help="Write the JSON Schema files for the content formats.",
        description="Write one JSON Schema file per content format into a folder.",
    )
    schema.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="Folder to write the .schema.json files into (created if needed).",
    )


def _add_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        metavar="PATH",
        help="The lessons folder (default: the kit's own lessons/).",
    )


def run(args: argparse.Namespace) -> int:
    action = args.lessons_action
    if action == "schema":
        return _schema(args.out)
    root = _lessons_root(args.dir)
    if action == "check":
        return _check(root)
    return _list(root, as_json=args.json, kind=args.kind)


def _lessons_root(given: Path | None) -> Path:
    if given is None:
        from firstpost.core.paths import lessons_dir

        given = lessons_dir()
    root = given.expanduser().resolve()
    if not root.is_dir():
        raise CommandError(
            f"there is no lessons folder at {root}; pass --dir with the folder that holds "
            "config.yaml"
        )
    return root


def _check(root: Path) -> int:
    from firstpost.core.content.loader import build_content

    content = build_content(root)
    for problem in content.problems:
        print(problem.located(root.name))
    if content.problems:
        files = len({problem.file for problem in content.problems})
        print(
            f"{_count(len(content.problems), 'problem')} in {_count(files, 'file')}; "
            "fix them and run `firstpost lessons check` again."
        )
        return 1
    print(
        f"All content is valid: {_count(len(content.episodes), 'episode')}, "
        f"{_count(len(content.case_studies), 'case study', 'case studies')}, "
        f"{_count(len(content.channels), 'channel')}, "
        f"{_count(len(content.figures), 'figure')}, "
        f"{_count(len(content.sources), 'source')}."
    )
    return 0


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def list_items(content: Content) -> list[dict[str, Any]]:
    """Everything in the course as rows, in course order; episodes add minutes and quiz size."""
    from firstpost.core.learning.completion import episode_minutes
    from firstpost.core.learning.scoring import episode_questions

    rows: list[dict[str, Any]] = []
    rows += [
        {
            **_row("episode", e.id, e.title, e.file),
            "minutes": episode_minutes(e),
            "quiz_questions": len(episode_questions(e)),
        }
        for e in content.episodes
    ]
    rows += [
        _row("case-study", c.id, c.title, f"case_studies/{c.id}.yaml") for c in content.case_studies
    ]
    rows += [_row("channel", c.id, c.name, f"channels/{c.id}.yaml") for c in content.channels]
    rows += [
        _row("figure", f.id, f"{f.value}: {f.claim}", content.figure_files[f.id])
        for f in content.figures.values()
    ]
    rows += [_row("source", s.id, s.title, "sources.yaml") for s in content.sources.values()]
    rows += [_row("example", x.id, x.file.rsplit("/", 1)[-1], x.file) for x in content.examples]
    return rows


def _row(kind: str, item_id: str, title: str, file: str) -> dict[str, Any]:
    return {"kind": kind, "id": item_id, "title": title, "file": file}


def _list(root: Path, *, as_json: bool, kind: str | None = None) -> int:
    from firstpost.core.content.loader import build_content

    content = build_content(root)
    rows = [row for row in list_items(content) if kind in (None, row["kind"])]
    if as_json:
        document = {
            "format": LIST_FORMAT_VERSION,
            "title": content.title,
            "items": rows,
            "problem_count": len(content.problems),
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        if content.title:
            print(content.title)
        width_kind = max((len(r["kind"]) for r in rows), default=0)
        width_id = max((len(r["id"]) for r in rows), default=0)
        for row in rows:
            print(f"{row['kind']:<{width_kind}}  {row['id']:<{width_id}}  {row['title']}")
    if content.problems:
        print(
            f"Note: {_count(len(content.problems), 'problem')} in the content; items with "
            "problems are not listed. Run `firstpost lessons check` for details.",
            file=sys.stderr,
        )
    return 0


def _schema(out: Path) -> int:
    from firstpost.core.content.schema import write_schemas

    try:
        written = write_schemas(out.expanduser())
    except OSError as error:
        raise CommandError(f"could not write the schema files to {out}: {error}") from None
    for path in written:
        print(path)
    return 0
