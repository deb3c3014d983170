"""The case-study reviews app (notebooks/case_studies.ipynb)."""

from firstpost.ui.case_studies.app import CaseStudiesApp

__all__ = ["CaseStudiesApp"]
