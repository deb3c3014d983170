"""Links: secure addresses, no shorteners, and a tag to see where applicants came from.

A pilot is judged on whether applications came through it. The kit measures source
of hire with tagged links (UTM parameters) as well as "where did you hear about us",
so the jobs site's statistics show each channel's visitors.
An http:// address is sent unencrypted and browsers warn about it; a shortened link
hides where it goes, so careful readers will not click it.
"""

from __future__ import annotations

from functools import cache
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from firstpost.core.checks.findings import Finding
from firstpost.core.checks.post import Post
from firstpost.core.checks.textparts import Span
from firstpost.core.checks.wordlists import load_data

CHECK = "links"
CAMPAIGN = "first-post-pilot"


@cache
def _data() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("links")
    return frozenset(data["shorteners"]), frozenset(data["tracking_parameters"])


def _parts(url: str):
    return urlsplit(url if "://" in url else "https://" + url)


def host_of(url: str) -> str:
    return (_parts(url).hostname or "").lower().removeprefix("www.")


def tagged_link(url: str, channel_id: str) -> str:
    """`url` with UTM tags saying it came from `channel_id` in the pilot."""
    parts = _parts(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    query.update({"utm_source": [channel_id], "utm_medium": ["social"], "utm_campaign": [CAMPAIGN]})
    scheme = "https" if parts.scheme in ("http", "https") else parts.scheme
    # the tags go before any "#section" part, which the browser keeps to itself
    return urlunsplit(
        (scheme, parts.netloc, parts.path, urlencode(query, doseq=True), parts.fragment)
    )


def _is_tagged(url: str, tracking: frozenset[str]) -> bool:
    query = parse_qs(_parts(url).query, keep_blank_values=True)
    return any(key.lower() in tracking for key in query)


def check(post: Post) -> list[Finding]:
    findings: list[Finding] = []
    shorteners, tracking = _data()
    for url in post.urls:
        findings.extend(_check_one(url, post, shorteners, tracking))
    return findings


def _check_one(
    url: Span, post: Post, shorteners: frozenset[str], tracking: frozenset[str]
) -> list[Finding]:
    findings = []
    host = host_of(url.text)
    if url.text.lower().startswith("http://"):
        secure = (
            "Use the full, secure address of your jobs page, starting https://."
            if host in shorteners
            else f"Use the secure address: https://{url.text[7:]}"
        )
        findings.append(
            Finding(
                CHECK,
                "not-secure",
                "fix",
                "This link starts with http://, so it is not secure and some browsers "
                "will warn people before opening it.",
                secure,
                url.start,
                url.end,
            )
        )
    if host in shorteners:
        findings.append(
            Finding(
                CHECK,
                "shortener",
                "fix",
                f"{host} is a link shortener. It hides where the link goes, so careful "
                "readers may not click it, and it stops working if the service closes.",
                "Use the full address of your jobs page; a long link still counts as 23 on X.",
                url.start,
                url.end,
            )
        )
        return findings
    if not _is_tagged(url.text, tracking):
        channel_ids = [c.id for c in post.channels if c.social] or ["social"]
        examples = "; ".join(f"for {c}: {tagged_link(url.text, c)}" for c in channel_ids[:3])
        findings.append(
            Finding(
                CHECK,
                "untagged",
                "consider",
                "This link has no tracking tag, so your jobs site's statistics will not show "
                "how many people came from this post.",
                f"Add a tag for each channel, {examples}.",
                url.start,
                url.end,
            )
        )
    return findings
