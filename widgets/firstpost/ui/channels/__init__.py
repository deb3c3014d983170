"""The channel selection app (notebooks/channels.ipynb)."""

from firstpost.ui.channels.app import ChannelsApp

__all__ = ["ChannelsApp"]
