"""Characters as a reader sees them (grapheme clusters), and which of them are emoji.

Bluesky counts graphemes, X counts an emoji as 2 whatever its code points, and GCS
asks for at most three emoji: all three need "👩🏽‍⚕️" to be one thing, not five code
points. Python's `unicodedata` has no grapheme or emoji properties and the kit adds
no dependency for them, so this is a compact version of Unicode's extended grapheme
cluster rules (UAX #29: CR LF, controls, Hangul syllables, combining marks, emoji
modifier and ZWJ sequences, flag pairs), with Extended_Pictographic as code point
ranges from Unicode's emoji data. Rare scripts' conjunct rules are left out.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Extended_Pictographic (emoji-data.txt), as inclusive ranges.
_PICTOGRAPHIC_RANGES: tuple[tuple[int, int], ...] = (
    (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049),
    (0x2122, 0x2122), (0x2139, 0x2139), (0x2194, 0x2199), (0x21A9, 0x21AA),
    (0x231A, 0x231B), (0x2328, 0x2328), (0x2388, 0x2388), (0x23CF, 0x23CF),
    (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB),
    (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FE), (0x2600, 0x2605),
    (0x2607, 0x2612), (0x2614, 0x2685), (0x2690, 0x2705), (0x2708, 0x2712),
    (0x2714, 0x2714), (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721),
    (0x2728, 0x2728), (0x2733, 0x2734), (0x2744, 0x2744), (0x2747, 0x2747),
    (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757),
    (0x2763, 0x2767), (0x2795, 0x2797), (0x27A1, 0x27A1), (0x27B0, 0x27B0),
    (0x27BF, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B07), (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D),
    (0x3297, 0x3297), (0x3299, 0x3299), (0x1F000, 0x1F0FF), (0x1F10D, 0x1F10F),
    (0x1F12F, 0x1F12F), (0x1F16C, 0x1F171), (0x1F17E, 0x1F17F), (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A), (0x1F1AD, 0x1F1E5), (0x1F201, 0x1F20F), (0x1F21A, 0x1F21A),
    (0x1F22F, 0x1F22F), (0x1F232, 0x1F23A), (0x1F23C, 0x1F23F), (0x1F249, 0x1F3FA),
    (0x1F400, 0x1F53D), (0x1F546, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F774, 0x1F77F),
    (0x1F7D5, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F),
    (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8FF), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945),
    (0x1F947, 0x1FAFF), (0x1FC00, 0x1FFFD),
)  # fmt: skip
_STARTS = [start for start, _ in _PICTOGRAPHIC_RANGES]
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")

# Pictographs that show as plain text symbols unless followed by U+FE0F (©, ™, arrows):
# not counted as emoji on their own.
_TEXT_STYLE_BELOW = 0x2300
_TEXT_STYLE = frozenset(
    {0x25AA, 0x25AB, 0x25B6, 0x25C0, 0x25FB, 0x25FC, 0x2934, 0x2935, 0x2B05, 0x2B06, 0x2B07}
    | {0x3030, 0x303D, 0x3297, 0x3299}
)

ZWJ = 0x200D
VS16 = 0xFE0F
KEYCAP = 0x20E3

# Grapheme break classes
_OTHER, _CR, _LF, _CONTROL, _EXTEND, _ZWJ, _RI, _SPACING, _L, _V, _T, _LV, _LVT = range(13)


def is_pictographic(code: int) -> bool:
    """Unicode's Extended_Pictographic property (emoji and emoji-like symbols)."""
    if code < 0x00A9:
        return False
    index = bisect.bisect_right(_STARTS, code) - 1
    return index >= 0 and code <= _PICTOGRAPHIC_RANGES[index][1]


@lru_cache(maxsize=4096)  # drafts repeat their characters; this is the inner loop
def _char_info(char: str) -> tuple[int, bool]:
    """A character's grapheme break class and whether it is a pictograph."""
    return _break_class(char), is_pictographic(ord(char))


def _break_class(char: str) -> int:
    code = ord(char)
    if code < 0x7F:
        if code == 0x0D:
            return _CR
        if code == 0x0A:
            return _LF
        return _CONTROL if code < 0x20 else _OTHER
    if code == ZWJ:
        return _ZWJ
    if 0x1F1E6 <= code <= 0x1F1FF:
        return _RI
    if (
        0x1F3FB <= code <= 0x1F3FF
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0020 <= code <= 0xE007F
        or 0xE0100 <= code <= 0xE01EF
        or code == 0x200C
    ):
        return _EXTEND
    if 0x1100 <= code <= 0x11FF or 0xA960 <= code <= 0xA97F or 0xD7B0 <= code <= 0xD7FF:
        if code <= 0x115F or 0xA960 <= code <= 0xA97F:
            return _L
        if code <= 0x11A7 or 0xD7B0 <= code <= 0xD7C6:
            return _V
        return _T
    if 0xAC00 <= code <= 0xD7A3:
        return _LV if (code - 0xAC00) % 28 == 0 else _LVT
    category = unicodedata.category(char)
    if category in ("Mn", "Me"):
        return _EXTEND
    if category == "Mc" or code in (0x0E33, 0x0EB3):  # Thai and Lao "am" join too
        return _SPACING
    if category in ("Cc", "Zl", "Zp") or (category == "Cf" and code != 0x200C):
        return _CONTROL
    return _OTHER


def _joins(prev: int, cur: int, pict_zwj: bool, ri_odd: bool) -> bool:
    """Whether there is no grapheme break between two characters (UAX #29, GB3-GB13)."""
    if prev == _CR and cur == _LF:
        return True
    if prev in (_CR, _LF, _CONTROL) or cur in (_CR, _LF, _CONTROL):
        return False
    if prev == _L and cur in (_L, _V, _LV, _LVT):
        return True
    if prev in (_LV, _V) and cur in (_V, _T):
        return True
    if prev in (_LVT, _T) and cur == _T:
        return True
    if cur in (_EXTEND, _ZWJ, _SPACING):
        return True
    if prev == _RI and cur == _RI:
        return ri_odd
    return pict_zwj


def grapheme_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each user-perceived character in `text`, in order."""
    position = 0
    for start, end in _non_ascii_segments(text):
        yield from _ascii_spans(text, position, start)
        yield from _cluster_spans(text, start, end)
        position = end
    yield from _ascii_spans(text, position, len(text))


@lru_cache(maxsize=16)  # X, Bluesky and the emoji checks all read the same draft
def special_clusters(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every grapheme that is not one lone ASCII character, in order.

    Everywhere else each character is its own grapheme, so counting can take those
    stretches whole. Found once per draft and shared by every channel's count and the
    emoji checks: this is what keeps a 3,000-character post inside the checker's
    20 ms budget even when it is full of accents, curly quotes or emoji.
    """
    found = [
        (start, end)
        for begin, stop in _non_ascii_segments(text)
        for start, end in _cluster_spans(text, begin, stop)
        if end - start > 1 or ord(text[start]) > 0x7F
    ]
    crlf = text.find("\r\n")
    if crlf < 0:
        return tuple(found)
    covered = set(found)
    while crlf >= 0:
        if (crlf, crlf + 2) not in covered:
            found.append((crlf, crlf + 2))
        crlf = text.find("\r\n", crlf + 2)
    return tuple(sorted(found))


def _ascii_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    index = start
    while index < end:
        step = 2 if text.startswith("\r\n", index) and index + 1 < end else 1
        yield index, index + step
        index += step


def _non_ascii_segments(text: str) -> Iterator[tuple[int, int]]:
    """Stretches holding non-ASCII characters, each with the character before it.

    Between two ASCII characters there is always a break (except CR LF), and an ASCII
    character never joins the cluster before it, so only these stretches need the
    full rules: the character before is included because a combining mark or a
    keycap joins it.
    """
    if text.isascii():
        return
    for match in _NON_ASCII_RUN.finditer(text):
        start = match.start()
        if start > 0:
            start -= 1
            if text[start] == "\n" and start > 0 and text[start - 1] == "\r":
                start -= 1
        yield start, match.end()


def _cluster_spans(text: str, begin: int, stop: int) -> Iterator[tuple[int, int]]:
    start = begin
    prev = -1
    ri_run = 0  # regional indicators in a row, so flags pair up two by two
    pict_seen = False  # the cluster so far is a pictograph followed by Extend*
    pict_zwj = False  # ... and then a ZWJ: a following pictograph joins it
    for index in range(begin, stop):
        cls, pict = _char_info(text[index])
        if cls == _OTHER and prev == _OTHER:
            # Two ordinary characters (letters, punctuation, a lone emoji): always a
            # break. By far the commonest case, so it skips the general rules.
            yield start, index
            start = index
            ri_run = 0
            pict_seen = pict
            pict_zwj = False
            continue
        if prev >= 0 and not _joins(prev, cls, pict_zwj and pict, ri_run % 2 == 1):
            yield start, index
            start = index
            ri_run = 0
            pict_seen = False
        pict_zwj = False
        if cls == _RI:
            ri_run += 1
        if pict:
            pict_seen = True
        elif cls == _ZWJ and pict_seen:
            pict_zwj = True
        elif cls != _EXTEND:
            pict_seen = False
        prev = cls
    if prev >= 0:
        yield start, stop


def graphemes(text: str) -> list[str]:
    return [text[start:end] for start, end in grapheme_spans(text)]


def count_graphemes(text: str) -> int:
    """How many characters a reader sees (Bluesky's count)."""
    return len(text) - sum(end - start - 1 for start, end in special_clusters(text))


@lru_cache(maxsize=4096)
def is_emoji(cluster: str) -> bool:
    """Whether one grapheme cluster shows as an emoji picture."""
    if not cluster:
        return False
    first = ord(cluster[0])
    if 0x1F1E6 <= first <= 0x1F1FF:
        return True  # a flag (or a lone regional indicator, which also shows as one)
    codes = [ord(char) for char in cluster]
    if KEYCAP in codes and cluster[0] in "0123456789#*":
        return True
    if not is_pictographic(first):
        return False
    if VS16 in codes or ZWJ in codes or any(0x1F3FB <= code <= 0x1F3FF for code in codes):
        return True
    return first >= _TEXT_STYLE_BELOW and first not in _TEXT_STYLE


def emoji_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each emoji in `text`; a skin-toned or ZWJ emoji is one span."""
    return [(start, end) for start, end in special_clusters(text) if is_emoji(text[start:end])]
