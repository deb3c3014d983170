"""Readability: Flesch reading ease, long sentences and plain-English alternatives.

Job adverts are often the hardest thing an organisation publishes, and people who
find them hard to read do not apply. GCS's accessible social media guidance asks for
sentences of 25 words or fewer (the Plain English Campaign suggests 15 to 20 on
average). Flesch reading ease is 206.835 - 1.015 x (words per sentence) - 84.6 x
(syllables per word): 60 to 70 is plain English, above 80 easy. Syllables are
counted with the usual English rules of thumb, as readability tools do; the score is
for English, so text mostly in other scripts is not scored.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from firstpost.core.checks.findings import Finding, Measure
from firstpost.core.checks.post import Post
from firstpost.core.checks.textparts import TOKEN_RE
from firstpost.core.checks.wordlists import find_at_words, load_data, phrase_pattern

CHECK = "readability"
LONG_SENTENCE_WORDS = 25
MIN_WORDS_FOR_SCORE = 20
SOURCES_SENTENCES = ("gcs-accessible-social-media", "plain-english-campaign-sentences")
SOURCES_SCORE = ("flesch-reading-ease",)

_NON_LATIN = re.compile(r"[^a-z]")
_SILENT_END = re.compile(r"(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$")
_VOWEL_GROUP = re.compile(r"[aeiouy]{1,2}")
_HAS_ALNUM = re.compile(r"[^\W_]")

BANDS = (
    (90, "very easy"),
    (80, "easy"),
    (70, "fairly easy"),
    (60, "plain English"),
    (50, "fairly hard"),
    (30, "hard"),
    (-(10**9), "very hard"),
)


@lru_cache(maxsize=4096)  # adverts repeat their words; counting is the slow part
def syllables(word: str) -> int:
    """Syllables in an English word, by rule of thumb (never fewer than 1)."""
    letters = _NON_LATIN.sub("", word.lower())
    if len(letters) <= 3:
        return 1
    letters = _SILENT_END.sub("", letters)
    letters = letters.removeprefix("y")
    return max(1, len(_VOWEL_GROUP.findall(letters)))


def shown(score: float) -> str:
    """The score as people expect it, 0 to 100 (the formula can go below 0 or above 100)."""
    return f"{min(100.0, max(0.0, score)):.0f}"


def band(score: float) -> str:
    return next(name for floor, name in BANDS if score >= floor)


def sentence_word_count(text: str) -> int:
    """Words in a sentence as a reader counts them: numbers and links count as words."""
    return sum(1 for token in TOKEN_RE.findall(text) if _HAS_ALNUM.search(token))


def reading_ease(post: Post) -> float | None:
    """Flesch reading ease of the post's prose, or None if it is too short or not English."""
    return _reading_ease(post.words, len(post.sentences))


@lru_cache(maxsize=8)  # the findings and the measures both need it
def _reading_ease(spans: tuple, sentence_count: int) -> float | None:
    words = [w.text for w in spans]
    if len(words) < MIN_WORDS_FOR_SCORE or not sentence_count:
        return None
    latin = sum(1 for w in words if w.isascii())
    if latin < len(words) * 0.8:
        return None
    total_syllables = sum(syllables(w) for w in words)
    return 206.835 - 1.015 * (len(words) / sentence_count) - 84.6 * (total_syllables / len(words))


@cache
def _plain_words() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {str(k).lower(): str(v) for k, v in load_data("plain_words")["words"].items()}
    return phrase_pattern(" ".join(map(re.escape, k.split())) for k in table), table


def check(post: Post) -> list[Finding]:
    findings: list[Finding] = []
    for sentence in post.sentences:
        count = sentence_word_count(post.text[sentence.start : sentence.end])
        if count > LONG_SENTENCE_WORDS:
            findings.append(
                Finding(
                    CHECK,
                    "long-sentence",
                    "fix",
                    f"This sentence has {count} words. Long sentences are hard to follow, "
                    f"especially on a phone or with a screen reader; GCS suggests "
                    f"{LONG_SENTENCE_WORDS} at most.",
                    "Split it into two or three shorter sentences of 15 to 20 words.",
                    sentence.start,
                    sentence.end,
                    SOURCES_SENTENCES,
                )
            )
    score = reading_ease(post)
    if score is not None and score < 60:
        hard = sorted({w.text for w in post.words if syllables(w.text) >= 4}, key=len)[-3:]
        examples = f" Long words here: {', '.join(hard)}." if hard else ""
        findings.append(
            Finding(
                CHECK,
                "reading-ease",
                "fix" if score < 50 else "consider",
                f"Reading ease is {shown(score)} out of 100 ({band(score)}). Plain English scores "
                "60 or more, and more people will read to the end.",
                "Use shorter sentences and everyday words." + examples,
                sources=SOURCES_SCORE,
            )
        )
    pattern, table = _plain_words()
    for match in find_at_words(pattern, post.prose, [w.start for w in post.words]):
        plain = table[re.sub(r"\s+", " ", match.group().lower())]
        findings.append(
            Finding(
                CHECK,
                "plain-words",
                "consider",
                f"“{match.group()}” is harder to read than it needs to be.",
                f"Try “{plain}”.",
                match.start(),
                match.end(),
            )
        )
    return findings


def measures(post: Post) -> list[Measure]:
    score = reading_ease(post)
    if score is None:
        value, note = (
            "not scored",
            (
                f"Scored from {MIN_WORDS_FOR_SCORE} words of English; shorter posts are judged "
                "by their sentences."
            ),
        )
    else:
        value, note = f"{shown(score)} ({band(score)})", "Flesch reading ease: 60 or more is plain."
    longest = max(
        (sentence_word_count(post.text[s.start : s.end]) for s in post.sentences), default=0
    )
    return [
        Measure(CHECK, "Reading ease", value, note),
        Measure(CHECK, "Longest sentence", f"{longest} words", "25 words at most (GCS)."),
    ]
