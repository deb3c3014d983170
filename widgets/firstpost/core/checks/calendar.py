"""Checking every post in a content calendar (the planner's CSV export) in one go.

Before a pilot starts, the approver can check the whole calendar rather than paste
posts one by one. The file is the planner's "Content calendar spreadsheet": one row
per dated event, with Date, Time, What, Role, Channel and Post text columns. Only
"Publish" rows carry posts. Rows for job sites and Jobcentre (not social media) are
checked as adverts. A file that is not a calendar gives problems, never an error.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from firstpost.core.checks.channels import ADVERT_CHANNELS, ChannelLimit, find_channel
from firstpost.core.checks.findings import CheckResult, Verdict, worst_verdict
from firstpost.core.checks.runner import check_post

REQUIRED_COLUMNS = ("Channel", "Post text")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CalendarRow:
    """One post from the calendar and what the checks found in it."""

    line: int  # line in the file, counting the header as line 1
    date: str
    time: str
    role: str
    channel: str  # as written in the file
    channel_id: str | None  # None if the channel was not recognised
    advert: bool
    result: CheckResult

    @property
    def verdict(self) -> Verdict:
        return self.result.verdict


@dataclass(frozen=True)
class CalendarReport:
    rows: tuple[CalendarRow, ...]
    problems: tuple[str, ...] = ()

    @property
    def verdict(self) -> Verdict:
        return worst_verdict([row.verdict for row in self.rows])


def _plain(cell: str | None) -> str:
    """A cell as the planner wrote it, without the apostrophe that stops formulas."""
    cell = (cell or "").strip("\ufeff")
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS):
        return cell[1:]
    return cell


def _planner_channel_id(label: str) -> str | None:
    """The planner's channel id for a label it writes ("Our jobs website" -> jobs-site)."""
    try:
        from firstpost.core.plan.channels import CHANNEL_LABELS
    except ImportError:  # the planner is optional for the checker
        return None
    wanted = label.strip().casefold()
    for channel_id, name in CHANNEL_LABELS.items():
        if wanted in (channel_id.casefold(), name.casefold()):
            return channel_id
    return None


def check_calendar(
    data: str, channels: tuple[ChannelLimit, ...], *, all_adverts: bool = False
) -> CalendarReport:
    """Check every post in a calendar CSV's text against `channels`' limits."""
    reader = csv.DictReader(io.StringIO(data.lstrip("\ufeff")))
    headers = [h.strip() for h in reader.fieldnames or []]
    missing = [name for name in REQUIRED_COLUMNS if name not in headers]
    if missing:
        return CalendarReport(
            (),
            (
                "This file is not a content calendar from the planner: it has no "
                + " or ".join(f"“{m}”" for m in missing)
                + " column. Download it again from the planner (Content calendar spreadsheet).",
            ),
        )
    rows = []
    problems = []
    for line, raw in enumerate(reader, start=2):
        record = {(k or "").strip(): _plain(v) for k, v in raw.items() if k is not None}
        what = record.get("What", "Publish")
        text = record.get("Post text", "")
        if what and what != "Publish":
            continue
        if not text.strip():
            problems.append(f"Line {line}: this post has no text yet, so it was not checked.")
            continue
        label = record.get("Channel", "")
        channel = find_channel(label, channels)
        channel_id = channel.id if channel else _planner_channel_id(label)
        if label and channel is None and channel_id is None:
            problems.append(
                f"Line {line}: the channel “{label}” is not one the kit knows, so the post's "
                "length was not checked."
            )
        advert = (
            all_adverts
            or channel_id in ADVERT_CHANNELS
            or (channel is not None and not channel.social)
        )
        result = check_post(text, (channel,) if channel else (), advert=advert)
        rows.append(
            CalendarRow(
                line,
                record.get("Date", ""),
                record.get("Time", ""),
                record.get("Role", ""),
                label,
                channel_id,
                advert,
                result,
            )
        )
    if not rows and not problems:
        problems.append("The calendar has no posts to check.")
    return CalendarReport(tuple(rows), tuple(problems))
