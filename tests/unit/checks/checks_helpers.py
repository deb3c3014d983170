"""Helpers for the post checker's tests: run the checker and read findings by rule."""

from __future__ import annotations

from firstpost.core.checks import ChannelLimit, CheckResult, check_post


def run(text: str, *channels: ChannelLimit, **options) -> CheckResult:
    return check_post(text, channels, **options)


def rules(result: CheckResult, check: str | None = None) -> list[str]:
    return [f.rule for f in result.findings if check is None or f.check == check]
