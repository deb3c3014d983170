"""The pilot planner app (notebooks/planner.ipynb)."""

from firstpost.ui.planner.app import PlannerApp

__all__ = ["PlannerApp"]
