"""`firstpost check-calendar`: check every post in the planner's content calendar (.csv)."""

from firstpost.cli.check_post import configure_calendar as configure
from firstpost.cli.check_post import run_calendar as run

__all__ = ["configure", "run"]
