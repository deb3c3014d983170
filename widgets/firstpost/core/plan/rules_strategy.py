"""Checks for the first three OASIS steps: objectives, audience and strategy."""

from __future__ import annotations

from firstpost.core.plan.channels import channel_label
from firstpost.core.plan.display import format_date
from firstpost.core.plan.model import Plan
from firstpost.core.plan.validation import CheckContext, Findings, blank


def check_objectives(plan: Plan, ctx: CheckContext, found: Findings) -> None:
    if not plan.objectives:
        found.error(
            "objectives",
            "The plan has no objectives.",
            "Add at least one SMART objective: what will change, from what figure today, "
            "to what figure, by when.",
        )
    for index, objective in enumerate(plan.objectives):
        path = f"objectives[{index}]"
        name = f"Objective {index + 1}"
        if blank(objective.what):
            found.error(
                f"{path}.what",
                f"{name} does not say what should change.",
                "Describe the change, e.g. 'applications per social worker vacancy'.",
            )
        if objective.baseline is None:
            found.error(
                f"{path}.baseline",
                f"{name} has no baseline.",
                "Write today's figure. Without it nobody can tell whether the pilot worked.",
            )
        if objective.target is None:
            found.error(
                f"{path}.target",
                f"{name} has no target.",
                "Write the figure you are aiming for.",
            )
        if (
            objective.baseline is not None
            and objective.target is not None
            and objective.baseline == objective.target
        ):
            found.warning(
                f"{path}.target",
                f"{name}'s target is the same as its baseline.",
                "Set a target that shows the change you want.",
            )
        if blank(objective.unit):
            found.warning(
                f"{path}.unit",
                f"{name} has no unit.",
                "Say what the numbers count, e.g. 'applications per vacancy' or 'weeks'.",
            )
        if objective.by_when is None:
            found.error(
                f"{path}.by_when",
                f"{name} has no date to be met by.",
                "Choose the date by which the target should be reached.",
            )
        elif objective.by_when < ctx.today:
            found.error(
                f"{path}.by_when",
                f"{name}'s date ({format_date(objective.by_when)}) has passed.",
                "Choose a date in the future.",
            )


def check_audience(plan: Plan, found: Findings) -> None:
    if not plan.audience.audiences:
        found.error(
            "audience.audiences",
            "No audience is chosen.",
            "Choose who the pilot is meant to reach.",
        )
    if blank(plan.audience.barriers):
        found.error(
            "audience.barriers",
            "The plan does not say what stops these people applying today.",
            "Describe the barriers, e.g. 'do not see our adverts' or 'think the council "
            "is not for people like them'. The channels and messages should answer them.",
        )


def check_strategy(plan: Plan, ctx: CheckContext, found: Findings) -> None:
    channels = plan.strategy.channels
    if not channels:
        found.error(
            "strategy.channels",
            "No channels are chosen.",
            "Choose where the vacancies will appear: at least one social media channel "
            "and at least one that is not social media.",
        )
    seen: set[str] = set()
    for index, channel in enumerate(channels):
        path = f"strategy.channels[{index}]"
        if channel in seen:
            found.warning(path, f"{channel_label(channel)} is listed twice.", "Remove one.")
        seen.add(channel)
        if channel not in ctx.catalogue:
            found.error(
                path,
                f'"{channel}" is not a channel the planner knows.',
                "Choose a channel from the list.",
            )
    types = {ctx.catalogue[c] for c in channels if c in ctx.catalogue}
    if types and "non-social" not in types:
        found.error(
            "strategy.channels",
            "Every channel is social media.",
            "Acas advises at least two types of channel: add one that is not social media, "
            "such as your jobs website or Jobcentre Plus, so people who are not on social "
            "media still see the job.",
        )
    if types and "social" not in types:
        found.error(
            "strategy.channels",
            "None of the channels is social media.",
            "This is a social media pilot: add at least one social media channel.",
        )
    messages = plan.strategy.key_messages
    if not any(not blank(message) for message in messages):
        found.error(
            "strategy.key_messages",
            "There are no key messages.",
            "Write the two or three things every post should get across.",
        )
    for index, message in enumerate(messages):
        if blank(message) and any(not blank(m) for m in messages):
            found.warning(
                f"strategy.key_messages[{index}]",
                f"Key message {index + 1} is empty.",
                "Write it or remove it.",
            )
