"""`firstpost check-post`: check a draft post or job advert (or a whole content calendar).

For a facilitator at a surgery, and for scripts: the same checks as the "Check a
draft post" app, with a traffic-light verdict, and `--json` for a stable
machine-readable form. Exit status: 0 for green or amber, 1 for red (something
must stop the post), 2 for bad usage (unknown channel, unreadable file, empty text).
With `--calendar`, FILE is the planner's content calendar (.csv) and every post in
it is checked. The checks are imported inside `run`, so `firstpost --help` stays fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from firstpost.cli.errors import CommandError

if TYPE_CHECKING:
    from firstpost.core.checks import ChannelLimit, CheckResult
    from firstpost.core.checks.calendar import CalendarReport

USAGE_ERROR = 2


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE",
        help="A text file holding the draft, or - (the default) to read it from standard input.",
    )
    parser.add_argument(
        "--channel",
        action="append",
        default=[],
        metavar="C",
        help="A channel to check the length for, by id or name (x, bluesky, linkedin...). "
        "Repeat for several.",
    )
    parser.add_argument(
        "--advert",
        action="store_true",
        help="The draft is a job advert: also check gendered wording and the "
        "equal-opportunities statement.",
    )
    parser.add_argument("--json", action="store_true", help="Print machine-readable JSON.")
    parser.add_argument(
        "--image", action="store_true", help="The post will have an image (asks for alt text)."
    )
    parser.add_argument(
        "--alt-text-written", action="store_true", help="Alt text has been written for it."
    )
    parser.add_argument("--video", action="store_true", help="The post will have a video.")
    parser.add_argument(
        "--captions-written", action="store_true", help="The video has checked captions."
    )
    parser.add_argument(
        "--calendar",
        action="store_true",
        help="FILE is the planner's content calendar (.csv): check every post in it, "
        "each against its own channel (--advert checks every row as an advert).",
    )


def configure_calendar(parser: argparse.ArgumentParser) -> None:
    """Arguments for `firstpost check-calendar CALENDAR.csv [--json]` (same checks, per row)."""
    parser.add_argument(
        "file",
        metavar="CALENDAR.csv",
        help="The content calendar downloaded from the planner (Content calendar spreadsheet).",
    )
    parser.add_argument("--json", action="store_true", help="Print machine-readable JSON.")
    parser.add_argument("--advert", action="store_true", help="Check every row as a job advert.")
    parser.set_defaults(calendar=True, channel=[])


def run_calendar(args: argparse.Namespace) -> int:
    from firstpost.core.checks import load_channel_limits

    return _run_calendar(_read(args.file, calendar=True), load_channel_limits(), args)


def run(args: argparse.Namespace) -> int:
    from firstpost.core.checks import load_channel_limits

    known = load_channel_limits()
    channels = _channels(args.channel, known)
    data = _read(args.file, calendar=args.calendar)
    if args.calendar:
        return _run_calendar(data, known, args)
    if not data.strip():
        raise CommandError(
            "the draft is empty: give a file holding the text, or pipe the text in",
            USAGE_ERROR,
        )
    from firstpost.core.checks import check_post
    from firstpost.core.checks.runner import MAX_CHECKED_CHARS

    if len(data) > MAX_CHECKED_CHARS:
        print(f"Only the first {MAX_CHECKED_CHARS:,} characters were checked.", file=sys.stderr)
    result = check_post(
        data,
        channels,
        advert=args.advert,
        has_image=args.image,
        alt_text_written=args.alt_text_written,
        has_video=args.video,
        captions_written=args.captions_written,
    )
    if args.json:
        _emit(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    else:
        _emit(format_result(result, channels))
    return 1 if result.verdict == "red" else 0


def _emit(text: str) -> None:
    """Print the report; a reader that stops early (`| head`, quitting `less`) is fine.

    The exit status still says red, amber or green, so a script piping the report
    into `head` gets the verdict rather than a traceback.
    """
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python's documented recipe: point stdout at nothing so the flush at exit
        # does not fail a second time.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _channels(names: list[str], known: tuple[ChannelLimit, ...]) -> tuple[ChannelLimit, ...]:
    from firstpost.core.checks import find_channel

    chosen = []
    for name in names:
        channel = find_channel(name, known)
        if channel is None:
            choices = ", ".join(c.id for c in known)
            raise CommandError(f"unknown channel {name!r}; choose from: {choices}", USAGE_ERROR)
        if channel not in chosen:
            chosen.append(channel)
    return tuple(chosen)


def _read(file: str, *, calendar: bool = False) -> str:
    if file == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise CommandError(
                "give a FILE holding the draft, or pipe the text in "
                "(for example: firstpost check-post draft.txt --channel x)",
                USAGE_ERROR,
            )
        return sys.stdin.read().lstrip("\ufeff")
    path = Path(file).expanduser()
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CommandError(f"there is no file at {path}", USAGE_ERROR) from None
    except UnicodeDecodeError:
        how = (
            "in Excel choose Save As, then “CSV UTF-8 (Comma delimited)”, and try again"
            if calendar
            else "save the draft as plain text and try again"
        )
        raise CommandError(f"{path} is not a text file (UTF-8); {how}", USAGE_ERROR) from None
    except OSError as error:
        raise CommandError(f"could not read {path}: {error.strerror}", USAGE_ERROR) from None


def format_result(result: CheckResult, channels: tuple[ChannelLimit, ...] = ()) -> str:
    """The result as a facilitator reads it in a terminal."""
    from firstpost.core.checks.report import result_text

    return result_text(result, channels)


def _run_calendar(data: str, known: tuple[ChannelLimit, ...], args: argparse.Namespace) -> int:
    from firstpost.core.checks.calendar import check_calendar

    report = check_calendar(data, known, all_adverts=args.advert)
    if not report.rows and report.problems and "not a content calendar" in report.problems[0]:
        raise CommandError(report.problems[0], USAGE_ERROR)
    if args.json:
        _emit(json.dumps(calendar_dict(report), indent=2, ensure_ascii=False))
    else:
        _emit(format_calendar(report))
    return 1 if report.verdict == "red" else 0


def calendar_dict(report: CalendarReport) -> dict[str, Any]:
    return {
        "verdict": report.verdict,
        "rows": [
            {
                "line": row.line,
                "date": row.date,
                "time": row.time,
                "role": row.role,
                "channel": row.channel,
                "advert": row.advert,
                **row.result.as_dict(),
            }
            for row in report.rows
        ],
        "problems": list(report.problems),
    }


def format_calendar(report: CalendarReport) -> str:
    """Each row's verdict and findings; [line:column] is a place in that row's post text."""
    from firstpost.core.checks import CHECK_NAMES, VERDICT_WORDS
    from firstpost.core.checks.report import line_column

    lines = [f"Calendar verdict: {VERDICT_WORDS[report.verdict]}"]
    for row in report.rows:
        when = " ".join(part for part in (row.date, row.time) if part)
        kind = "advert" if row.advert else "post"
        lines += ["", f"Line {row.line}: {when}, {row.channel or 'no channel'} ({kind})"]
        lines.append(f"  {VERDICT_WORDS[row.verdict]}")
        for finding in row.result.findings:
            where = (
                f" [{line_column(row.result.text, finding.start)}]"  # type: ignore[arg-type]
                if finding.has_position
                else ""
            )
            lines.append(
                f"  - {finding.severity.upper()}{where} {CHECK_NAMES[finding.check]}: "
                f"{finding.message}"
            )
            lines.append(f"    What to do: {finding.suggestion}")
    if report.problems:
        lines += ["", "Not checked"] + [f"  {problem}" for problem in report.problems]
    return "\n".join(lines)
