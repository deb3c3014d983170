"""`firstpost channels`: list the kit's channels, or rank them as the channels app does.

`rank` prints the same shortlist, reasons and "why not" lines the app shows, so a
facilitator can prepare a session, or a script can check a change to a channel file,
without a browser. Mistyped choices exit with status 2 and name the valid values.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any

from firstpost.cli.errors import CommandError

# Kept in step with firstpost.core.channels.vocabulary (a unit test checks); written
# out here so `firstpost --help` does not import the core.
PURPOSE_CHOICES = ("recruitment", "onboarding", "learning", "employer-brand")
AUDIENCE_CHOICES = (
    "graduates-interns",
    "school-leavers",
    "specialists",
    "under-represented",
    "existing-staff",
    "general-public",
)
RISK_CHOICES = ("low", "medium", "high")
MONITORING_CHOICES = ("office-hours", "extended", "few-checks")
APPROVAL_CHOICES = ("same-day", "within-2-days", "slower")
CRITERION_CHOICES = ("audience", "purpose", "effort", "risk")


def _hours(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a number of hours; give 0 or more, e.g. 4 or 2.5"
        ) from None
    if math.isnan(value) or value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' hours: give 0 or more, e.g. 4 or 2.5")
    return value


def _weight(text: str) -> tuple[str, int]:
    name, _, number = text.partition("=")
    if name not in CRITERION_CHOICES or not number.isdigit() or int(number) > 5:
        raise argparse.ArgumentTypeError(
            f"'{text}' should be CRITERION=N with N from 0 to 5 and CRITERION one of: "
            f"{', '.join(CRITERION_CHOICES)}"
        )
    return name, int(number)


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="channels_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="List every channel with its kind, status, effort and exposure.",
        description="List every channel in lessons/channels/ in course order.",
    )
    listing.add_argument("--json", action="store_true", help="Print machine-readable JSON.")

    rank = actions.add_parser(
        "rank",
        help="Rank the channels for a purpose and audience, with reasons.",
        description="Print the shortlist the channels app would show, with the reasons, "
        "and why every other channel was left out.",
    )
    rank.add_argument("--purpose", required=True, choices=PURPOSE_CHOICES)
    rank.add_argument(
        "--audience",
        required=True,
        action="append",
        choices=AUDIENCE_CHOICES,
        help="Who to reach; repeat for more than one.",
    )
    rank.add_argument("--risk", default="low", choices=RISK_CHOICES, help="Default: low.")
    rank.add_argument(
        "--hours",
        type=_hours,
        default=4.0,
        help="Staff hours a week for posting and watching replies (default 4).",
    )
    rank.add_argument("--monitoring", default="office-hours", choices=MONITORING_CHOICES)
    rank.add_argument("--approvals", default="within-2-days", choices=APPROVAL_CHOICES)
    rank.add_argument("--paid-promotion", action="store_true", help="Paid promotion is allowed.")
    rank.add_argument(
        "--weight",
        type=_weight,
        action="append",
        default=[],
        metavar="CRITERION=N",
        help="Change a criterion's weight (0 to 5), e.g. --weight risk=5; repeatable.",
    )
    rank.add_argument("--json", action="store_true", help="Print machine-readable JSON.")


def run(args: argparse.Namespace) -> int:
    from firstpost.core.content import load_content

    content = load_content()
    if content.problems:
        print(
            f"Note: the course content has {len(content.problems)} problem(s); channels with "
            "problems are left out. Run `firstpost lessons check` for details.",
            file=sys.stderr,
        )
    if args.channels_action == "list":
        return _list(content, as_json=args.json)
    return _rank(content, args)


def channel_row(channel: Any) -> dict[str, Any]:
    length = channel.post_length
    return {
        "id": channel.id,
        "name": channel.name,
        "kind": channel.kind,
        "status": channel.status,
        "audiences": sorted({fit.audience for fit in channel.audiences}),
        "purposes": sorted({fit.purpose for fit in channel.purposes}),
        "weekly_effort_hours": channel.weekly_effort_hours,
        "open_hashtag_exposure": channel.risk.open_hashtag_exposure,
        "risk": channel.risk.model_dump(),
        "cost": channel.cost,
        "post_length": None
        if length is None
        else {"limit": length.limit, "counting": length.counting},
        "accessibility": list(channel.accessibility),
        "retired_note": channel.retired_note,
        "last_checked": channel.last_checked.isoformat(),
        "sources": list(channel.sources),
    }


def _list(content: Any, *, as_json: bool) -> int:
    rows = [channel_row(channel) for channel in content.channels]
    if as_json:
        print(json.dumps({"channels": rows}, indent=2, ensure_ascii=False))
        return 0
    width = max((len(r["id"]) for r in rows), default=0)
    for r in rows:
        print(
            f"{r['id']:<{width}}  {r['kind']:<10}  {r['status']:<7}  "
            f"{r['weekly_effort_hours']:>4g} h  {r['open_hashtag_exposure']:<6}  {r['name']}"
        )
    return 0


def _rank(content: Any, args: argparse.Namespace) -> int:
    from firstpost.core.channels import ChannelQuery, Library, default_weights, rank_channels

    weights = dict(default_weights())
    weights.update(dict(args.weight))
    query = ChannelQuery(
        purpose=args.purpose,
        # In the app's order, so the same audiences give the same reasons in the same order.
        audiences=tuple(a for a in AUDIENCE_CHOICES if a in args.audience),
        risk_appetite=args.risk,
        hours_per_week=args.hours,
        monitoring=args.monitoring,
        approvals=args.approvals,
        paid_promotion=args.paid_promotion,
        weights=weights,
    )
    ranking = rank_channels(content.channels, query, Library.from_content(content))
    if not ranking.ok:
        raise CommandError(" ".join(p.message for p in ranking.problems), exit_code=2)
    if args.json:
        print(json.dumps(ranking.as_dict(), indent=2, ensure_ascii=False))
        return 0
    print(f"Shortlist for {args.purpose}, reaching {', '.join(query.audiences)}:")
    for number, result in enumerate(ranking.shortlist, start=1):
        kind = "social media" if result.social else "not social media"
        print(f"{number:>2}. {result.name} ({kind}): {result.total:.1f} out of 100")
        for reason in result.reasons:
            print(f"    - {reason.plain()}")
    print("\nNotes:")
    for note in ranking.notes:
        print(f"  - {note.plain()}")
    print("\nNot on the shortlist:")
    for result in ranking.excluded:
        print(f"  - {result.name}: {result.why_not}")
    return 0
