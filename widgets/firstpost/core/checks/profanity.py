"""Profanity: swear words and slurs, including masked forms such as f*ck and sh!t.

In 2011 an agency worker meant to post from a personal account and sent a swear
word from Chrysler's; the agency lost the contract. A masked word reads the same to
everyone, so "f*ck" counts too. Only whole words are matched, against listed forms,
so town names and ordinary words that contain a swear word ("Scunthorpe",
"assessment", "analyst", "class") are never flagged: the classic "Scunthorpe
problem" of filters that search inside words. Disguises people use are read
through: letters swapped for symbols (sh!t, $hit), stars (f*ck, f***), stretched
letters (shiiit), accents and look-alike letters from "fancy text" generators.
Medical terms that contain a listed word ("spastic paraplegia") are not flagged.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from firstpost.core.checks.findings import Finding
from firstpost.core.checks.post import Post
from firstpost.core.checks.textparts import Span, split_camel_case
from firstpost.core.checks.wordlists import load_data, phrase_pattern

CHECK = "profanity"
SOURCES = ("clickz-chrysler-2011",)
CASE_STUDY = "chrysler-tweet"  # linked only where the course has it

# Letters and digits in any script (so "fück" and bold "𝗳𝘂𝗰𝗸" are one token), and the
# symbols people put in place of letters. "_" separates words, as in a file name.
_CHAR = r"(?:[^\W_]|[*@$!#])"
_TOKEN = re.compile(rf"(?<!{_CHAR}){_CHAR}+(?!{_CHAR})")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_ACCENTS = re.compile("[\u0300-\u036f]")  # combining accents, once letters are decomposed
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


@cache
def _not_swearing() -> re.Pattern[str] | None:
    phrases = load_data("profanity").get("not_swearing") or []
    return phrase_pattern(phrases) if phrases else None


def _fold(token: str) -> str:
    """The token in plain lower-case ASCII where it can be: accents and look-alikes go."""
    lower = token.lower()
    if lower.isascii():
        return lower
    plain = _ACCENTS.sub("", unicodedata.normalize("NFKD", lower)).lower()
    return plain if plain.isascii() else lower


def _unmask(token: str, by_length: dict[int, tuple[str, ...]]) -> str | None:
    """The listed word a masked or 'leet' token stands for (f*ck, sh!t, $hit), if any."""
    letters = sum(ch.isalpha() for ch in token)
    hidden = sum(not ch.isalpha() for ch in token)
    if hidden == 0 or not (token[0].isalpha() or token[0] in _LEET):
        return None
    if letters < 2:
        return _first_letter_only(token, by_length)
    for word in by_length.get(len(token), ()):
        if all(
            t == w or t in _MASKS or w in _LEET.get(t, "")
            for t, w in zip(token.lower(), word, strict=True)
        ):
            return word
    return None


def _first_letter_only(token: str, by_length: dict[int, tuple[str, ...]]) -> str | None:
    """The swear word an "f***" or "s***" stands for: a letter then only stars.

    Everyone reads "f***" as the word, so it counts; at least two stars are needed,
    which keeps grades such as "A*" clear. Only words never to be posted count, so
    the worst reading is the one reported.
    """
    first, rest = token[0].lower(), token[1:]
    if len(rest) < 2 or set(rest) != {"*"}:
        return None
    severity, _ = _words()
    return next(
        (w for w in by_length.get(len(token), ()) if w[0] == first and severity[w] == "stop"),
        None,
    )


def _match(token: str) -> tuple[str, str] | None:
    """(listed word, severity) for a token, or None."""
    severity, by_length = _words()
    lower = _fold(token)
    if lower in severity:
        return lower, severity[lower]
    if _STRETCHED.search(lower):  # "shiiit", "fuuuck": try the letters once and twice
        for keep in (r"\1", r"\1\1"):
            shorter = _STRETCHED.sub(keep, lower)
            if shorter in severity:
                return shorter, severity[shorter]
    if lower.isalpha():
        return None
    word = _unmask(lower, by_length)
    return (word, severity[word]) if word else None


def _finding(quote: str, token: str, word: str, level: str, start: int, end: int) -> Finding:
    masked = token.lower() != word
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
    allowed = _not_swearing()
    if allowed is not None:
        skip += tuple(Span(*m.span(), m.group()) for m in allowed.finditer(text))
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
            findings.append(_finding(core, core, *found, start, start + len(core)))
    for tag in post.hashtags:
        body = tag.text[1:]
        found = _match(body)
        if found:
            findings.append(_finding(tag.text, body, *found, tag.start, tag.end))
            continue
        for part in split_camel_case(body):
            found = _match(part)
            if found:
                findings.append(_finding(tag.text, part, *found, tag.start, tag.end))
                break
    return findings
