"""`firstpost check-post`: verdicts, JSON and exit codes a script or facilitator relies on."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pytest

from firstpost.cli.main import COMMANDS, main

CLEAN = "We're recruiting a social worker in Westshire. Apply by 29 March. #SocialWorkJobs"
AMBER = "Call Dave on 07700 900123 to apply."
RED = "No one here knows how to f*cking drive #motorcity"
CALENDAR = (
    "Date,Day,Time,What,Role,Channel,Post text\r\n"
    '2030-03-04,Monday,09:30,Publish,Social worker,LinkedIn,"' + CLEAN + '"\r\n'
    '2030-03-05,Tuesday,12:00,Publish,Social worker,X (formerly Twitter),"' + RED + '"\r\n'
)


def check(capsys, *argv: str, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["check-post", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def draft(tmp_path):
    def write(text: str, name: str = "draft.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


def test_is_a_registered_command():
    assert COMMANDS["check-post"][0] == "check_post"


def test_green_json_and_exit_0(capsys, draft):
    code, out, _ = check(capsys, draft(CLEAN), "--channel", "x", "--json")
    assert code == 0
    assert json.loads(out) == {"verdict": "green", "findings": []}


def test_amber_exits_0_and_lists_findings_with_positions(capsys, draft):
    code, out, _ = check(capsys, draft(AMBER), "--json")
    document = json.loads(out)
    assert code == 0 and document["verdict"] == "amber"
    mobile = next(f for f in document["findings"] if f["check"] == "personal-data")
    assert AMBER[mobile["start"] : mobile["end"]] == "07700 900123"
    assert set(mobile) == {"check", "severity", "message", "suggestion", "start", "end"}


def test_red_exits_1_and_reads_like_a_report(capsys, draft):
    code, out, _ = check(capsys, draft(RED), "--channel", "x", "--channel", "Bluesky")
    assert code == 1
    assert out.startswith("Verdict: Red: do not post this yet")
    assert "Checked for: X" in out and "Bluesky" in out
    assert "[1:26] Swearing:" in out and "What to do:" in out


def test_standard_input(capsys, monkeypatch):
    code, out, _ = check(capsys, "-", "--json", stdin=RED, monkeypatch=monkeypatch)
    assert code == 1 and json.loads(out)["verdict"] == "red"
    code, out, _ = check(capsys, "--json", stdin=CLEAN, monkeypatch=monkeypatch)
    assert code == 0


def test_advert_and_media_options(capsys, draft):
    text = "Social worker, Grade 9, a competitive and ambitious leader. Apply by 29 March."
    _, out, _ = check(capsys, draft(text), "--json")
    assert "gendered-language" not in out
    _, out, _ = check(capsys, draft(text), "--json", "--advert", "--image")
    checks = {f["check"] for f in json.loads(out)["findings"]}
    assert {"gendered-language", "inclusive-language", "accessibility"} <= checks
    _, out, _ = check(capsys, draft(text), "--json", "--image", "--alt-text-written")
    assert "alt text" not in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--channel", "myspace"], "unknown channel 'myspace'; choose from: "),
        (["/no/such/draft.txt"], "there is no file at"),
    ],
)
def test_bad_usage_exits_2_with_a_message(capsys, draft, argv, message):
    if argv[0].startswith("--"):
        argv = [draft(CLEAN), *argv]
    code, out, err = check(capsys, *argv)
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err


def test_empty_and_binary_files_exit_2(capsys, draft, tmp_path):
    code, _, err = check(capsys, draft("  \n"))
    assert code == 2 and "the draft is empty" in err
    binary = tmp_path / "picture.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    code, _, err = check(capsys, str(binary))
    assert code == 2 and "not a text file" in err


def test_unknown_option_is_bad_usage(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["check-post", "--colour"])
    assert exit_info.value.code == 2


def test_calendar(capsys, draft):
    path = draft(CALENDAR, "calendar.csv")
    code, out, _ = check(capsys, path, "--calendar", "--json")
    document = json.loads(out)
    assert code == 1 and document["verdict"] == "red"
    assert [(r["line"], r["channel"], r["verdict"]) for r in document["rows"]] == [
        (2, "LinkedIn", "green"),
        (3, "X (formerly Twitter)", "red"),
    ]
    code, out, _ = check(capsys, path, "--calendar")
    assert code == 1
    assert "Line 3: 2030-03-05 12:00, X (formerly Twitter) (post)" in out


def test_calendar_that_is_not_a_calendar_is_bad_usage(capsys, draft):
    code, _, err = check(capsys, draft("name,score\nAna,3\n", "scores.csv"), "--calendar")
    assert code == 2 and "not a content calendar" in err


def test_the_installed_command_reads_a_pipe():
    script = [sys.executable, "-m", "firstpost.cli.main", "check-post", "--json", "--channel", "x"]
    done = subprocess.run(script, input=RED, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["verdict"] == "red"


def test_check_calendar_entry_points(capsys, draft):
    """`firstpost check-calendar` is ready for its COMMANDS line: same checks, per row."""
    import argparse

    from firstpost.cli.check_post import configure_calendar, run_calendar

    parser = argparse.ArgumentParser(prog="firstpost check-calendar")
    configure_calendar(parser)
    args = parser.parse_args([draft(CALENDAR, "calendar.csv"), "--json"])
    assert run_calendar(args) == 1
    document = json.loads(capsys.readouterr().out)
    assert [row["verdict"] for row in document["rows"]] == ["green", "red"]
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args([])
    assert exit_info.value.code == 2


def test_calendar_report_gives_what_to_do_and_where_for_each_finding(capsys, draft):
    code, out, _ = check(capsys, draft(CALENDAR, "calendar.csv"), "--calendar")
    assert code == 1
    red_row = out.split("Line 3:", 1)[1]
    # "f*cking" starts at column 26 of that row's post text
    assert "  - STOP [1:26] Swearing: “f*cking” is a swear word" in red_row
    assert "    What to do: Take it out." in red_row


def test_check_calendar_on_the_planner_s_own_csv_export(capsys, tmp_path):
    """As a facilitator would: import the worked example, export its calendar, check it."""
    from pathlib import Path

    example = Path(__file__).resolve().parents[3] / "lessons/examples/council-social-workers.json"
    assert main(["plans", "import", str(example)]) == 0
    plan_id = re.search(r"as plan ([0-9a-f]{8})", capsys.readouterr().out).group(1)
    exported = tmp_path / "calendar.csv"
    assert main(["plans", "export", plan_id, "--format", "csv", "-o", str(exported)]) == 0
    capsys.readouterr()

    code = main(["check-calendar", str(exported), "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0 and document["verdict"] in ("green", "amber")
    channels = [row["channel"] for row in document["rows"]]
    assert "Our jobs website" in channels and "LinkedIn" in channels and "Facebook" in channels
    for row in document["rows"]:
        assert set(row) >= {"line", "date", "channel", "advert", "verdict", "findings"}
        assert row["advert"] is (row["channel"] == "Our jobs website")
        for finding in row["findings"]:
            assert set(finding) == {"check", "severity", "message", "suggestion", "start", "end"}
    assert document["problems"] == []  # closing dates and the review are not posts

    code = main(["check-calendar", str(exported)])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("Calendar verdict: ")
    assert "Line 2: 2030-03-04 09:00, Our jobs website (advert)" in out
    assert "What to do:" in out


def test_check_calendar_refuses_the_planner_s_ics_file_with_the_fix(capsys, tmp_path):
    ics = tmp_path / "calendar.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    code = main(["check-calendar", str(ics)])
    _, err = capsys.readouterr()
    assert code == 2
    assert "not a content calendar" in err and "Content calendar spreadsheet" in err


def test_a_reader_that_stops_early_gets_no_traceback():
    """`firstpost check-post draft.txt | head` must not end in a Python error."""
    script = [sys.executable, "-m", "firstpost.cli.main", "check-post", "-"]
    process = subprocess.Popen(
        script, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    process.stdin.write(("Call 07700 900123, f*ck. " * 800).encode())
    process.stdin.close()
    assert process.stdout.read(40).startswith(b"Verdict: Red")
    process.stdout.close()  # like `head` quitting after the first lines
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) == 1
    assert "Traceback" not in errors and "BrokenPipe" not in errors


def test_a_calendar_saved_by_excel_in_the_old_encoding_says_how_to_save_it(capsys, tmp_path):
    calendar = tmp_path / "calendar.csv"
    calendar.write_bytes(
        b"Date,Day,Time,What,Role,Channel,Post text\r\n"
        b"2030-03-04,Monday,09:00,Publish,Nurse,LinkedIn,Salary \xa330,000\r\n"
    )
    code = main(["check-calendar", str(calendar)])
    _, err = capsys.readouterr()
    assert code == 2
    assert "not a text file (UTF-8)" in err and "CSV UTF-8 (Comma delimited)" in err
