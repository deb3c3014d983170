"""The course content: lessons as data, loaded and checked by plain Python.

Apps call `load_content()` and read typed, immutable objects; facilitators run
`firstpost lessons check`, which calls `check_content()`. Nothing here imports widget
libraries, so the same checks run in tests, in CI and on a laptop without Jupyter.
"""

from firstpost.core.content.blocks import BLOCK_NAMES, Block
from firstpost.core.content.case_studies import (
    CaseLesson,
    CaseStudy,
    DecisionOption,
    DecisionPoint,
    TimelineEvent,
)
from firstpost.core.content.channels import (
    AUDIENCES,
    COUNTING_METHODS,
    AudienceFit,
    Channel,
    PostLength,
    PurposeFit,
    RiskProfile,
)
from firstpost.core.content.config import CourseConfig
from firstpost.core.content.controls import CONTROLS
from firstpost.core.content.course import Content, ExampleFile
from firstpost.core.content.episodes import Episode, EpisodeFrontMatter, parse_episode
from firstpost.core.content.figures import Figure, FigureRef
from firstpost.core.content.loader import check_content, clear_content_cache, load_content
from firstpost.core.content.problems import ContentError, Problem
from firstpost.core.content.quizzes import Question, Quiz, QuizOption
from firstpost.core.content.sources import Source

__all__ = [
    "AUDIENCES",
    "BLOCK_NAMES",
    "CONTROLS",
    "COUNTING_METHODS",
    "AudienceFit",
    "Block",
    "CaseLesson",
    "CaseStudy",
    "Channel",
    "Content",
    "ContentError",
    "CourseConfig",
    "DecisionOption",
    "DecisionPoint",
    "Episode",
    "EpisodeFrontMatter",
    "ExampleFile",
    "Figure",
    "FigureRef",
    "PostLength",
    "Problem",
    "PurposeFit",
    "Question",
    "Quiz",
    "QuizOption",
    "RiskProfile",
    "Source",
    "TimelineEvent",
    "check_content",
    "clear_content_cache",
    "load_content",
    "parse_episode",
]
