"""Choosing channels: from a purpose, audiences and constraints to a reasoned shortlist.

Pure Python over the course content's channel files, so the app, the command line
and the tests rank channels the same way, and the ranking runs without a browser.
"""

from firstpost.core.channels.handover import hand_over, shortlist_markdown, shortlist_plan
from firstpost.core.channels.query import (
    ChannelQuery,
    QueryProblem,
    default_weights,
    validate_query,
)
from firstpost.core.channels.ranking import Ranking, rank_channels
from firstpost.core.channels.reasons import Citation, FigureNote, Library, Reason
from firstpost.core.channels.scoring import ChannelResult, CriterionScore, assess
from firstpost.core.channels.vocabulary import (
    APPROVALS,
    AUDIENCES,
    CRITERIA,
    MAX_SHORTLIST,
    MONITORING,
    PURPOSES,
    RISK_LEVELS,
)

__all__ = [
    "APPROVALS",
    "AUDIENCES",
    "CRITERIA",
    "MAX_SHORTLIST",
    "MONITORING",
    "PURPOSES",
    "RISK_LEVELS",
    "ChannelQuery",
    "ChannelResult",
    "Citation",
    "CriterionScore",
    "FigureNote",
    "Library",
    "QueryProblem",
    "Ranking",
    "Reason",
    "assess",
    "default_weights",
    "hand_over",
    "rank_channels",
    "shortlist_markdown",
    "shortlist_plan",
    "validate_query",
]
