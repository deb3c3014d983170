"""`firstpost lessons`: exit codes and output formats that editors, CI and scripts rely on."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from content_fixtures import FIGURES, make_lessons

from firstpost.cli import lessons
from firstpost.cli.errors import CommandError
from firstpost.core.content.schema import json_schemas


def run(argv: list[str]) -> int:
    """Parse and run `firstpost lessons ...` with the wiring main.py uses."""
    parser = argparse.ArgumentParser(prog="firstpost")
    sub = parser.add_subparsers(dest="command")
    lessons.configure(sub.add_parser("lessons"))
    return lessons.run(parser.parse_args(["lessons", *argv]))


def test_check_valid_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_lessons(tmp_path)
    assert run(["check", "--dir", str(root)]) == 0
    assert capsys.readouterr().out == (
        "All content is valid: 1 episode, 1 case study, 1 channel, 4 figures, 2 sources.\n"
    )


def test_check_prints_each_problem_with_folder_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = FIGURES.replace("  why: The only source shows timing, not cause.\n", "")
    figures = figures.replace("sources: [src-survey]", "sources: [src-nope]")
    root = make_lessons(tmp_path, {"figures.yaml": figures})
    assert run(["check", "--dir", str(root)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "lessons/figures.yaml:5: unknown source id 'src-nope' (did you mean 'src-news'?): "
        "there is none in sources.yaml; fix the spelling or add it there"
    )
    assert lines[1].startswith("lessons/figures.yaml:6: `why` in fig-disputed is required")
    assert lines[2] == "2 problems in 1 file; fix them and run `firstpost lessons check` again."
    assert len(lines) == 3


def test_check_missing_folder_is_a_command_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"there is no lessons folder at .*absent"):
        run(["check", "--dir", str(tmp_path / "absent")])


def test_list_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["list", "--dir", str(make_lessons(tmp_path))]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Test course"
    assert [line.split()[:2] for line in out[1:]] == [
        ["episode", "first-steps"],
        ["case-study", "sample-case"],
        ["channel", "sample-channel"],
        ["figure", "fig-verified"],
        ["figure", "fig-disputed"],
        ["figure", "fig-case-only"],
        ["figure", "fig-episode-only"],
        ["source", "src-survey"],
        ["source", "src-news"],
        ["example", "plan-a"],
    ]


def test_list_json_is_a_stable_structure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["list", "--json", "--dir", str(make_lessons(tmp_path))]) == 0
    document = json.loads(capsys.readouterr().out)
    assert list(document) == ["format", "title", "items", "problem_count"]
    assert (document["format"], document["title"], document["problem_count"]) == (
        1,
        "Test course",
        0,
    )
    assert all(list(item)[:4] == ["kind", "id", "title", "file"] for item in document["items"])
    episode = document["items"][0]
    assert episode["kind"] == "episode" and episode["id"] == "first-steps"
    assert episode["title"] == "First steps" and episode["file"] == "episodes/first-steps.md"
    # episodes also say how long they take and how big their quiz is
    assert episode["minutes"] > 0
    assert episode["quiz_questions"] >= 0
    assert {
        "kind": "figure",
        "id": "fig-case-only",
        "title": "1,600: Mentions at the peak.",
        "file": "case_studies/sample-case.yaml",
    } in document["items"]


def test_list_warns_about_problems_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_lessons(tmp_path, {"channels/sample-channel.yaml": "id: [\n"})
    assert run(["list", "--json", "--dir", str(root)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["problem_count"] == 1
    assert "channel" not in {item["kind"] for item in json.loads(captured.out)["items"]}
    assert captured.err.startswith("Note: 1 problem in the content;")


def test_schema_writes_every_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "new" / "schema"
    assert run(["schema", "--out", str(out)]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(json_schemas())
    assert (
        json.loads((out / "quiz.schema.json").read_text("utf-8"))
        == json_schemas()["quiz.schema.json"]
    )
    assert capsys.readouterr().out.count(".schema.json") == len(written)


def test_an_action_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run([])
    assert exited.value.code == 2
    assert "ACTION" in capsys.readouterr().err


def test_through_the_firstpost_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from firstpost.cli.main import main

    root = make_lessons(tmp_path, {"figures.yaml": "fig-a: {}\n"})
    assert main(["lessons", "check", "--dir", str(root)]) == 1
    assert main(["lessons", "check", "--dir", str(tmp_path / "absent")]) == 1
    captured = capsys.readouterr()
    assert "lessons/figures.yaml:1: `value` in fig-a is missing; add it" in captured.out
    assert captured.err.startswith("firstpost lessons: there is no lessons folder at")


def test_configure_does_not_import_the_content_package() -> None:
    import subprocess
    import sys

    code = (
        "import sys, argparse\n"
        "from firstpost.cli import lessons\n"
        "lessons.configure(argparse.ArgumentParser())\n"
        "print(any(m.startswith(('firstpost.core.content', 'pydantic')) for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_list_can_show_one_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["list", "--json", "--kind", "episode", "--dir", str(make_lessons(tmp_path))]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert items and {item["kind"] for item in items} == {"episode"}
    assert {"id", "title", "minutes", "quiz_questions"} <= set(items[0])


def test_check_reports_a_dead_link_in_episode_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_lessons(tmp_path)
    episode = next((root / "episodes").glob("*.md"))
    episode.write_text(
        episode.read_text() + "\nSee [the next part](lessons.ipynb?episode=no-such-episode).\n"
    )
    assert run(["check", "--dir", str(root)]) == 1
    out = capsys.readouterr().out
    assert f"episodes/{episode.name}:" in out and "no-such-episode" in out
