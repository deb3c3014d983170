"""Hashtag risk: tags and requests that invite the public to post their own stories.

#McDStories (January 2012) is the warning: people used a paid, promoted tag meant
for happy memories to share their worst experiences; McDonald's saw the problem
within an hour and pulled the promotion in under two. A cautious
pilot keeps to one rule (the plan's `no-open-hashtags` control): no hashtag
campaigns that invite the public to share their stories. Each finding links to the
case study so the person can see what happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from firstpost.core.checks.findings import Finding, Severity
from firstpost.core.checks.post import Post
from firstpost.core.checks.wordlists import find_at_words, load_data, phrase_pattern

CHECK = "hashtag-risk"
CASE_STUDY = "mcdstories"
SOURCES = ("cmi-wion-mcdstories", "knowyourmeme-mcdstories")


@dataclass(frozen=True)
class _TagRule:
    pattern: re.Pattern[str]
    severity: Severity
    what: str


@cache
def _rules() -> tuple[tuple[_TagRule, ...], re.Pattern[str]]:
    data = load_data("hashtag_risk")
    tags = tuple(
        _TagRule(
            re.compile(item["pattern"], 0 if item.get("exact_case") else re.IGNORECASE),
            item["severity"],
            item["what"],
        )
        for item in data["hashtags"]
    )
    return tags, phrase_pattern(data["phrases"])


def check(post: Post) -> list[Finding]:
    findings: list[Finding] = []
    tag_rules, phrases = _rules()
    for tag in post.hashtags:
        body = tag.text[1:]
        rule = next((r for r in tag_rules if r.pattern.fullmatch(body)), None)
        if rule is None:
            continue
        findings.append(
            Finding(
                CHECK,
                "open-hashtag",
                rule.severity,
                f"{tag.text} {rule.what}. Anyone can use a hashtag, including people with a "
                "grievance: McDonald's pulled #McDStories within two hours once people used it "
                "for complaints.",
                "Use a hashtag that labels your own posts (such as #SocialWorkJobs), not one "
                "that asks the public for their stories.",
                tag.start,
                tag.end,
                SOURCES,
                CASE_STUDY,
            )
        )
    for match in find_at_words(phrases, post.prose, [w.start for w in post.words]):
        findings.append(
            Finding(
                CHECK,
                "public-stories",
                "fix",
                f"“{match.group()}” asks the public for their stories in the open. Some "
                "will be complaints, and they will sit under your post for everyone to see.",
                "Invite questions to a team inbox or a planned, moderated Q&A instead, and "
                "agree in advance who replies and when.",
                match.start(),
                match.end(),
                SOURCES,
                CASE_STUDY,
            )
        )
    return findings
