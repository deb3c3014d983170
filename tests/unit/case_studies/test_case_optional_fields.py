"""Fields a case may leave out when the sources are silent, and what the loader says."""

from __future__ import annotations

import pytest
from case_fixtures import make_case
from pydantic import ValidationError


def test_channels_may_be_empty_only_with_a_note_saying_why():
    with pytest.raises(ValidationError) as caught:
        make_case(channels=[])
    (error,) = caught.value.errors()
    assert error["loc"] == ("channels",)
    assert "is empty: list the ids of the channels" in error["msg"]
    assert "add channels_note saying so" in error["msg"]

    case = make_case(channels=[], channels_note="The sources do not name the channels.")
    assert case.channels == () and case.channels_note.startswith("The sources")
    assert make_case().channels_note is None  # channels given: no note needed


def test_response_time_and_elapsed_are_optional():
    case = make_case()
    assert case.response_time is None
    assert all(event.elapsed is None for event in case.timeline)
    with pytest.raises(ValidationError):
        make_case(response_time="   ")  # present but blank is a mistake, not "unknown"


def test_the_loader_reports_a_missing_note_by_file_and_line(tmp_path):
    import shutil
    from pathlib import Path

    from firstpost.core.content.loader import build_content

    lessons = Path(__file__).resolve().parents[3] / "lessons"
    copy = tmp_path / "lessons"
    shutil.copytree(lessons, copy)
    target = copy / "case_studies" / "police-scotland-facebook-chat.yaml"
    target.write_text(target.read_text().replace("channels: [facebook]", "channels: []"))
    content = build_content(copy)
    (problem,) = [p for p in content.problems if "police-scotland" in p.file]
    assert problem.line == 6
    assert problem.message.startswith("`channels` is empty")
    assert "add channels_note saying so" in problem.message
