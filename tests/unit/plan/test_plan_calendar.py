"""The content calendar is worked out from the posts, closing dates and review date."""

from __future__ import annotations

from datetime import date, time

from firstpost.core.plan import ChannelPost, Plan, Post, content_calendar


def test_calendar_lists_every_dated_item_in_order(example):
    entries = content_calendar(example)
    assert [(e.day, e.at, e.kind) for e in entries][:3] == [
        (date(2030, 3, 4), time(9, 0), "publish"),
        (date(2030, 3, 4), time(9, 0), "publish"),
        (date(2030, 3, 4), time(9, 30), "publish"),
    ]
    assert [e.kind for e in entries].count("publish") == 6
    assert [e.kind for e in entries][-3:] == ["closing", "closing", "review"]
    assert entries[-1].day == example.review_date


def test_entries_have_stable_keys_and_readable_titles(example):
    entries = {e.key: e for e in content_calendar(example)}
    assert set(entries) >= {"post-1-channel-1", "post-2-channel-3", "post-1-closing", "review"}
    facebook = entries["post-2-channel-3"]
    assert facebook.title == "Publish: Children's social worker, Children in Care team on Facebook"
    assert facebook.channel_name == "Facebook"


def test_undated_items_are_left_out_and_unnamed_posts_are_numbered():
    plan = Plan(
        implementation={
            "posts": [
                Post(
                    channels=(
                        ChannelPost(channel="linkedin"),
                        ChannelPost(publish_date=date(2030, 1, 2)),
                    )
                ),
            ]
        }
    )
    [entry] = content_calendar(plan)
    assert entry.title == "Publish: Post 1 on a channel not chosen yet"
    assert entry.at is None
