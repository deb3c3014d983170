"""`firstpost cases list|show`, run through the real command-line entry point."""

from __future__ import annotations

import json

import pytest

from firstpost.cli import main as cli_main


@pytest.fixture
def run(monkeypatch, capsys):
    # Registered here too, so the tests hold whether or not main.COMMANDS lists it yet.
    monkeypatch.setitem(cli_main.COMMANDS, "cases", ("cases", "List or show the case studies."))

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = cli_main.main(list(argv))
        out = capsys.readouterr()
        return code, out.out, out.err

    return invoke


def test_list_json(run, content):
    code, out, _ = run("cases", "list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert rows[0] == {
        "id": "mcdstories",
        "title": "#McDStories",
        "date": "2012-01-18",
        "kind": "cautionary",
    }
    assert [r["id"] for r in rows] == [c.id for c in content.case_studies]
    assert all(set(r) == {"id", "title", "date", "kind"} for r in rows)


def test_show_json_has_the_whole_case(run):
    code, out, _ = run("cases", "show", "mcdstories", "--json")
    case = json.loads(out)
    assert code == 0
    assert {"timeline", "figures", "controls", "sources", "decision_points", "lessons"} <= set(case)
    three = next(f for f in case["figures"] if f["value"] == "3%")
    assert three["status"] == "disputed" and three["why"] and three["sources"]
    assert set(three) >= {"claim", "value", "status", "sources"}
    assert "no-open-hashtags" in [c["id"] for c in case["controls"]]
    assert case["sources"][0]["id"] == "cornerstone-2014-public-sector"
    # how long until the response, on the timeline and in a sentence
    assert [e["since_start"] for e in case["timeline"][1:3]] == ["within an hour", "under 2 hours"]
    assert case["timeline"][1]["elapsed"] == "within an hour"
    assert "stopped paying to promote the hashtag in under two hours" in case["response_time"]


def test_show_text(run):
    code, out, _ = run("cases", "show", "dominos-video")
    assert code == 0
    assert out.startswith("The Domino's video (Domino's Pizza, 2009-04-13, cautionary)")
    assert "10% [DISPUTED]" in out
    assert "\nChannels: youtube, x\n" in out
    assert "Time to respond: Domino's said nothing in public at first." in out
    assert "2009-04-15, about 48 hours:" in out


def test_list_text(run):
    code, out, _ = run("cases", "list")
    assert code == 0
    assert out.splitlines()[0].split()[:3] == ["mcdstories", "2012-01-18", "Cautionary"]


def test_unknown_id_exits_2_and_lists_known_ids(run):
    code, out, err = run("cases", "show", "mcd-stories")
    assert code == 2 and out == ""
    assert "there is no case study 'mcd-stories'" in err
    assert "known ids: mcdstories, chrysler-tweet, dominos-video" in err


def test_missing_lessons_folder(run, tmp_path):
    code, _, err = run("cases", "list", "--dir", str(tmp_path / "nowhere"))
    assert code == 1 and "no lessons folder" in err
