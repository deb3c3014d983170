"""The post checker: is this draft post or job advert ready to go out, and if not, why?

`check_post(text, channels, advert=...)` runs every check family (length as each
platform counts it, readability, swearing, personal data, hashtag risk, GCS
accessibility rules, gendered wording, inclusive language, links) and returns a
`CheckResult` whose findings each say what was found, why it matters, what to do and
where in the text. Pure Python: the app, the `firstpost check-post` command and the
tests all call this. Word lists live in `data/` and are read on first use.
"""

from firstpost.core.checks.channels import (
    BUILT_IN_CHANNELS,
    ChannelLimit,
    channel_limits,
    find_channel,
    load_channel_limits,
)
from firstpost.core.checks.findings import (
    CHECK_NAMES,
    SEVERITIES,
    VERDICT_WORDS,
    CheckResult,
    Finding,
    Measure,
    verdict_for,
)
from firstpost.core.checks.post import Post
from firstpost.core.checks.runner import CHECKS, check_post, run_checks

__all__ = [
    "BUILT_IN_CHANNELS",
    "CHECKS",
    "CHECK_NAMES",
    "SEVERITIES",
    "VERDICT_WORDS",
    "ChannelLimit",
    "CheckResult",
    "Finding",
    "Measure",
    "Post",
    "channel_limits",
    "check_post",
    "find_channel",
    "load_channel_limits",
    "run_checks",
    "verdict_for",
]
