"""Gendered wording in job adverts, from Gaucher, Friesen and Kay's published word lists.

Their study (Journal of Personality and Social Psychology, 2011) found that adverts
with more masculine-coded words ("competitive", "dominant", "leader") made women find
the job less appealing and feel they would belong less, not that they could not do
it. Gender Decoder popularised the method; its Python package is Python 2 only, so
the lists are implemented here from the paper's appendix (data/gendered.yaml).

The verdict follows Gender Decoder's rule: compare the counts of feminine- and
masculine-coded words; more of one makes the advert feminine- or masculine-coded,
"strongly" when the difference is more than 3; equal counts are neutral. Only
adverts are checked: the lists were built for job advertisements.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from firstpost.core.checks.findings import Finding, Measure
from firstpost.core.checks.post import Post
from firstpost.core.checks.textparts import Span
from firstpost.core.checks.wordlists import find_at_words, load_data, phrase_pattern

CHECK = "gendered-language"
SOURCES = ("gaucher-friesen-kay-2011", "gender-decoder")
STRONG_GAP = 3


@dataclass(frozen=True)
class _Lists:
    masculine_exact: frozenset[str]
    masculine_stems: tuple[str, ...]
    feminine_exact: frozenset[str]
    feminine_stems: tuple[str, ...]
    not_coded: frozenset[str]
    not_coded_phrases: re.Pattern[str]


@dataclass(frozen=True)
class GenderCoding:
    """How an advert is coded, and the words that make it so."""

    masculine: tuple[Span, ...]
    feminine: tuple[Span, ...]

    @property
    def difference(self) -> int:
        return len(self.feminine) - len(self.masculine)

    @property
    def verdict(self) -> str:
        gap = self.difference
        if gap == 0:
            return "neutral" if self.masculine else "no coded words"
        side = "feminine-coded" if gap > 0 else "masculine-coded"
        return f"strongly {side}" if abs(gap) > STRONG_GAP else side


def _norm(word: str) -> str:
    return word.lower().replace("-", "").replace("’", "'")


def _split(entries: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    exact = frozenset(_norm(e) for e in entries if not e.endswith("*"))
    stems = tuple(_norm(e[:-1]) for e in entries if e.endswith("*"))
    return exact, stems


@cache
def _lists() -> _Lists:
    data = load_data("gendered")
    m_exact, m_stems = _split(data["masculine"])
    f_exact, f_stems = _split(data["feminine"])
    return _Lists(
        m_exact,
        m_stems,
        f_exact,
        f_stems,
        frozenset(_norm(w) for w in data["not_coded"]),
        phrase_pattern(data["not_coded_phrases"]),
    )


def _side(word: str, lists: _Lists) -> str | None:
    key = _norm(word)
    if key in lists.not_coded:
        return None
    if key in lists.masculine_exact or key.startswith(lists.masculine_stems):
        return "m"
    if key in lists.feminine_exact or key.startswith(lists.feminine_stems):
        return "f"
    return None


def gender_coding(post: Post) -> GenderCoding:
    lists = _lists()
    starts = [word.start for word in post.words]
    excluded = [m.span() for m in find_at_words(lists.not_coded_phrases, post.prose, starts)]
    masculine: list[Span] = []
    feminine: list[Span] = []
    for word in post.words:
        if any(a <= word.start and word.end <= b for a, b in excluded):
            continue
        side = _side(word.text, lists)
        if side is None and "-" in word.text:
            offset = word.start
            for part in word.text.split("-"):
                part_side = _side(part, lists)
                if part_side:
                    span = Span(offset, offset + len(part), part)
                    (masculine if part_side == "m" else feminine).append(span)
                offset += len(part) + 1
            continue
        if side:
            (masculine if side == "m" else feminine).append(word)
    return GenderCoding(tuple(masculine), tuple(feminine))


def _listed(spans: tuple[Span, ...]) -> str:
    """The words found, each once, with how often it was used if more than once."""
    counts = Counter(s.text.lower() for s in spans)
    words = [w if counts[w] == 1 else f"{w} ({counts[w]} times)" for w in sorted(counts)]
    return ", ".join(words) if words else "none"


def _counted(spans: tuple[Span, ...], side: str) -> str:
    """ "2 masculine-coded words (ambitious, competitive)" or "no feminine-coded words"."""
    if not spans:
        return f"no {side}-coded words"
    noun = "word" if len(spans) == 1 else "words"
    return f"{len(spans)} {side}-coded {noun} ({_listed(spans)})"


def check(post: Post) -> list[Finding]:
    if not post.advert:
        return []
    coding = gender_coding(post)
    counts = (
        f"{_counted(coding.masculine, 'masculine')} and {_counted(coding.feminine, 'feminine')}"
    )
    if "masculine" in coding.verdict:
        spans = tuple((s.start, s.end) for s in coding.masculine)
        return [
            Finding(
                CHECK,
                "masculine-coded",
                "fix" if coding.verdict.startswith("strongly") else "consider",
                f"This advert is {coding.verdict}: {counts}. In research, adverts like "
                "this made women find the job less appealing and feel they would not belong.",
                "Swap some highlighted words for neutral ones (“runs” for “leads”, “good” "
                "for “competitive”), and say what support and teamwork the job offers.",
                spans[0][0],
                spans[0][1],
                SOURCES,
                spans=spans,
            )
        ]
    if "feminine" in coding.verdict:
        spans = tuple((s.start, s.end) for s in coding.feminine)
        return [
            Finding(
                CHECK,
                "feminine-coded",
                "consider",
                f"This advert is {coding.verdict}: {counts}.",
                "Nothing to change for this reason alone: the research found that "
                "masculine-coded wording put women off. Check the advert describes the job "
                "as it really is.",
                spans[0][0],
                spans[0][1],
                SOURCES,
                spans=spans,
            )
        ]
    return []


def measures(post: Post) -> list[Measure]:
    if not post.advert:
        return []
    coding = gender_coding(post)
    return [
        Measure(
            CHECK,
            "Gender coding",
            coding.verdict,
            f"Masculine-coded words: {_listed(coding.masculine)}. "
            f"Feminine-coded words: {_listed(coding.feminine)}.",
        )
    ]
