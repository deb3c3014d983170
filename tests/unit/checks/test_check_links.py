"""Links: https, no shorteners, and a tag to measure where applicants came from."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from firstpost.core.checks import ChannelLimit
from firstpost.core.checks.links import tagged_link
from tests.unit.checks.checks_helpers import run

LINKEDIN = ChannelLimit("linkedin", "LinkedIn", 3000)


def found(text: str, *channels) -> list[tuple[str, str, str]]:
    result = run(text, *channels)
    return [(f.rule, result.quote(f), f.severity) for f in result.findings if f.check == "links"]


def test_http_is_not_secure():
    rules = [r for r, _q, _s in found("Apply at http://westshire.gov.uk/jobs?utm_source=x")]
    assert rules == ["not-secure"]


def test_shorteners():
    assert found("Apply: https://bit.ly/3abcd") == [("shortener", "https://bit.ly/3abcd", "fix")]
    assert found("Apply: lnkd.in/abc") == [("shortener", "lnkd.in/abc", "fix")]


def test_untagged_link_gets_a_tagged_suggestion_per_channel():
    result = run("Apply: https://westshire.gov.uk/jobs/123", LINKEDIN)
    finding = next(f for f in result.findings if f.check == "links")
    assert (finding.rule, finding.severity) == ("untagged", "consider")
    assert "utm_source=linkedin" in finding.suggestion and "utm_medium=social" in finding.suggestion


def test_tagged_links_pass():
    assert found("Apply: https://westshire.gov.uk/jobs?utm_source=linkedin&utm_medium=social") == []
    assert found("Apply: https://westshire.gov.uk/jobs?source=facebook") == []


def test_tagged_link_keeps_the_address_and_its_query():
    tagged = tagged_link("westshire.gov.uk/jobs?id=7", "x")
    parts = urlsplit(tagged)
    assert parts.scheme == "https" and parts.netloc == "westshire.gov.uk"
    assert parse_qs(parts.query) == {
        "id": ["7"],
        "utm_source": ["x"],
        "utm_medium": ["social"],
        "utm_campaign": ["first-post-pilot"],
    }
    assert tagged_link("http://a.gov.uk/j", "x").startswith("https://")


def test_email_addresses_and_plain_text_are_not_links():
    assert found("Email jobs@westshire.gov.uk, e.g. about 3.5 hours a week") == []


def test_tagged_link_keeps_a_section_link_after_the_tags():
    tagged = tagged_link("https://westshire.gov.uk/jobs#how-to-apply", "linkedin")
    assert tagged.endswith("&utm_campaign=first-post-pilot#how-to-apply")
    assert urlsplit(tagged).fragment == "how-to-apply"


def test_an_insecure_shortened_link_is_not_given_a_shortened_fix():
    result = run("Apply: http://bit.ly/westshire-jobs")
    by_rule = {f.rule: f for f in result.findings if f.check == "links"}
    assert set(by_rule) == {"not-secure", "shortener"}
    assert "bit.ly" not in by_rule["not-secure"].suggestion
    assert "https://" in by_rule["not-secure"].suggestion
    plain = next(
        f for f in run("Apply: http://westshire.gov.uk/jobs").findings if f.rule == "not-secure"
    )
    assert plain.suggestion == "Use the secure address: https://westshire.gov.uk/jobs"
