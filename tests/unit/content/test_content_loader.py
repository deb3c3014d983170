"""The loader on whole lessons folders: typed access, ordering, caching, file layout."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from content_fixtures import CONFIG, EPISODE, make_lessons

from firstpost.core.content import (
    ContentError,
    Figure,
    Problem,
    check_content,
    clear_content_cache,
    load_content,
)

SECOND_EPISODE = EPISODE.replace("id: first-steps", "id: second-go").replace(
    "  - id: fig-episode-only", "  - id: fig-second-only"
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    clear_content_cache()
    yield
    clear_content_cache()


def test_valid_folder_has_no_problems_and_typed_access(tmp_path: Path) -> None:
    root = make_lessons(tmp_path)
    assert check_content(root) == []
    content = load_content(root)
    assert content.is_valid
    assert content.title == "Test course"
    assert [e.id for e in content.episodes] == ["first-steps"]
    assert content.episode("first-steps").meta.teaching_minutes == 10
    assert content.case_study("sample-case").timeline[1].at == "2012-01-18 14:30"
    assert content.channel("sample-channel").post_length.counting == "graphemes"
    assert content.source("src-news").published == "2014-10"
    assert content.figure("fig-disputed").why == "The only source shows timing, not cause."
    assert [x.file for x in content.examples] == ["examples/plan-a.json"]


def test_figures_include_registry_and_figures_written_in_place(tmp_path: Path) -> None:
    content = load_content(make_lessons(tmp_path))
    assert list(content.figures) == [
        "fig-verified",
        "fig-disputed",
        "fig-case-only",
        "fig-episode-only",
    ]
    assert content.figure_files["fig-case-only"] == "case_studies/sample-case.yaml"
    assert content.figure_files["fig-episode-only"] == "episodes/first-steps.md"
    resolved = content.resolve_figures(content.case_study("sample-case").figures)
    assert [f.id for f in resolved] == ["fig-disputed", "fig-case-only"]
    assert all(isinstance(f, Figure) for f in resolved)
    assert [s.id for s in content.resolve_sources(["src-news"])] == ["src-news"]


def test_episodes_follow_config_order_not_file_names(tmp_path: Path) -> None:
    config = CONFIG.replace("episodes: [first-steps]", "episodes: [second-go, first-steps]")
    root = make_lessons(tmp_path, {"config.yaml": config, "episodes/second-go.md": SECOND_EPISODE})
    assert check_content(root) == []
    assert [e.id for e in load_content(root).episodes] == ["second-go", "first-steps"]


def test_unknown_id_lookup_names_the_known_ids(tmp_path: Path) -> None:
    content = load_content(make_lessons(tmp_path))
    with pytest.raises(KeyError, match=r"no channel with id 'nope'.*known: sample-channel"):
        content.channel("nope")


def test_content_is_immutable(tmp_path: Path) -> None:
    content = load_content(make_lessons(tmp_path))
    with pytest.raises(dataclasses.FrozenInstanceError):
        content.episodes = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        content.figures["new"] = content.figure("fig-verified")  # type: ignore[index]
    with pytest.raises(ValueError, match="frozen"):
        content.figure("fig-verified").status = "disputed"  # type: ignore[misc]


def test_load_content_is_cached_per_folder_and_can_be_cleared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_lessons(tmp_path)
    first = load_content(root)
    monkeypatch.chdir(tmp_path)
    assert load_content(Path("lessons")) is first  # keyed by the resolved path
    (root / "config.yaml").write_text(CONFIG.replace("Test course", "Renamed"), "utf-8")
    assert load_content(root).title == "Test course"
    clear_content_cache()
    assert load_content(root).title == "Renamed"


def test_check_content_reads_fresh_every_time(tmp_path: Path) -> None:
    root = make_lessons(tmp_path)
    load_content(root)
    (root / "config.yaml").write_text("title: [broken\n", "utf-8")
    assert [p.file for p in check_content(root)] == ["config.yaml"]


def test_strict_load_raises_with_the_problems(tmp_path: Path) -> None:
    root = make_lessons(tmp_path, {"config.yaml": CONFIG.replace("title: Test course\n", "")})
    assert not load_content(root).is_valid
    with pytest.raises(ContentError) as raised:
        load_content(root, strict=True)
    assert raised.value.problems == (Problem("config.yaml", 1, "`title` is missing; add it"),)
    assert "1 problem; run `firstpost lessons check`" in str(raised.value)


def test_missing_folder_is_an_error_not_an_empty_course(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no lessons folder"):
        load_content(tmp_path / "absent")


def test_empty_and_absent_content_folders_are_fine(tmp_path: Path) -> None:
    root = make_lessons(
        tmp_path,
        {
            "config.yaml": "title: Empty\nepisodes: []\ncase_studies: []\nchannels: []\n",
            "episodes/first-steps.md": None,
            "case_studies/sample-case.yaml": None,
            "channels/sample-channel.yaml": None,
            "examples/plan-a.json": None,
        },
    )
    (root / "episodes").mkdir()  # empty; case_studies/, channels/, examples/ absent
    assert check_content(root) == []
    content = load_content(root)
    assert (content.episodes, content.case_studies, content.channels, content.examples) == (
        (),
        (),
        (),
        (),
    )
    assert len(content.figures) == 2


def test_readme_and_hidden_files_in_content_folders_are_ignored(tmp_path: Path) -> None:
    root = make_lessons(tmp_path, {"channels/README.md": "# Notes\n", "channels/.gitkeep": ""})
    assert check_content(root) == []


def test_a_file_with_its_own_problems_is_left_out(tmp_path: Path) -> None:
    broken = EPISODE.replace("Some *Markdown* text.", "Some <b>HTML</b> text.")
    root = make_lessons(tmp_path, {"episodes/first-steps.md": broken})
    content = load_content(root)
    assert [p.line for p in content.problems] == [23]
    assert content.episodes == ()


def test_a_wrong_reference_is_reported_but_the_file_stays(tmp_path: Path) -> None:
    root = make_lessons(tmp_path)
    text = (root / "channels/sample-channel.yaml").read_text("utf-8")
    (root / "channels/sample-channel.yaml").write_text(
        text.replace("sources: [src-survey]\nlast", "sources: [src-gone]\nlast"), "utf-8"
    )
    content = load_content(root)
    assert [p.file for p in content.problems] == ["channels/sample-channel.yaml"]
    assert [c.id for c in content.channels] == ["sample-channel"]


def test_content_package_never_imports_widget_libraries(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = make_lessons(tmp_path)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from firstpost.core.content import load_content\n"
        f"assert load_content(Path({str(root)!r})).is_valid\n"
        "print(sorted(m for m in ('ipywidgets', 'IPython', 'traitlets') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
