"""First Post: a Voilà workshop kit for public-sector HR teams.

Nothing is imported here on purpose: every app's kernel imports this package first,
and a workshop room opens apps at the same moment, so import time is start-up time.
"""

__version__ = "0.1.0"
