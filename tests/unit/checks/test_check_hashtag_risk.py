"""Hashtag risk: #McDStories-style invitations, linked to the case study."""

from __future__ import annotations

import pytest

from tests.unit.checks.checks_helpers import run


def risks(text: str) -> list[tuple[str, str, str]]:
    result = run(text)
    return [
        (f.rule, result.quote(f), f.severity) for f in result.findings if f.check == "hashtag-risk"
    ]


@pytest.mark.parametrize(
    ("tag", "severity"),
    [
        ("#McDStories", "stop"),
        ("#MyNHSStory", "stop"),
        ("#westshirestories", "stop"),
        ("#ShareYourJourney", "stop"),
        ("#TellUsAboutIt", "stop"),
        ("#YourNHSExperience", "fix"),
        ("#MyCouncilExperience", "fix"),
        ("#NHSMemories", "fix"),
        ("#AskTheCEO", "fix"),
        ("#AskHR", "fix"),
        ("#askthechief", "fix"),
    ],
)
def test_open_invitation_hashtags(tag, severity):
    assert risks(f"Join us! {tag}") == [("open-hashtag", tag, severity)]


@pytest.mark.parametrize(
    "tag",
    [
        "#SocialWorkJobs",
        "#NHSJobs",
        "#Askern",
        "#History",
        "#BlackHistoryMonth",
        "#localhistories",
        "#Storyteller",
        "#Westshire",
        "#Jobs",
        # placements, teams and HR topics, not invitations
        "#WorkExperience",
        "#PatientExperience",
        "#LivedExperience",
        "#CandidateExperience",
    ],
)
def test_labelling_hashtags_are_fine(tag):
    assert risks(f"Join us. {tag}") == []


@pytest.mark.parametrize(
    "phrase",
    [
        "Share your experience of working with us",
        "share your stories",
        "Tell us your story",
        "Tell us about your experiences",
        "Use the hashtag to join in",
        "What's your worst interview memory?",
        "We'd love to hear your stories",
        "Send us your stories",
        "Reply with your experiences below",
    ],
)
def test_calls_for_public_stories(phrase):
    found = risks(phrase)
    assert [rule for rule, _q, _s in found] == ["public-stories"]
    assert found[0][2] == "fix"


def test_ordinary_sharing_is_fine():
    assert risks("Please share this post with friends who might apply.") == []
    assert risks("Tell us about yourself in your application form.") == []
    assert risks("At interview we'd love to hear about your experience.") == []
    assert risks("We read your experience section carefully.") == []


def test_findings_link_to_the_mcdstories_case_study():
    result = run("Share your stories! #CouncilStories")
    assert {f.case_study for f in result.findings if f.check == "hashtag-risk"} == {"mcdstories"}
    assert all("McDStories" in f.message or "public" in f.message for f in result.findings)
