"""Channel limits: the course's channel files win, the built-in table fills the gaps."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from firstpost.core.checks import channels as channels_module
from firstpost.core.checks.channels import (
    BUILT_IN_CHANNELS,
    channel_limits,
    find_channel,
    load_channel_limits,
)
from firstpost.core.content import Channel


def make_channel(channel_id: str, name: str, **overrides) -> Channel:
    fields = {
        "id": channel_id,
        "name": name,
        "kind": "social",
        "status": "active",
        "weekly_effort_hours": 1,
        "risk": {
            "reply_controls": "Limit replies to followers.",
            "moderation": "Hide replies.",
            "open_hashtag_exposure": "high",
        },
        "cost": "Free.",
        "sources": ["x-counting-characters"],
        "last_checked": dt.date(2026, 11, 25),
    }
    fields.update(overrides)
    return Channel.model_validate(fields)


def test_built_in_table_has_the_brief_s_limits():
    table = {c.id: c for c in BUILT_IN_CHANNELS}
    assert (table["x"].limit, table["x"].counting) == (280, "x-weighted")
    assert (table["bluesky"].limit, table["bluesky"].counting) == (300, "graphemes")
    assert table["mastodon"].limit == 500
    assert (table["linkedin"].limit, table["linkedin"].visible_before_more) == (3000, 210)
    assert (table["instagram"].limit, table["instagram"].visible_before_more) == (2200, 125)
    assert table["facebook"].limit == 63206
    assert table["tiktok"].limit == 2200  # the lower of the two figures sources give
    assert channel_limits(None) == BUILT_IN_CHANNELS


def test_content_overrides_and_built_ins_fill_the_gaps():
    content = SimpleNamespace(
        channels=[
            make_channel("x", "X", post_length={"limit": 25000, "counting": "x-weighted"}),
            make_channel("jobcentre", "Jobcentre", kind="non-social"),  # no post length
            make_channel(
                "workplace",
                "Workplace",
                status="retired",
                retired_note="Closed.",
                post_length={"limit": 100, "counting": "characters"},
            ),
        ]
    )
    limits = channel_limits(content)
    by_id = {c.id: c for c in limits}
    assert by_id["x"].limit == 25000 and by_id["x"].source == "content"
    assert by_id["bluesky"].source == "built-in"  # no content file: fallback
    assert "jobcentre" not in by_id  # a channel without posts has no length check
    assert "workplace" not in by_id  # retired channels are not offered
    assert limits[0].id == "x"  # the course's order first


def test_find_channel_by_id_name_or_everyday_name():
    assert find_channel("x", BUILT_IN_CHANNELS).id == "x"
    assert find_channel("Twitter", BUILT_IN_CHANNELS).id == "x"
    assert find_channel("X (formerly Twitter)", BUILT_IN_CHANNELS).id == "x"
    assert find_channel("linked in", BUILT_IN_CHANNELS).id == "linkedin"
    assert find_channel("YouTube", BUILT_IN_CHANNELS).id == "youtube"
    assert find_channel("MySpace", BUILT_IN_CHANNELS) is None
    assert find_channel("", BUILT_IN_CHANNELS) is None


def test_a_broken_course_falls_back_to_built_ins(monkeypatch):
    import firstpost.core.content as content_package

    def broken(*_args, **_kwargs):
        raise FileNotFoundError("no lessons folder")

    monkeypatch.setattr(content_package, "load_content", broken)
    assert load_channel_limits() == BUILT_IN_CHANNELS
    assert {"jobs-site", "jobcentre"} <= channels_module.ADVERT_CHANNELS


def test_planner_labels_find_channels_whatever_the_course_calls_them():
    plain = (make_limit("x", "X"), make_limit("linkedin", "LinkedIn"))
    assert find_channel("X (formerly Twitter)", plain).id == "x"
    assert find_channel("x", plain).id == "x"
    assert find_channel("(", plain) is None


def make_limit(channel_id: str, name: str):
    from firstpost.core.checks import ChannelLimit

    return ChannelLimit(channel_id, name, 280)


def test_the_length_finding_cites_the_channel_s_own_length_source():
    from firstpost.core.checks import check_post

    content = SimpleNamespace(
        channels=[
            make_channel(
                "bluesky",
                "Bluesky",
                post_length={"limit": 300, "counting": "graphemes"},
                sources=["ofcom-online-nation-2024", "bluesky-help-post-length"],
            ),
        ]
    )
    bluesky = channel_limits(content)[0]
    assert bluesky.sources == ("bluesky-help-post-length",)  # not the audience figures
    finding = check_post("a" * 301, (bluesky,)).findings[0]
    assert finding.rule == "over-limit" and finding.sources == ("bluesky-help-post-length",)


def test_mastodon_s_limit_is_called_the_usual_default():
    from firstpost.core.checks import check_post

    mastodon = next(c for c in BUILT_IN_CHANNELS if c.id == "mastodon")
    finding = check_post("a" * 501, (mastodon,)).findings[0]
    assert "501 of 500" in finding.message
    assert "500 is the usual limit; your server may allow more." in finding.message
    x = next(c for c in BUILT_IN_CHANNELS if c.id == "x")
    assert "server" not in check_post("a" * 281, (x,)).findings[0].message
