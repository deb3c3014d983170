"""The workshop overview app (notebooks/workshop.ipynb)."""

from firstpost.ui.workshop.app import WorkshopApp

__all__ = ["WorkshopApp"]
