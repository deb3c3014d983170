"""Checks for the implementation step: the posts, their dates and who approves them."""

from __future__ import annotations

from firstpost.core.plan.channels import channel_label
from firstpost.core.plan.display import format_date, format_number, same_person
from firstpost.core.plan.model import Plan
from firstpost.core.plan.parts import ChannelPost, Post
from firstpost.core.plan.validation import (
    POST_TEXT_FALLBACK_LIMIT,
    CheckContext,
    Findings,
    blank,
)

MAX_POSTS = 5


def check_implementation(plan: Plan, ctx: CheckContext, found: Findings) -> None:
    posts = plan.implementation.posts
    if not posts:
        found.error(
            "implementation.posts",
            "The pilot has no posts yet.",
            "Add the vacancy, or up to five, that the pilot will advertise.",
        )
    elif len(posts) > MAX_POSTS:
        found.error(
            "implementation.posts",
            f"The pilot has {len(posts)} posts; a first pilot should have at most {MAX_POSTS}.",
            "Keep the pilot small enough to watch closely: choose up to five vacancies "
            "and keep the rest for later.",
        )
    for index, post in enumerate(posts):
        _check_post(plan, post, f"implementation.posts[{index}]", index + 1, ctx, found)
    _check_people(plan, found)


def _check_post(
    plan: Plan, post: Post, path: str, number: int, ctx: CheckContext, found: Findings
) -> None:
    name = f"Post {number}"
    if blank(post.role):
        found.error(f"{path}.role", f"{name} has no role.", "Write the job title.")
    if blank(post.grade):
        found.error(
            f"{path}.grade",
            f"{name} has no grade or salary.",
            "Give the grade or salary range the advert will show.",
        )
    if post.closing_date is None:
        found.error(f"{path}.closing_date", f"{name} has no closing date.", "Choose one.")
    elif post.closing_date < ctx.today:
        found.error(
            f"{path}.closing_date",
            f"{name}'s closing date ({format_date(post.closing_date)}) has passed.",
            "Choose a date in the future.",
        )
    if not post.channels:
        found.error(
            f"{path}.channels",
            f"{name} is not planned on any channel.",
            "Add at least one channel post with its text and publish date.",
        )
    for index, slot in enumerate(post.channels):
        _check_slot(
            plan, slot, f"{path}.channels[{index}]", f"{name}, channel post {index + 1}", ctx, found
        )
    dates = [slot.publish_date for slot in post.channels if slot.publish_date is not None]
    if post.closing_date is None or not dates:
        return
    if post.closing_date < min(dates):
        found.error(
            f"{path}.closing_date",
            f"{name}: the closing date is before the first publish date "
            f"({format_date(min(dates))}).",
            "Move the closing date later, or publish earlier, so people can apply.",
        )
        return
    for index, slot in enumerate(post.channels):
        if slot.publish_date is not None and slot.publish_date > post.closing_date:
            found.error(
                f"{path}.channels[{index}].publish_date",
                f"{name}, channel post {index + 1} goes out after the vacancy closes "
                f"({format_date(post.closing_date)}).",
                "Publish before the closing date, or remove this post.",
            )


def _check_slot(
    plan: Plan, slot: ChannelPost, path: str, name: str, ctx: CheckContext, found: Findings
) -> None:
    if blank(slot.channel):
        found.error(f"{path}.channel", f"{name} has no channel.", "Choose where it goes out.")
    elif slot.channel not in ctx.catalogue:
        found.error(
            f"{path}.channel",
            f'{name}: "{slot.channel}" is not a channel the planner knows.',
            "Choose a channel from the list.",
        )
    elif slot.channel not in plan.strategy.channels:
        found.warning(
            f"{path}.channel",
            f"{name} uses {channel_label(slot.channel)}, which is not in the strategy.",
            "Add the channel to the strategy, or choose one that is there.",
        )
    if blank(slot.text):
        found.error(f"{path}.text", f"{name} has no text.", "Write the post.")
    limit = ctx.channel_limits.get(slot.channel, POST_TEXT_FALLBACK_LIMIT)
    if len(slot.text) > limit:
        if slot.channel in ctx.channel_limits:
            rule = f"{channel_label(slot.channel)} allows {format_number(limit)}"
        else:
            rule = f"the planner keeps posts to {format_number(limit)}"
        found.error(
            f"{path}.text",
            f"{name} is {format_number(len(slot.text))} characters; {rule}.",
            f"Cut {_characters(len(slot.text) - limit)}.",
        )
    if slot.publish_date is None:
        found.error(f"{path}.publish_date", f"{name} has no publish date.", "Choose one.")
    elif slot.publish_date < ctx.today:
        found.error(
            f"{path}.publish_date",
            f"{name}'s publish date ({format_date(slot.publish_date)}) is in the past.",
            "Choose a date from today onwards.",
        )
    if slot.publish_time is None:
        found.error(
            f"{path}.publish_time",
            f"{name} has no publish time.",
            "Choose a time inside your monitoring hours, so someone is there for replies.",
        )


def _characters(count: int) -> str:
    return "1 character" if count == 1 else f"{format_number(count)} characters"


def _check_people(plan: Plan, found: Findings) -> None:
    author = plan.implementation.author
    if blank(author.name):
        found.error(
            "implementation.author.name",
            "Nobody is named as the author of the posts.",
            "Name the person who writes them.",
        )
    elif blank(author.role):
        found.warning(
            "implementation.author.role",
            "The author's role is missing.",
            "Add it for the sign-off sheet.",
        )
    approvers = plan.implementation.approvers
    if not approvers:
        found.error(
            "implementation.approvers",
            "No approver is named.",
            "Name at least one person who checks each post before it goes out.",
        )
    for index, approver in enumerate(approvers):
        path = f"implementation.approvers[{index}]"
        name = f"Approver {index + 1}"
        if blank(approver.name):
            found.error(f"{path}.name", f"{name} has no name.", "Name them or remove the row.")
            continue
        if not blank(author.name) and same_person(approver.name, author.name):
            found.error(
                f"{path}.name",
                f"{name} is also the author. Nobody should approve their own post.",
                "Name someone else, for example the author's manager.",
            )
        if any(same_person(approver.name, a.name) for a in approvers[:index]):
            found.warning(f"{path}.name", f"{name} is listed twice.", "Remove one.")
        if blank(approver.role):
            found.warning(f"{path}.role", f"{name}'s role is missing.", "Add it.")
