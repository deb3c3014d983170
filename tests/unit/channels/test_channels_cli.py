"""`firstpost channels list|rank`: the app's ranking at the terminal, mistakes exit 2."""

from __future__ import annotations

import json

import pytest

from firstpost.cli import channels as channels_cli
from firstpost.core.channels import vocabulary


def cli(argv: list[str]) -> int:
    """Run `firstpost channels ...` as the command line does, errors included."""
    from firstpost.cli.main import main

    return main(["channels", *argv])


def test_choices_are_the_tools_own_lists():
    assert tuple(vocabulary.PURPOSES) == channels_cli.PURPOSE_CHOICES
    assert tuple(vocabulary.AUDIENCES) == channels_cli.AUDIENCE_CHOICES
    assert channels_cli.RISK_CHOICES == vocabulary.RISK_LEVELS
    assert tuple(vocabulary.MONITORING) == channels_cli.MONITORING_CHOICES
    assert tuple(vocabulary.APPROVALS) == channels_cli.APPROVAL_CHOICES
    assert channels_cli.CRITERION_CHOICES == vocabulary.CRITERION_IDS


def test_list_json_has_every_channel_with_its_kind_and_status(capsys):
    assert cli(["list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["channels"]
    by_id = {row["id"]: row for row in rows}
    assert by_id["linkedin"]["kind"] == "social"
    assert by_id["jobcentre"]["kind"] == "non-social"
    assert by_id["workplace-from-meta"]["status"] == "retired"
    assert by_id["x"]["post_length"] == {"limit": 280, "counting": "x-weighted"}
    # every part of the risk profile the issue names, not just the exposure
    assert set(by_id["x"]["risk"]) == {"reply_controls", "moderation", "open_hashtag_exposure"}
    assert "cannot be changed after" in by_id["x"]["risk"]["reply_controls"]
    assert by_id["x"]["accessibility"] and by_id["x"]["cost"].startswith("Free to post")
    assert "Viva Engage" in by_id["workplace-from-meta"]["retired_note"]


def test_rank_json_matches_the_documented_shape(capsys):
    code = cli(["rank", "--purpose", "recruitment", "--audience", "specialists", "--json"])
    assert code == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"shortlist", "excluded"}
    shortlist = document["shortlist"]
    assert shortlist[0]["id"] == "linkedin"
    assert any(item["social"] is False for item in shortlist)
    assert any("Jobvite" in reason for reason in shortlist[0]["reasons"])
    why = {item["id"]: item["why"] for item in document["excluded"]}
    assert why["workplace-from-meta"].startswith("Retired")
    ids = {i["id"] for i in shortlist} | set(why)
    assert "workplace-from-meta" not in {i["id"] for i in shortlist}
    assert len(ids) == len(shortlist) + len(why)


def test_rank_with_more_audiences_hours_risk_and_weights(capsys):
    code = cli(
        [
            "rank",
            "--purpose",
            "onboarding",
            "--audience",
            "existing-staff",
            "--audience",
            "graduates-interns",
            "--risk",
            "high",
            "--hours",
            "2.5",
            "--weight",
            "risk=0",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    # audiences come back in the app's order, whatever order they were typed in
    assert out.startswith("Shortlist for onboarding, reaching graduates-interns, existing-staff:")
    # risk weighs nothing and 2.5 h leaves room for the intranet next to a cheap route
    shortlist = out.split("\nNotes:")[0]
    assert " 1. Staff intranet forums (social media): " in shortlist
    assert "(not social media)" in shortlist
    why_not = out.split("Not on the shortlist:\n")[1]
    assert "  - Workplace from Meta: Retired, so never recommended." in why_not
    assert "TikTok: Needs about 4 h a week on its own; you have 2.5 h." in why_not


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--purpose", "marketing", "--audience", "specialists"], "employer-brand"),
        (["--purpose", "recruitment", "--audience", "pensioners"], "under-represented"),
        (["--purpose", "recruitment", "--audience", "specialists", "--hours", "-2"], "0 or more"),
        (["--purpose", "recruitment", "--audience", "specialists", "--risk", "wild"], "medium"),
        (["--purpose", "recruitment", "--audience", "specialists", "--weight", "risk=9"], "0 to 5"),
    ],
)
def test_mistakes_exit_2_naming_the_valid_values(argv, named, capsys):
    with pytest.raises(SystemExit) as stop:
        cli(["rank", *argv])
    assert stop.value.code == 2
    assert named in capsys.readouterr().err


def test_hours_over_the_limit_exit_2_from_the_core_check(capsys):
    code = cli(["rank", "--purpose", "recruitment", "--audience", "specialists", "--hours", "500"])
    assert code == 2
    captured = capsys.readouterr()
    assert "use 80 or fewer" in captured.out + captured.err
