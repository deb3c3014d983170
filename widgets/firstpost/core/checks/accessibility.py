"""Accessibility: the Government Communication Service's rules for social media posts.

Screen readers read every hashtag, emoji and link aloud, so GCS asks for: hashtags
in CamelCase (#SocialWorkJobs is read as words, #socialworkjobs as a jumble), at most
two and at the end; at most three emoji and none repeated ("party popper, party
popper, party popper"); one link per post. Defra adds: no Unicode "bold" or
"italic" letters (many screen readers skip them or spell them out) and never rely on
automatic alt text. Images need alt text and videos captions; the checker cannot
see attachments, so it asks.
"""

from __future__ import annotations

import re

from firstpost.core.checks.findings import Finding, Severity
from firstpost.core.checks.post import Post

CHECK = "accessibility"
SOURCES = ("gcs-accessible-social-media",)
SOURCES_DEFRA = ("defra-accessible-social-media",)
MAX_HASHTAGS = 2
MAX_EMOJI = 3
MAX_LINKS = 1
# Letters from "fancy text" generators: Mathematical Alphanumeric Symbols (bold,
# italic, script), circled letters and full-width letters.
_FANCY = "\U0001d400-\U0001d7ff\u24b6-\u24e9\uff21-\uff3a\uff41-\uff5a"
FANCY_LETTERS_RE = re.compile(rf"[{_FANCY}]+(?:[\s\d.,!?'-]+[{_FANCY}]+)*")


def _finding(
    rule: str,
    severity: Severity,
    message: str,
    suggestion: str,
    start: int | None = None,
    end: int | None = None,
    sources: tuple[str, ...] = SOURCES,
) -> Finding:
    return Finding(CHECK, rule, severity, message, suggestion, start, end, sources)


def _hashtag_findings(post: Post) -> list[Finding]:
    findings = []
    tags = post.hashtags
    for tag in tags:
        body = tag.text[1:]
        letters = "".join(ch for ch in body if ch.isalpha())
        if len(letters) >= 8 and letters.islower():
            findings.append(
                _finding(
                    "hashtag-case",
                    "consider",
                    f"{tag.text} is all in small letters. If it is more than one word, a screen "
                    "reader will read it as one long made-up word.",
                    "Start each word with a capital letter (CamelCase), such as #SocialWorkJobs.",
                    tag.start,
                    tag.end,
                )
            )
        elif len(letters) >= 5 and letters.isupper():
            findings.append(
                _finding(
                    "hashtag-case",
                    "fix",
                    f"{tag.text} is all in capitals, which screen readers may spell out letter "
                    "by letter.",
                    "Start each word with a capital and write the rest in small letters, such "
                    "as #SocialWorkJobs.",
                    tag.start,
                    tag.end,
                )
            )
    if len(tags) > MAX_HASHTAGS:
        findings.append(
            _finding(
                "too-many-hashtags",
                "fix",
                f"There are {len(tags)} hashtags. Each one is read out in full, so GCS suggests "
                f"{MAX_HASHTAGS} at most.",
                "Keep the one or two that people really search for.",
                tags[MAX_HASHTAGS].start,
                tags[-1].end,
            )
        )
    last_word = post.words[-1].start if post.words else -1
    for tag in tags:
        if last_word > tag.end:
            findings.append(
                _finding(
                    "hashtag-position",
                    "fix",
                    f"{tag.text} is in the middle of the text, which breaks up the sentence "
                    "for people using screen readers.",
                    "Write the words plainly and put hashtags at the end of the post.",
                    tag.start,
                    tag.end,
                )
            )
    return findings


def _emoji_findings(post: Post) -> list[Finding]:
    findings = []
    emoji = post.emoji
    if len(emoji) > MAX_EMOJI:
        findings.append(
            _finding(
                "too-many-emoji",
                "fix",
                f"There are {len(emoji)} emoji. Screen readers read out each one's name, so "
                f"GCS suggests {MAX_EMOJI} at most.",
                "Keep one or two, and never let an emoji carry the message on its own.",
                emoji[MAX_EMOJI].start,
                emoji[-1].end,
            )
        )
    seen: set[str] = set()
    reported: set[str] = set()
    for item in emoji:
        if item.text in seen and item.text not in reported:
            reported.add(item.text)
            findings.append(
                _finding(
                    "repeated-emoji",
                    "fix",
                    f"{item.text} is used more than once. A screen reader reads its name each "
                    "time.",
                    "Use each emoji once at most.",
                    item.start,
                    item.end,
                )
            )
        seen.add(item.text)
    return findings


def check(post: Post) -> list[Finding]:
    if not post.text.strip():
        return []
    findings = _hashtag_findings(post) + _emoji_findings(post)
    if len(post.urls) > MAX_LINKS:
        findings.append(
            _finding(
                "too-many-links",
                "fix",
                f"There are {len(post.urls)} links. GCS suggests one link per post, so "
                "people know where to go.",
                "Keep the link to the page that matters most (usually the advert).",
                post.urls[MAX_LINKS].start,
                post.urls[-1].end,
            )
        )
    for match in FANCY_LETTERS_RE.finditer(post.text):
        findings.append(
            _finding(
                "fancy-letters",
                "fix",
                "These letters are special symbols made to look bold, italic or decorated. "
                "Many screen readers skip them or read each symbol's name, and search "
                "cannot find them.",
                "Type the words as ordinary letters.",
                match.start(),
                match.end(),
                SOURCES_DEFRA,
            )
        )
    if post.has_image and not post.alt_text_written:
        findings.append(
            _finding(
                "alt-text",
                "fix",
                "The post has an image, and alt text has not been written for it yet.",
                "Write alt text that says what the image shows and any words in it. Do not "
                "rely on the platform's automatic alt text.",
                sources=SOURCES + SOURCES_DEFRA,
            )
        )
    if post.has_video and not post.captions_written:
        findings.append(
            _finding(
                "captions",
                "fix",
                "The post has a video, and it does not have captions yet.",
                "Add captions (subtitles) that you have checked, so people can follow it "
                "without sound.",
            )
        )
    return findings
