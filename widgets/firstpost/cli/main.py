"""The `firstpost` command.

Each subcommand lives in its own module and is imported only when it runs, so
`firstpost --help` stays instant and `firstpost serve` does not pay for exports.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

import firstpost
from firstpost.cli.errors import CommandError

# name -> (module under firstpost.cli, one-line help). Each module offers
# `configure(parser)` to add its arguments and `run(args) -> int`.
COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("serve", "Serve the kit's apps in the browser (Voilà) on this machine."),
    "doctor": (
        "doctor",
        "Check the installation, data folder and database, and say how to fix problems.",
    ),
    "lessons": ("lessons", "Check or list the course content in lessons/."),
    "channels": ("channels", "List the channels, or rank them for a purpose and audience."),
    "cases": (
        "cases",
        "List the case studies, or show one with its timeline, figures and controls.",
    ),
    "plans": ("plans", "List, show, export, import, back up and restore pilot plans."),
    "check-post": (
        "check_post",
        "Check a draft post or job advert (or a content calendar) before it goes out.",
    ),
    "check-calendar": (
        "check_calendar",
        "Check every post in a content calendar (the planner's CSV export).",
    ),
}

DESCRIPTION = """\
First Post helps public-sector HR teams plan a small, careful social media pilot.

Start with `firstpost serve`, then open http://localhost:8866 in a browser.
Data is kept in one database file in the data folder (see `firstpost doctor`).
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="firstpost",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"firstpost {firstpost.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        sub_parser.set_defaults(_module=module_name)
        _load(module_name).configure(sub_parser)
    return parser


def _load(module_name: str):
    return importlib.import_module(f"firstpost.cli.{module_name}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_module", None):
        parser.print_help()
        return 0
    try:
        return int(_load(args._module).run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (`firstpost plans list | head`): not worth a traceback.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except CommandError as error:
        print(f"firstpost {args.command}: {error}", file=sys.stderr)
        return error.exit_code


if __name__ == "__main__":  # pragma: no cover - exercised through the console script
    sys.exit(main())
