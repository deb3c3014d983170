"""The draft being checked, with what the person said about it, and its parts found once.

Checks read parts (links, hashtags, words, sentences) from here rather than each
finding its own, so a 3,000-character advert is parsed once per check run.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from firstpost.core.checks.channels import ChannelLimit
from firstpost.core.checks.graphemes import emoji_spans
from firstpost.core.checks.textparts import (
    Span,
    find_emails,
    find_hashtags,
    find_mentions,
    find_sentences,
    find_urls,
    find_words,
    masked,
)


@dataclass(frozen=True)
class Post:
    """A draft post or job advert, and the facts about it the text cannot show.

    `has_image`/`alt_text_written` and `has_video`/`captions_written` come from the
    person: the checker cannot see attachments, so it asks rather than guesses.
    """

    text: str
    channels: tuple[ChannelLimit, ...] = ()
    advert: bool = False
    has_image: bool = False
    alt_text_written: bool = False
    has_video: bool = False
    captions_written: bool = False

    @cached_property
    def emails(self) -> tuple[Span, ...]:
        return find_emails(self.text)

    @cached_property
    def urls(self) -> tuple[Span, ...]:
        return find_urls(self.text, self.emails)

    @cached_property
    def hashtags(self) -> tuple[Span, ...]:
        return find_hashtags(self.text, self.urls + self.emails)

    @cached_property
    def mentions(self) -> tuple[Span, ...]:
        return find_mentions(self.text, self.urls + self.emails)

    @cached_property
    def non_prose(self) -> tuple[Span, ...]:
        """Links, addresses, hashtags and mentions: not read as words or sentences."""
        return self.urls + self.emails + self.hashtags + self.mentions

    @cached_property
    def prose(self) -> str:
        """The text with links, addresses, hashtags and mentions blanked out, same length."""
        return masked(self.text, self.non_prose)

    @cached_property
    def words(self) -> tuple[Span, ...]:
        return find_words(self.prose)

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        # Read from the prose, so a full stop inside a link never ends a sentence and a
        # line of hashtags is not a sentence; spans still point into `text`.
        return find_sentences(self.prose)

    @cached_property
    def emoji(self) -> tuple[Span, ...]:
        return tuple(Span(s, e, self.text[s:e]) for s, e in emoji_spans(self.text))
