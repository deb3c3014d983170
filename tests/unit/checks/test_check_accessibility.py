"""GCS accessibility rules: hashtags, emoji, links, fancy letters, alt text and captions."""

from __future__ import annotations

from tests.unit.checks.checks_helpers import run


def found(text: str, **options) -> list[tuple[str, str, str]]:
    result = run(text, **options)
    return [
        (f.rule, result.quote(f), f.severity) for f in result.findings if f.check == "accessibility"
    ]


def test_a_well_made_post_passes():
    text = "We're hiring a social worker 🎉 Apply by 29 March: westshire.gov.uk/jobs #SocialWorkJobs #Westshire"
    assert found(text) == []


def test_hashtag_case():
    assert found("Apply now #socialworkjobs") == [("hashtag-case", "#socialworkjobs", "consider")]
    assert found("Apply now #SOCIALWORK") == [("hashtag-case", "#SOCIALWORK", "fix")]
    assert found("Apply now #jobs #NHS") == []
    assert found("Apply now #NHSJobs") == []


def test_at_most_two_hashtags_at_the_end():
    result = found("Apply now #One #Two #Three #Four")
    assert result == [("too-many-hashtags", "#Three #Four", "fix")]
    assert found("Join our #Westshire team today") == [("hashtag-position", "#Westshire", "fix")]
    # hashtags followed only by a link are still at the end
    assert found("Apply now #SocialWorkJobs westshire.gov.uk/jobs") == []


def test_emoji_count_and_repeats():
    assert found("Hi 🎉 👍🏽 ✅") == []
    too_many = found("Hi 🎉 👍🏽 ✅ 🙂 🚀")
    assert too_many == [("too-many-emoji", "🙂 🚀", "fix")]
    assert found("Yay 🎉🎉") == [("repeated-emoji", "🎉", "fix")]
    # a skin tone makes a different emoji to a screen reader: not a repeat
    assert found("👍 👍🏽") == []


def test_one_link_per_post():
    assert found("See westshire.gov.uk/jobs and nhs.uk/careers") == [
        ("too-many-links", "nhs.uk/careers", "fix")
    ]


def test_unicode_bold_and_italic_letters():
    assert found("We're 𝗵𝗶𝗿𝗶𝗻𝗴 𝗻𝗼𝘄 for 𝘴𝘰𝘤𝘪𝘢𝘭 workers") == [
        ("fancy-letters", "𝗵𝗶𝗿𝗶𝗻𝗴 𝗻𝗼𝘄", "fix"),
        ("fancy-letters", "𝘴𝘰𝘤𝘪𝘢𝘭", "fix"),
    ]
    assert found("Ordinary bold is the platform's job; maths like x² is fine") == []


def test_other_fancy_text_generator_letters():
    assert found("Ⓐⓟⓟⓛⓨ now or ｔｏｄａｙ") == [
        ("fancy-letters", "Ⓐⓟⓟⓛⓨ", "fix"),
        ("fancy-letters", "ｔｏｄａｙ", "fix"),
    ]
    assert found("Café £38,000 – “quoted” ① ② and 日本語") == []  # ordinary text is fine


def test_alt_text_and_captions_are_asked_about():
    assert found("Photo of the team", has_image=True) == [("alt-text", "", "fix")]
    assert found("Photo of the team", has_image=True, alt_text_written=True) == []
    assert found("Watch our video", has_video=True) == [("captions", "", "fix")]
    assert found("Watch our video", has_video=True, captions_written=True) == []
    assert found("No picture", alt_text_written=True) == []


def test_empty_text_has_no_findings():
    assert found("", has_image=True) == []
