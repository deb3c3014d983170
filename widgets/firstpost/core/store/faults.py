"""Plain words for the storage faults a workshop server meets: a full disk, a read-only folder.

A save that fails because the server's disk is full or its data folder cannot be
written is not the participant's doing and no retry of theirs will fix it: they need
to keep the page open (their text is on it) and fetch the facilitator. The database
drivers report these as codes buried in an exception chain; this finds them.
"""

from __future__ import annotations

import errno

FULL = "full"
READ_ONLY = "read-only"
UNWRITABLE = "unwritable"

_SQLITE = {
    "SQLITE_FULL": FULL,
    "SQLITE_READONLY": READ_ONLY,
    "SQLITE_IOERR": UNWRITABLE,
    "SQLITE_CANTOPEN": UNWRITABLE,
    "SQLITE_PERM": READ_ONLY,
}
_SQLITE_TEXT = {
    "database or disk is full": FULL,
    "readonly database": READ_ONLY,
    "disk i/o error": UNWRITABLE,
    "unable to open database file": UNWRITABLE,
}
# PostgreSQL SQLSTATE codes: disk_full, out_of_memory-class insufficient resources,
# read_only_sql_transaction, io_error.
_POSTGRES = {"53100": FULL, "53000": FULL, "25006": READ_ONLY, "58030": UNWRITABLE}
_ERRNO = {
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EIO: UNWRITABLE,
}

FAULT_MESSAGES = {
    FULL: "the server's disk is full",
    READ_ONLY: "the server's data folder cannot be written to (it is read-only)",
    UNWRITABLE: "the server could not write to its data folder",
}


def _chain(error: BaseException):
    seen: set[int] = set()
    stack = [error]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack.extend([getattr(current, "orig", None), current.__cause__, current.__context__])


def storage_fault(error: BaseException) -> str | None:
    """FULL, READ_ONLY or UNWRITABLE if `error` is a disk or permission fault, else None."""
    for current in _chain(error):
        name = getattr(current, "sqlite_errorname", None)
        if isinstance(name, str):
            for prefix, kind in _SQLITE.items():
                if name.startswith(prefix):
                    return kind
        state = getattr(current, "sqlstate", None) or getattr(current, "pgcode", None)
        if isinstance(state, str) and state in _POSTGRES:
            return _POSTGRES[state]
        if isinstance(current, OSError) and current.errno in _ERRNO:
            return _ERRNO[current.errno]
        if type(current).__module__.startswith("sqlite3"):
            message = str(current).lower()
            for fragment, kind in _SQLITE_TEXT.items():
                if fragment in message:
                    return kind
    return None


def save_failed_message(error: BaseException, what: str = "Your work") -> str | None:
    """What to tell a participant whose save hit a storage fault; None if it was not one."""
    kind = storage_fault(error)
    if kind is None:
        return None
    return (
        f"{what} could not be saved: {FAULT_MESSAGES[kind]}. Everything you typed is still "
        "on this page, so keep it open. Tell your facilitator; once they have fixed it, "
        "save again."
    )
