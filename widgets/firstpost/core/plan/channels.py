"""The channels a pilot can use, and whether each counts as social media.

Acas advises never to advertise through social media alone, so the planner has to
know which channels are social. The course content carries the real channel list
(with checked character limits); this built-in catalogue is the fallback that keeps
the core usable, and tested, without the content files.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

ChannelType = Literal["social", "non-social"]

DEFAULT_CHANNEL_CATALOGUE: Mapping[str, ChannelType] = MappingProxyType(
    {
        "linkedin": "social",
        "x": "social",
        "facebook": "social",
        "instagram": "social",
        "tiktok": "social",
        "youtube": "social",
        "bluesky": "social",
        "mastodon": "social",
        "forums": "social",
        "viva-engage": "social",
        "intranet": "social",
        "knowledge-hub": "social",
        "jobs-site": "non-social",
        "nhs-jobs": "non-social",
        "find-a-job": "non-social",
        "jobcentre": "non-social",
        "print": "non-social",
        "careers-fair": "non-social",
    }
)

# Names as people say them, for documents and messages; ids stay in the saved plan.
CHANNEL_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "linkedin": "LinkedIn",
        "x": "X (formerly Twitter)",
        "facebook": "Facebook",
        "instagram": "Instagram",
        "tiktok": "TikTok",
        "youtube": "YouTube",
        "bluesky": "Bluesky",
        "mastodon": "Mastodon",
        "forums": "Online forums",
        "viva-engage": "Viva Engage",
        "intranet": "Staff intranet",
        "knowledge-hub": "Knowledge Hub",
        "jobs-site": "Our jobs website",
        "nhs-jobs": "NHS Jobs",
        "find-a-job": "Find a job (GOV.UK)",
        "jobcentre": "Jobcentre Plus",
        "print": "Print advert",
        "careers-fair": "Careers fair",
    }
)

# Characters allowed in one post, as the platforms' help pages gave them when the
# kit was written; the content's channel files carry re-checked figures and the UI
# passes those instead. Where sources differ (TikTok: 2,200 or 4,000) the lower
# figure is used, so a post that passes here fits whichever is right. X counts
# links and emoji differently; a plain count is a first check, not the final word.
DEFAULT_CHANNEL_LIMITS: Mapping[str, int] = MappingProxyType(
    {
        "x": 280,
        "bluesky": 300,
        "mastodon": 500,
        "linkedin": 3000,
        "instagram": 2200,
        "facebook": 63206,
        "youtube": 5000,
        "tiktok": 2200,
    }
)


def channel_label(channel_id: str) -> str:
    """The display name for a channel id; unknown ids are shown as typed."""
    return CHANNEL_LABELS.get(channel_id, channel_id)
