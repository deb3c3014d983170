"""The post checker app: paste a draft, see what to change before it goes out."""

from firstpost.ui.check_post.app import CheckPostApp

__all__ = ["CheckPostApp"]
