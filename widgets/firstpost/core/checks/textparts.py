"""Finding the parts of a post: links, email addresses, hashtags, mentions, words, sentences.

Several checks need the same parts (the length check counts links, the readability
check must not read a web address as a sentence, the gendered-word check must not
read inside a hashtag), so they are found once, with their positions, by `Post`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Top-level domains recognised in links typed without http(s)://, as X does
# ("council.gov.uk/jobs"). A short list of the common ones keeps "e.g." and "3.5"
# from being read as links.
TLDS = (
    "com|org|net|uk|gov|nhs|scot|wales|cymru|london|io|co|info|biz|me|ly|gl|gd|be|ie|eu|"
    "edu|ac|us|ca|au|nz|de|fr|es|it|nl|app|dev|jobs|careers|online|tv|fm|ai|ws|to|at|ch|in|cc|id"
)
_TRAIL = ".,;:!?'\"’”)]}>"

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+"
    r"|(?<![\w@.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:" + TLDS + r")"
    r"(?::\d+)?(?:/[^\s<>\"]*)?(?![\w@-])",
    re.IGNORECASE,
)
HASHTAG_RE = re.compile(r"(?<![\w&#/])#(\w*[^\W\d]\w*)")
MENTION_RE = re.compile(r"(?<![\w@])@(\w{1,30})")
WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
TOKEN_RE = re.compile(r"\S+")
_SENTENCE_END_RE = re.compile(r"[.!?]+[\"'’”)\]]*(?=\s|$)|\n")
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "eg",
        "i.e",
        "ie",
        "etc",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "no",
        "approx",
        "inc",
        "ltd",
        "vs",
        "cf",
        "p.a",
        "pa",
        "nb",
        "tel",
        "ext",
    ]
)


@dataclass(frozen=True)
class Span:
    """A part of the text and where it is."""

    start: int
    end: int
    text: str

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def find_emails(text: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end(), m.group()) for m in EMAIL_RE.finditer(text))


def find_urls(text: str, emails: tuple[Span, ...] = ()) -> tuple[Span, ...]:
    """Links, with trailing punctuation left out ("see council.gov.uk." ends at "uk")."""
    found = []
    for match in URL_RE.finditer(text):
        start, end = match.start(), match.end()
        if any(email.overlaps(start, end) for email in emails):
            continue
        while end > start and text[end - 1] in _TRAIL:
            if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                break
            end -= 1
        found.append(Span(start, end, text[start:end]))
    return tuple(found)


def find_hashtags(text: str, skip: tuple[Span, ...] = ()) -> tuple[Span, ...]:
    return tuple(
        Span(m.start(), m.end(), m.group())
        for m in HASHTAG_RE.finditer(text)
        if not any(s.overlaps(m.start(), m.end()) for s in skip)
    )


def find_mentions(text: str, skip: tuple[Span, ...] = ()) -> tuple[Span, ...]:
    return tuple(
        Span(m.start(), m.end(), m.group())
        for m in MENTION_RE.finditer(text)
        if not any(s.overlaps(m.start(), m.end()) for s in skip)
    )


def masked(text: str, spans: tuple[Span, ...], fill: str = " ") -> str:
    """`text` with each span blanked out, keeping every other position where it was."""
    if not spans:
        return text
    parts = []
    last = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < last:
            continue
        parts.append(text[last : span.start])
        parts.append(fill * (span.end - span.start))
        last = span.end
    parts.append(text[last:])
    return "".join(parts)


def find_words(prose: str) -> tuple[Span, ...]:
    """Words in text whose links, addresses and hashtags are already blanked out."""
    return tuple(Span(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(prose))


def find_sentences(prose: str) -> tuple[Span, ...]:
    """Sentences (and separate lines, such as list items) that contain at least one word.

    A full stop after a common abbreviation ("e.g.", "Dr.") or an initial ("J. Smith")
    does not end a sentence.
    """
    sentences = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(prose):
        if match.group() != "\n" and match.group()[0] == "." and _is_abbreviation(prose, match):
            continue
        _add_sentence(prose, start, match.end(), sentences)
        start = match.end()
    _add_sentence(prose, start, len(prose), sentences)
    return tuple(sentences)


def _is_abbreviation(prose: str, match: re.Match[str]) -> bool:
    if len(match.group()) > 1 and not match.group().startswith(".."):
        return False
    before = prose[: match.start()].rsplit(None, 1)
    word = before[-1] if before else ""
    word = word.lstrip("([\"'‘“").lower()
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() and prose[match.start() - 1].isupper()


def _add_sentence(prose: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and prose[start].isspace():
        start += 1
    while end > start and prose[end - 1].isspace():
        end -= 1
    if end > start and WORD_RE.search(prose, start, end):
        out.append(Span(start, end, prose[start:end]))


def split_camel_case(tag: str) -> list[str]:
    """The words of a CamelCase hashtag body ("SocialWorkJobs" -> Social, Work, Jobs)."""
    return re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", tag)
