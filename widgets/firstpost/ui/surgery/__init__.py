"""The surgery board app (notebooks/surgery.ipynb)."""

from firstpost.ui.surgery.app import SurgeryApp

__all__ = ["SurgeryApp"]
