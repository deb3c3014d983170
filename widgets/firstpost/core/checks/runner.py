"""Running every check on a draft: one call, one result, most serious findings first.

The order of CHECKS is the order families are listed in the app. A check that fails
with an unexpected error must not hide the others' findings (a surgery still needs
an answer), so it is reported as a finding of its own and logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from types import ModuleType

from firstpost.core.checks import (
    accessibility,
    gendered,
    hashtag_risk,
    inclusive,
    length,
    links,
    personal_data,
    profanity,
    readability,
)
from firstpost.core.checks.channels import ChannelLimit
from firstpost.core.checks.findings import CheckResult, Finding, Measure, sort_findings
from firstpost.core.checks.post import Post

log = logging.getLogger("firstpost.checks")

CHECKS: tuple[ModuleType, ...] = (
    length,
    profanity,
    personal_data,
    hashtag_risk,
    accessibility,
    readability,
    gendered,
    inclusive,
    links,
)

# A draft longer than this is cut before checking: no post or advert is this long,
# and the limit keeps a pasted document from tying up a kernel a room shares.
MAX_CHECKED_CHARS = 100_000


def run_checks(post: Post) -> CheckResult:
    """Every check's findings and measures for `post`."""
    findings: list[Finding] = []
    measures: list[Measure] = []
    for module in CHECKS:
        findings.extend(_safely(module, "check", post))
        if hasattr(module, "measures"):
            measures.extend(_safely(module, "measures", post))
    return CheckResult(post.text, sort_findings(findings), tuple(measures))


def _safely(module: ModuleType, name: str, post: Post) -> list:
    function: Callable[[Post], Iterable] = getattr(module, name)
    try:
        return list(function(post))
    except Exception:
        log.exception("check %s failed", module.__name__)
        if name != "check":
            return []
        return [
            Finding(
                module.CHECK,
                "check-failed",
                "consider",
                "This check could not run on this text, so it has not been checked for "
                "this. The other checks are not affected.",
                "Check this part by eye, and tell your facilitator (details are in the log).",
            )
        ]


def check_post(
    text: str,
    channels: Iterable[ChannelLimit] = (),
    *,
    advert: bool = False,
    has_image: bool = False,
    alt_text_written: bool = False,
    has_video: bool = False,
    captions_written: bool = False,
) -> CheckResult:
    """Check a draft post (or, with `advert=True`, a job advert) for the chosen channels."""
    post = Post(
        text=text[:MAX_CHECKED_CHARS],
        channels=tuple(channels),
        advert=advert,
        has_image=has_image,
        alt_text_written=alt_text_written,
        has_video=has_video,
        captions_written=captions_written,
    )
    return run_checks(post)
