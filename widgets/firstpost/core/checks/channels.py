"""The channels a draft can be checked against: post length limits and how each counts.

The course content (lessons/channels/*.yaml) carries checked, dated limits and wins
whenever a channel has a file. The built-in table below is the fallback for channels
without one, so the checker works (and is tested) before the content is written and
on a copy of the kit whose lessons folder is broken. Figures are the ones in the
kit's brief (X's "Counting characters" page for X; platform help pages for the rest);
where sources differ (TikTok: 2,200 or 4,000) the lower figure is used, so a post that
passes here fits whichever is right.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

Counting = Literal["characters", "graphemes", "x-weighted"]

COUNTING_WORDS: dict[str, str] = {
    "characters": "characters",
    "graphemes": "characters as you see them",
    "x-weighted": "X's weighted characters (a link counts 23, an emoji 2)",
}


@dataclass(frozen=True)
class ChannelLimit:
    """One channel's post length rule, as the length check needs it."""

    id: str
    name: str
    limit: int
    counting: Counting = "characters"
    visible_before_more: int | None = None
    social: bool = True
    source: str = "built-in"  # "content" when read from lessons/channels
    sources: tuple[str, ...] = ()  # the course's sources for this channel's limit


BUILT_IN_CHANNELS: tuple[ChannelLimit, ...] = (
    ChannelLimit("x", "X (formerly Twitter)", 280, "x-weighted"),
    ChannelLimit("bluesky", "Bluesky", 300, "graphemes"),
    ChannelLimit("mastodon", "Mastodon", 500),
    ChannelLimit("threads", "Threads", 500),
    ChannelLimit("linkedin", "LinkedIn", 3000, visible_before_more=210),
    ChannelLimit("instagram", "Instagram", 2200, visible_before_more=125),
    ChannelLimit("facebook", "Facebook", 63206),
    ChannelLimit("youtube", "YouTube (video description)", 5000),
    ChannelLimit("tiktok", "TikTok", 2200),
)

# Routes that carry a full job advert rather than a social post: a calendar row on
# one of these is checked as an advert.
ADVERT_CHANNELS = frozenset({"jobs-site", "nhs-jobs", "find-a-job", "jobcentre", "print"})


# Other names people use for a channel.
ALIASES = {"twitter": "x", "xtwitter": "x", "fb": "facebook", "insta": "instagram"}


def channel_limits(content: Any | None = None) -> tuple[ChannelLimit, ...]:
    """Every channel with a post limit: the content's first, then built-ins it lacks.

    `content` is a loaded `firstpost.core.content.Content` (or anything with a
    `channels` sequence of Channel models); None means built-ins only.
    """
    from_content = list(_from_content(getattr(content, "channels", ()) or ()))
    known = {channel.id for channel in from_content}
    known |= {channel.id for channel in getattr(content, "channels", ()) or ()}
    return tuple(from_content) + tuple(c for c in BUILT_IN_CHANNELS if c.id not in known)


def _from_content(channels: Iterable[Any]) -> Iterable[ChannelLimit]:
    for channel in channels:
        length = getattr(channel, "post_length", None)
        if length is None or getattr(channel, "status", "active") != "active":
            continue
        yield ChannelLimit(
            id=channel.id,
            name=channel.name,
            limit=length.limit,
            counting=length.counting,
            visible_before_more=length.visible_before_more,
            social=getattr(channel, "kind", "social") == "social",
            source="content",
            sources=_length_sources(getattr(channel, "sources", ()) or ()),
        )


def _length_sources(sources: Iterable[str]) -> tuple[str, ...]:
    """The channel's sources about its post length, cited by the length check.

    The course names them "...-length" (platform help pages) or
    "...-counting-characters" (X); a channel's other sources are about audiences and
    case studies, not the limit.
    """
    return tuple(s for s in sources if s.endswith(("-length", "-counting-characters")))


def load_channel_limits() -> tuple[ChannelLimit, ...]:
    """Channel limits from the kit's lessons folder, or the built-ins if it cannot be read."""
    try:
        from firstpost.core.content import load_content

        return channel_limits(load_content())
    except Exception:  # a broken lessons folder is `firstpost lessons check`'s job to report
        return channel_limits(None)


def find_channel(name: str, channels: Iterable[ChannelLimit]) -> ChannelLimit | None:
    """A channel by id or by name as people write it ("LinkedIn", "x", "X (formerly Twitter)")."""
    channels = tuple(channels)
    wanted = {_key(name), _key(name.split("(")[0])} - {""}
    wanted |= {ALIASES[key] for key in wanted if key in ALIASES}
    if not wanted:
        return None
    for keys in (
        lambda c: {_key(c.id), _key(c.name)},
        lambda c: {_key(c.name.split("(")[0])},
    ):
        for channel in channels:
            if wanted & keys(channel):
                return channel
    return None


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
