"""`firstpost channels list|rank`: the app's ranking at the terminal, mistakes exit 2."""

from __future__ import annotations

import argparse
import json
import sys

import pytest

from firstpost.cli import channels as channels_cli
from firstpost.cli.errors import CommandError
from firstpost.core.channels import vocabulary


def cli(argv: list[str]) -> int:
    """Run `firstpost channels ...` as the command line does, errors included."""
    from firstpost.cli.main import COMMANDS, main

    if "channels" in COMMANDS:
        return main(["channels", *argv])
    parser = argparse.ArgumentParser(prog="firstpost channels")
    channels_cli.configure(parser)
    args = parser.parse_args(argv)
    try:
        return channels_cli.run(args)
    except CommandError as error:
        print(f"firstpost channels: {error}", file=sys.stderr)
        return error.exit_code


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
    assert out.startswith("Shortlist for onboarding, reaching existing-staff, graduates-interns:")
    assert "Not on the shortlist:" in out


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
