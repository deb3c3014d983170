"""`firstpost plans`: list, inspect, export, import, delete, back up and restore plans.

For facilitators and IT staff working outside the browser: moving a plan between
servers, producing the sign-off document in bulk, taking a backup before an upgrade.
Imports only argparse at load time; the store and exporters load when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from firstpost.cli.errors import CommandError

if TYPE_CHECKING:
    from firstpost.core.plan.repository import PlanRepository

EXPORT_FORMATS = ("docx", "html", "md", "csv", "ics", "json")


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="List plans, most recently changed first.")
    listing.add_argument("--json", action="store_true", help="Print JSON instead of a table.")
    listing.add_argument("--owner", help="Only plans owned by this person.")
    listing.add_argument("--workshop", metavar="CODE", help="Only plans with this workshop code.")
    listing.add_argument(
        "--search", metavar="TEXT", help="Only plans whose title, owner or workshop code has TEXT."
    )
    listing.add_argument("--all", action="store_true", help="Include archived plans.")

    show = actions.add_parser("show", help="Show a plan's details, progress and checks.")
    show.add_argument("plan_id", metavar="ID", help="The plan id (the first 8 characters will do).")
    show.add_argument("--json", action="store_true", help="Print the saved plan as JSON.")

    export = actions.add_parser("export", help="Write a plan as a document or calendar file.")
    export.add_argument("plan_id", metavar="ID")
    export.add_argument(
        "--format",
        required=True,
        choices=EXPORT_FORMATS,
        help="docx: sign-off document; html: one-page summary; md: Markdown; "
        "csv/ics: content calendar; json: plan file for importing.",
    )
    export.add_argument(
        "-o", "--output", required=True, type=Path, metavar="PATH", help="Where to write the file."
    )

    importing = actions.add_parser("import", help="Add a plan from a JSON plan file.")
    importing.add_argument("file", type=Path, metavar="FILE.json")
    importing.add_argument("--owner", metavar="NAME", help="Who will own the plan (default: you).")
    importing.add_argument(
        "--draft",
        action="store_true",
        help="Import an unfinished plan even if it has things to fix before sign-off "
        "(a damaged file is still refused).",
    )

    delete = actions.add_parser("delete", help="Delete a plan and its saved versions for good.")
    delete.add_argument("plan_id", metavar="ID")
    delete.add_argument("--yes", action="store_true", help="Confirm: deleting cannot be undone.")

    backup = actions.add_parser("backup", help="Save every plan to one JSON backup file.")
    backup.add_argument("path", type=Path, metavar="PATH")

    restore = actions.add_parser("restore", help="Bring plans back from a backup file.")
    restore.add_argument("path", type=Path, metavar="PATH")
    restore.add_argument(
        "--replace",
        action="store_true",
        help="Overwrite plans that already exist with the backed-up copy.",
    )


def local_identity() -> str:
    """Who is running the command, keyed exactly as the apps key them ("local:ana", "hub:ana")."""
    from firstpost.core.identity import IdentityError, current_identity

    try:
        return current_identity().key
    except IdentityError as error:
        raise CommandError(f"{error} Or give a name with --owner.") from error


def owner_key(name: str) -> str:
    """A name typed at the command line as the apps store it: bare names are local people."""
    name = name.strip()
    return name if ":" in name else f"local:{name}"


def run(args: argparse.Namespace) -> int:
    from firstpost.core.plan.records import PlanStoreError
    from firstpost.core.plan.repository import PlanRepository
    from firstpost.core.store import StoreError, open_store

    handlers = {
        "list": _list,
        "show": _show,
        "export": _export,
        "import": _import,
        "delete": _delete,
        "backup": _backup,
        "restore": _restore,
    }
    try:
        repo = PlanRepository(open_store())
        return handlers[args.action](repo, args)
    except (StoreError, PlanStoreError) as error:
        raise CommandError(str(error)) from error


def _when(iso: str) -> str:
    from firstpost.core.plan.records import describe_time

    return describe_time(iso) + " UTC"


def _list(repo: PlanRepository, args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    plans = repo.list_plans(
        owner=owner_key(args.owner) if args.owner else None,
        workshop_code=args.workshop,
        search=args.search,
        include_archived=args.all,
    )
    if args.json:
        print(json.dumps([asdict(p) for p in plans], indent=2, ensure_ascii=False))
        return 0
    if not plans:
        print("No plans found. Add one with: firstpost plans import FILE.json")
        return 0
    print(f"{'ID':<10}{'UPDATED (UTC)':<18}{'OWNER':<18}{'STATUS':<10}TITLE")
    for p in plans:
        title = " ".join(p.title.split()) or "(untitled)"
        title = title if len(title) <= 60 else title[:59] + "…"
        updated = p.updated_at[:16].replace("T", " ")
        print(f"{p.plan_id[:8]:<10}{updated:<18}{p.owner[:17]:<18}{p.status:<10}{title}")
    print(f"\n{len(plans)} plan(s). Commands accept the 8-character id shown.")
    return 0


def _show(repo: PlanRepository, args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict
    from datetime import date

    from firstpost.core.plan.completeness import plan_progress
    from firstpost.core.plan.validation import validate_plan

    record = repo.get(repo.resolve_id(args.plan_id))
    if args.json:
        data = {k: v for k, v in asdict(record).items() if k != "plan"}
        data["plan"] = record.plan.model_dump(mode="json")
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(record.plan.title.strip() or "(untitled plan)")
    print(f"  id        {record.plan_id}")
    print(f"  owner     {record.owner}")
    print(f"  status    {record.status}, revision {record.revision}")
    print(f"  updated   {_when(record.updated_at)} by {record.updated_by}")
    print("\nProgress:")
    for stage in plan_progress(record.plan):
        print(f"  {stage.label:<24}{stage.done}/{stage.total}")
    problems = validate_plan(record.plan, today=date.today())
    errors = sum(p.is_error for p in problems)
    print(f"\nChecks: {errors} to fix before sign-off, {len(problems) - errors} to consider.")
    for problem in problems:
        print(f"  [{problem.severity}] {problem.describe()}")
    return 0


def _export(repo: PlanRepository, args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from firstpost.core.export import FORMATS, ExportContext, export_plan

    plan_id = repo.resolve_id(args.plan_id)
    record = repo.get(plan_id)
    output: Path = args.output
    if not output.parent.is_dir():
        raise CommandError(f"The folder {output.parent} does not exist. Create it first.")
    from firstpost.core.review.export import latest_review_sections
    from firstpost.core.review.store import ReviewStore
    from firstpost.core.store import open_store

    # A pilot review saved with the plan travels in its documents, as on the page.
    extra = latest_review_sections(ReviewStore(open_store()), plan_id, record.plan)
    ctx = ExportContext(datetime.now(UTC), plan_id, extra_sections=extra)
    data = export_plan(record.plan, args.format, ctx)
    try:
        output.write_bytes(data)
    except OSError as error:
        raise CommandError(f"Cannot write {output}: {error.strerror}.") from error
    print(f"Wrote {output} ({FORMATS[args.format].label}, {len(data):,} bytes).")
    return 0


def _import(repo: PlanRepository, args: argparse.Namespace) -> int:
    from firstpost.core.plan.parsing import MAX_PLAN_BYTES, plan_from_json

    path: Path = args.file
    try:
        if path.stat().st_size > MAX_PLAN_BYTES:
            raise CommandError(
                f"{path} is {path.stat().st_size / 1024 / 1024:.1f} MB; a plan file can be at "
                "most 2 MB. Check you chose a First Post plan file. Nothing was imported."
            )
        raw = path.read_bytes()
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
    plan, problems = plan_from_json(raw)
    if plan is None:
        for problem in problems:
            print(problem.describe(), file=sys.stderr)
        raise CommandError(
            f"{path} has {len(problems)} problem(s), listed above. Nothing was imported."
        )
    errors = [p for p in _course_validator()(plan) if p.is_error]
    if errors and not args.draft:
        for problem in errors:
            print(problem.describe(), file=sys.stderr)
        raise CommandError(
            f"{path} has {len(errors)} thing(s) to fix before sign-off, listed above. Nothing "
            "was imported. Fix them, or add --draft to import it as an unfinished plan."
        )
    owner = owner_key(args.owner) if args.owner else local_identity()
    record = repo.create(plan, owner)
    print(
        f'Imported "{plan.title.strip() or "(untitled)"}" as plan {record.plan_id} '
        f"(owner: {owner})."
    )
    if errors:
        print(
            f"It is a draft: {len(errors)} thing(s) to fix before sign-off. "
            f"See: firstpost plans show {record.plan_id[:8]}"
        )
    return 0


def _course_validator():
    """Judge an imported plan exactly as the planner page would."""
    from firstpost.core.content import load_content
    from firstpost.core.plan.course_rules import course_validator

    try:
        content = load_content()
    except Exception:  # broken content: fall back to the built-in channel list
        content = None
    return course_validator(content)


def _delete(repo: PlanRepository, args: argparse.Namespace) -> int:
    plan_id = repo.resolve_id(args.plan_id)
    record = repo.get(plan_id)
    title = record.plan.title.strip() or "(untitled)"
    if not args.yes:
        raise CommandError(
            f'Deleting "{title}" ({plan_id}) cannot be undone, so nothing was deleted. '
            "Run the command again with --yes to confirm. "
            "To keep a copy first: firstpost plans backup FILE.json"
        )
    repo.delete(plan_id)
    print(f'Deleted "{title}" ({plan_id}) and its saved versions.')
    return 0


def _backup(repo: PlanRepository, args: argparse.Namespace) -> int:
    count = repo.backup(args.path)
    print(f"Backed up {count} plan(s), with their saved versions, to {args.path}.")
    return 0


def _restore(repo: PlanRepository, args: argparse.Namespace) -> int:
    from firstpost.core.plan.records import BackupError

    try:
        report = repo.restore(args.path, replace=args.replace)
    except BackupError as error:
        for problem in error.problems:
            print(problem.describe(), file=sys.stderr)
        raise CommandError(str(error)) from error
    print(
        f"Restored {report.added + report.replaced} plan(s) from {args.path}"
        f" ({report.replaced} replaced)."
    )
    if report.skipped:
        print(
            f"{len(report.skipped)} plan(s) already here were left as they are. "
            "To overwrite them with the backed-up copies, add --replace."
        )
    return 0
