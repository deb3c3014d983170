"""Personal codes: how a learner without a hub account finds their progress again.

The kernel cannot read the browser's storage, so progress is tied to a code in a link the
learner bookmarks (`lessons.ipynb?learner=<code>`). The code is the only key to the
record, so it is long enough not to be guessed, and the database keeps only its hash:
someone who reads the database cannot rebuild anyone's link from it.
"""

from __future__ import annotations

import hashlib
import secrets

# No 0/o, 1/l/i: a code copied from paper or read aloud should survive.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
CODE_LENGTH = 12  # 31**12 is about 8 * 10**17 codes: no one stumbles on another's link
GROUP = 4
LINK_PREFIX = "link:"


def new_code() -> str:
    """A fresh random code, grouped for reading: e.g. `k7mp-q2xa-9fth`."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return display_code(raw)


def normalise_code(text: str) -> str:
    """The code as stored: lower case, with spaces and hyphens taken out."""
    return "".join(ch for ch in text.strip().lower() if ch not in " -_")


def code_problem(text: str) -> str | None:
    """Why `text` cannot be a personal code, in words a learner can act on; None if it can."""
    code = normalise_code(text)
    if not code:
        return "The personal code is empty."
    if len(code) > 64:
        return "That is too long to be a personal code."
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        return (
            f"That does not look like a personal code: a code has {CODE_LENGTH} letters and "
            "numbers, such as k7mp-q2xa-9fth. Check the link or code was copied in full."
        )
    return None


def display_code(text: str) -> str:
    """The code split into groups of four, as it is shown and put in links."""
    code = normalise_code(text)
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def learner_key_for_code(text: str) -> str:
    """The key the store files a code's learner under: a hash, never the code itself."""
    digest = hashlib.sha256(normalise_code(text).encode("ascii", "ignore")).hexdigest()
    return LINK_PREFIX + digest[:40]
