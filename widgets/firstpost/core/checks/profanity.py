"""Profanity: swear words and slurs, including masked forms such as f*ck and sh!t.

In 2011 an agency worker meant to post from a personal account and sent a swear
word from Chrysler's; the agency lost the contract. A masked word reads the same to
everyone, so "f*ck" counts too. Only whole words are matched, against listed forms,
so town names and ordinary words that contain a swear word ("Scunthorpe",
"assessment", "analyst", "class") are never flagged: the classic "Scunthorpe
problem" of filters that search inside words.
"""

from __future__ import annotations

import re
from functools import cache

from firstpost.core.checks.findings import Finding
from firstpost.core.checks.post import Post
from firstpost.core.checks.textparts import split_camel_case
from firstpost.core.checks.wordlists import load_data

CHECK = "profanity"
SOURCES = ("clickz-chrysler-2011",)
CASE_STUDY = "chrysler-tweet"  # linked only where the course has it

_TOKEN_CHARS = r"A-Za-z0-9*@$!#"
_TOKEN = re.compile(rf"(?<![{_TOKEN_CHARS}])[{_TOKEN_CHARS}]+(?![{_TOKEN_CHARS}])")
_MASKS = frozenset("*#")
_LEET: dict[str, str] = {
    "0": "o",
    "1": "il",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "8": "b",
    "9": "g",
    "$": "s",
    "@": "a",
    "!": "i",
}


@cache
def _words() -> tuple[dict[str, str], dict[int, tuple[str, ...]]]:
    data = load_data("profanity")
    severity = {str(w).lower(): level for level in ("stop", "fix") for w in data[level]}
    by_length: dict[int, list[str]] = {}
    for word in severity:
        by_length.setdefault(len(word), []).append(word)
    return severity, {n: tuple(words) for n, words in by_length.items()}


def _unmask(token: str, by_length: dict[int, tuple[str, ...]]) -> str | None:
    """The listed word a masked or 'leet' token stands for (f*ck, sh!t, $hit), if any."""
    letters = sum(ch.isalpha() for ch in token)
    hidden = sum(not ch.isalpha() for ch in token)
    if letters < 2 or hidden == 0 or not (token[0].isalpha() or token[0] in _LEET):
        return None
    for word in by_length.get(len(token), ()):
        if all(
            t == w or t in _MASKS or w in _LEET.get(t, "")
            for t, w in zip(token.lower(), word, strict=True)
        ):
            return word
    return None


def _match(token: str) -> tuple[str, str] | None:
    """(listed word, severity) for a token, or None."""
    severity, by_length = _words()
    lower = token.lower()
    if lower in severity:
        return lower, severity[lower]
    if token.isalpha():
        return None
    word = _unmask(token, by_length)
    return (word, severity[word]) if word else None


def _finding(quote: str, word: str, level: str, start: int, end: int) -> Finding:
    masked = quote.lower() != word
    how = " Hiding letters does not help: people still read it." if masked else ""
    return Finding(
        CHECK,
        "swear-word" if level == "stop" else "mild-swearing",
        "stop" if level == "stop" else "fix",
        f"“{quote}” is a swear word or slur.{how}"
        if level == "stop"
        else f"“{quote}” is mild swearing, out of place in an employer's voice.{how}",
        "Take it out. In 2011 one swear word, sent from Chrysler's account by mistake, "
        "cost the agency that ran it the contract.",
        start,
        end,
        SOURCES,
        CASE_STUDY,
    )


def check(post: Post) -> list[Finding]:
    findings: list[Finding] = []
    text = post.text
    skip = post.urls + post.emails + post.mentions
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.startswith("#"):
            continue  # hashtags are read word by word below
        start = match.start()
        core = token.rstrip("!")
        if len(core) > 2 and core[0] == "*" and core[-1] == "*" and core.strip("*").isalpha():
            core = core.strip("*")  # *emphasis*, not masking
            start = text.index(core, start)
        found = _match(core)
        if found and not any(s.overlaps(start, start + len(core)) for s in skip):
            findings.append(_finding(core, *found, start, start + len(core)))
    for tag in post.hashtags:
        body = tag.text[1:]
        found = _match(body)
        if found:
            findings.append(_finding(tag.text, *found, tag.start, tag.end))
            continue
        for part in split_camel_case(body):
            found = _match(part)
            if found:
                findings.append(_finding(tag.text, *found, tag.start, tag.end))
                break
    return findings
