"""The kit's database: one SQLite file by default, any SQLAlchemy URL when configured.

`open_store()` is the entry point: it connects, brings the schema up to date with the
versioned migrations in `versions/`, and hands back an engine. Callers own their
transactions (`with engine.begin() as conn:`), one per user action.
"""

from firstpost.core.store.engine import StoreError, open_store, reset_engines

__all__ = ["StoreError", "open_store", "reset_engines"]
