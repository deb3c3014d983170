"""The whole checker: verdicts, ordering, the JSON form and awkward input."""

from __future__ import annotations

import json

import pytest

from firstpost.core.checks import CHECK_NAMES, CHECKS, Finding, check_post, verdict_for
from firstpost.core.checks import runner as runner_module
from firstpost.core.checks.findings import worst_verdict
from tests.unit.checks.checks_helpers import run

CLEAN = "We're recruiting a social worker in Westshire. Apply by 29 March. #SocialWorkJobs"


def finding(severity: str, start: int | None = None) -> Finding:
    return Finding("links", "r", severity, "m", "s", start, None if start is None else start + 1)


def test_verdicts():
    assert verdict_for([]) == "green"
    assert verdict_for([finding("consider")]) == "green"
    assert verdict_for([finding("consider"), finding("fix")]) == "amber"
    assert verdict_for([finding("fix"), finding("stop")]) == "red"
    assert worst_verdict(["green", "amber"]) == "amber"
    assert worst_verdict(["amber", "red", "green"]) == "red"
    assert worst_verdict([]) == "green"


def test_a_clean_post_is_green(x_channel):
    result = run(CLEAN, x_channel)
    assert result.verdict == "green", [f.message for f in result.findings]


def test_findings_come_most_serious_first_then_in_reading_order():
    result = run("Call 07700 900123, damn it, f*ck. #socialworkjobs")
    severities = [f.severity for f in result.findings]
    assert severities == sorted(severities, key=["stop", "fix", "consider"].index)
    fixes = [f.start for f in result.findings if f.severity == "fix"]
    assert fixes == sorted(fixes)


def test_json_form_has_exactly_the_documented_keys(x_channel):
    result = run("f*ck " + "a" * 300, x_channel)
    document = json.loads(json.dumps(result.as_dict()))
    assert set(document) == {"verdict", "findings"}
    assert document["verdict"] == "red"
    for item in document["findings"]:
        assert set(item) == {"check", "severity", "message", "suggestion", "start", "end"}
        assert item["check"] in CHECK_NAMES
        assert item["severity"] in ("stop", "fix", "consider")


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "🎉",
        "👩🏽\u200d⚕️" * 50,
        "Mixed: Ελληνικά, русский, العربية, עברית, 日本語, 한국어, हिन्दी and English.",
        "\u200b\u200d\ufe0f\u0301",  # stray joiners and marks
        "####### @@@ *** !!!",
        "a" * 10_000,
        ("Assessment in Scunthorpe for analysts. " * 250)[:10_000],
    ],
)
def test_awkward_input_never_raises(text, x_channel, bluesky, linkedin):
    result = check_post(text, (x_channel, bluesky, linkedin), advert=True, has_image=True)
    assert result.verdict in ("red", "amber", "green")
    for f in result.findings:
        assert f.check in CHECK_NAMES
        if f.has_position:
            assert 0 <= f.start < f.end <= len(text)


def test_very_long_pastes_are_cut_not_refused():
    result = check_post("word " * 30_000)
    assert len(result.text) == runner_module.MAX_CHECKED_CHARS


def test_a_failing_check_does_not_hide_the_others(monkeypatch, caplog):
    from firstpost.core.checks import profanity

    def broken(_post):
        raise RuntimeError("word list exploded")

    monkeypatch.setattr(profanity, "check", broken)
    result = run("Call 07700 900123")
    assert ("profanity", "check-failed") in [(f.check, f.rule) for f in result.findings]
    assert any(f.rule == "mobile-number" for f in result.findings)
    assert "word list exploded" in caplog.text
    assert "exploded" not in " ".join(f.message for f in result.findings)


def test_every_family_is_registered():
    assert {module.CHECK for module in CHECKS} == set(CHECK_NAMES)


KITCHEN_SINK = (
    "We want a young and dynamic handyman, a competitive, ambitious, decisive, confident "
    "leader! 🎉🎉 Share your stories of working here with #CouncilStories #socialworkjobs "
    "#Three. Call Dave on 07700 900123 or email dave.smith@westshire.gov.uk, NHS 943 476 "
    "5919. We utilise sh!t. Apply at http://bit.ly/westshire-jobs and "
    "https://westshire.gov.uk/jobs 𝗻𝗼𝘄. " + "This sentence goes on and on. " * 12
)
WHOLE_TEXT_RULES = {"reading-ease", "alt-text", "captions", "no-equal-opportunities-statement"}


def test_every_family_reports_what_where_and_what_to_do(x_channel, bluesky):
    result = check_post(
        KITCHEN_SINK, (x_channel, bluesky), advert=True, has_image=True, has_video=True
    )
    assert {f.check for f in result.findings} == set(CHECK_NAMES)
    for f in result.findings:
        assert f.severity in ("stop", "fix", "consider")
        assert f.message.strip() and f.suggestion.strip(), f.rule
        if f.rule in WHOLE_TEXT_RULES:
            assert (f.start, f.end) == (None, None), f.rule
        else:
            assert result.quote(f).strip(), f.rule  # points at real words in the draft
    document = json.loads(json.dumps(result.as_dict()))
    assert len(document["findings"]) == len(result.findings)
