"""Length: does the post fit each chosen channel, counted the way that channel counts?

Over the limit is a stop: the platform refuses the post or cuts it. On channels that
fold long posts behind "see more" (LinkedIn, Instagram), a post whose opening does
not carry the point is worth a thought, because most readers see only that part.
"""

from __future__ import annotations

from functools import lru_cache

from firstpost.core.checks.channels import COUNTING_WORDS, ChannelLimit
from firstpost.core.checks.counting import LengthCount, count_text
from firstpost.core.checks.findings import Finding, Measure
from firstpost.core.checks.post import Post
from firstpost.core.checks.textparts import Span

CHECK = "length"
SOURCES_X = ("x-counting-characters",)
# Channels whose limit each server sets: the figure is the usual default.
PER_SERVER = frozenset({"mastodon"})


def count_for(post: Post, channel: ChannelLimit) -> LengthCount:
    return _count(post.text, channel, post.urls)


@lru_cache(maxsize=64)  # the findings and the measures both need the same counts
def _count(text: str, channel: ChannelLimit, urls: tuple[Span, ...]) -> LengthCount:
    return count_text(
        text,
        channel.counting,
        channel.limit,
        urls=urls,
        visible_before_more=channel.visible_before_more,
    )


def check(post: Post) -> list[Finding]:
    findings: list[Finding] = []
    if not post.text.strip():
        return findings
    for channel in post.channels:
        counted = count_for(post, channel)
        sources = channel.sources or (SOURCES_X if channel.counting == "x-weighted" else ())
        if counted.over_from is not None:
            server = (
                f" {channel.limit:,} is the usual limit; your server may allow more."
                if channel.id in PER_SERVER
                else ""
            )
            findings.append(
                Finding(
                    CHECK,
                    "over-limit",
                    "stop",
                    f"Too long for {channel.name}: {counted.count:,} of {channel.limit:,} "
                    f"{COUNTING_WORDS[channel.counting]}. The highlighted part will not "
                    f"fit.{server}",
                    f"Cut at least {counted.over_by:,} from the post, or put the detail on your "
                    "jobs page and link to it.",
                    counted.over_from,
                    len(post.text),
                    sources,
                )
            )
        elif counted.visible_end is not None and counted.visible_end < len(post.text):
            findings.append(
                Finding(
                    CHECK,
                    "folded",
                    "consider",
                    f"On {channel.name} only about the first {channel.visible_before_more:,} "
                    "characters show before “see more”. Many people will not read the "
                    "highlighted part.",
                    "Put the job, where it is and how to apply in the first line or two.",
                    counted.visible_end,
                    len(post.text),
                    sources,
                )
            )
    return findings


def measures(post: Post) -> list[Measure]:
    out = []
    for channel in post.channels:
        counted = count_for(post, channel)
        out.append(
            Measure(
                CHECK,
                f"Length on {channel.name}",
                f"{counted.count:,} of {channel.limit:,}",
                f"Counted as {COUNTING_WORDS[channel.counting]}.",
            )
        )
    return out
