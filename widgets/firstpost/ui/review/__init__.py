"""The pilot review app (notebooks/review.ipynb)."""

from firstpost.ui.review.app import ReviewApp

__all__ = ["ReviewApp"]
