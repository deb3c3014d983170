"""Counting a post the way each platform counts it, and finding where it runs over.

- characters: each Unicode character (code point) counts one.
- graphemes: each character as a reader sees it counts one (Bluesky): "👍🏽" is one.
- x-weighted: X's published rules (twitter-text v3, "Counting characters" on
  docs.x.com): text is normalised (NFC); any link counts 23 whatever its length; an
  emoji, however many code points it takes, counts 2; other characters count 1 if
  they are in the ranges U+0000-U+10FF, U+2000-U+200D, U+2010-U+201F or
  U+2032-U+2037 (Latin, Greek, Cyrillic, Arabic, Hebrew and common punctuation) and
  2 otherwise (Chinese, Japanese, Korean and most symbols).

Besides the total, the count says where the text first goes over the limit, so the
app can highlight exactly the words that will not fit.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from firstpost.core.checks.graphemes import is_emoji, special_clusters
from firstpost.core.checks.textparts import Span

X_URL_WEIGHT = 23
X_EMOJI_WEIGHT = 2
_X_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))


@dataclass(frozen=True)
class LengthCount:
    """A post's length by one counting method, against a limit."""

    method: str
    count: int
    limit: int
    over_from: int | None = None  # offset where the text first goes over the limit
    visible_end: int | None = None  # offset where "see more" cuts in, if it does

    @property
    def over_by(self) -> int:
        return max(0, self.count - self.limit)


def x_char_weight(char: str) -> int:
    code = ord(char)
    for low, high in _X_LIGHT_RANGES:
        if low <= code <= high:
            return 1
    return 2


def _units(text: str, method: str, urls: tuple[Span, ...]) -> Iterator[tuple[int, int, int, bool]]:
    """(start, end, weight, uniform) of each counted stretch, in order.

    A uniform stretch is one where every character counts 1 (plain ASCII between
    the draft's special graphemes), so a limit falling inside it can be placed by
    arithmetic instead of a character-by-character walk.
    """
    links = sorted(urls, key=lambda u: u.start) if method == "x-weighted" else []
    blocks: list[tuple[int, int, int | None]] = []
    link_index = 0
    for start, end in special_clusters(text):
        while link_index < len(links) and links[link_index].end <= start:
            link_index += 1
        if link_index < len(links) and links[link_index].start < end:
            continue  # inside a link, which counts 23 whatever it holds
        blocks.append((start, end, None))
    taken_to = -1
    for link in links:
        if link.start >= taken_to:  # links never overlap; this keeps it so
            blocks.append((link.start, link.end, X_URL_WEIGHT))
            taken_to = link.end
    blocks.sort(key=lambda block: block[0])
    weigh = _x_cluster_weight if method == "x-weighted" else None
    position = 0
    for start, end, weight in blocks:
        if start > position:
            yield position, start, start - position, True
        if weight is None:
            weight = weigh(text[start:end]) if weigh else 1
        yield start, end, weight, False
        position = end
    if position < len(text):
        yield position, len(text), len(text) - position, True


@lru_cache(maxsize=4096)
def _x_cluster_weight(cluster: str) -> int:
    if len(cluster) == 1 and cluster < "\u1100":
        return 1
    if is_emoji(cluster):
        return X_EMOJI_WEIGHT
    return sum(x_char_weight(ch) for ch in unicodedata.normalize("NFC", cluster))


def count_text(
    text: str,
    method: str,
    limit: int,
    urls: tuple[Span, ...] = (),
    visible_before_more: int | None = None,
) -> LengthCount:
    """The length of `text` by `method`, where it passes `limit`, and where "see more" falls."""
    if method == "characters":  # the common case, without a loop
        count = len(text)
        return LengthCount(
            method,
            count,
            limit,
            over_from=limit if count > limit else None,
            visible_end=visible_before_more
            if visible_before_more is not None and count > visible_before_more
            else None,
        )
    total = 0
    over_from = None
    visible_end = None
    for start, _end, weight, uniform in _units(text, method, urls):
        if (
            visible_before_more is not None
            and visible_end is None
            and total + weight > visible_before_more
        ):
            visible_end = start + (visible_before_more - total if uniform else 0)
        if over_from is None and total + weight > limit:
            over_from = start + (limit - total if uniform else 0)
        total += weight
    return LengthCount(method, total, limit, over_from, visible_end)
