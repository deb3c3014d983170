"""Length: over a channel's limit is a stop, with the part that will not fit highlighted."""

from __future__ import annotations

from tests.unit.checks.checks_helpers import rules, run


def test_fits_every_channel(x_channel, bluesky):
    result = run("Short and sweet.", x_channel, bluesky)
    assert rules(result, "length") == []
    labels = [m.value for m in result.measures if m.check == "length"]
    assert labels == ["16 of 280", "16 of 300"]


def test_over_x_because_of_weighting_not_characters(x_channel, linkedin):
    # 250 characters of text plus one long link: 281 code points would fit nowhere,
    # but X counts the link as 23, so 250 + 1 + 23 = 274 fits.
    link = "https://www.westshire.gov.uk/jobs/" + "a" * 30
    text = "a" * 250 + " " + link
    assert rules(run(text, x_channel), "length") == []
    emoji = "a" * 275 + "🎉🎉🎉"  # 278 code points, 281 on X
    finding = next(f for f in run(emoji, x_channel).findings if f.check == "length")
    assert finding.severity == "stop" and finding.rule == "over-limit"
    assert "281 of 280" in finding.message and "at least 1" in finding.suggestion
    assert (finding.start, finding.end) == (277, 278)


def test_bluesky_counts_what_readers_see(bluesky):
    text = "👍🏽" * 300
    assert rules(run(text, bluesky), "length") == []
    assert rules(run(text + "!", bluesky), "length") == ["over-limit"]


def test_linkedin_fold_is_worth_a_thought(linkedin):
    text = "We are hiring. " * 20  # 300 characters
    result = run(text, linkedin)
    finding = next(f for f in result.findings if f.check == "length")
    assert (finding.rule, finding.severity) == ("folded", "consider")
    assert finding.start == 210 and finding.end == len(text)


def test_no_channel_means_no_length_check_and_empty_text_is_fine(x_channel):
    assert rules(run("a" * 10_000), "length") == []
    assert run("", x_channel).findings == ()
    assert run("   \n ", x_channel).findings == ()


def test_each_channel_reported_separately(x_channel, bluesky, linkedin):
    text = "a" * 290
    result = run(text, x_channel, bluesky, linkedin)
    over = [f.message for f in result.findings if f.rule == "over-limit"]
    assert len(over) == 1 and "X" in over[0]  # fits Bluesky's 300 and LinkedIn's 3,000
    assert [f.rule for f in result.findings if f.check == "length"].count("folded") == 1
