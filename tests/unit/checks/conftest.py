"""Fixtures for the post checker's tests: small channels built here, not read from lessons/."""

from __future__ import annotations

import pytest

from firstpost.core.checks import ChannelLimit


@pytest.fixture
def x_channel() -> ChannelLimit:
    return ChannelLimit("x", "X", 280, "x-weighted")


@pytest.fixture
def bluesky() -> ChannelLimit:
    return ChannelLimit("bluesky", "Bluesky", 300, "graphemes")


@pytest.fixture
def linkedin() -> ChannelLimit:
    return ChannelLimit("linkedin", "LinkedIn", 3000, "characters", visible_before_more=210)
