"""The self-paced course (notebooks/lessons.ipynb): episodes, quizzes and saved progress."""

from firstpost.ui.lessons.app import LessonsApp

__all__ = ["LessonsApp"]
