"""Each kind of content problem, reported with its file, line and a message that says
what to fix. Every test breaks one thing in an otherwise valid folder."""

from __future__ import annotations

from pathlib import Path

from content_fixtures import CASE_STUDY, CHANNEL, CONFIG, EPISODE, FIGURES, SOURCES, make_lessons

from firstpost.core.content import Problem, check_content

BARE_EPISODE = """\
---
id: extra
title: Extra
audience: Anyone
teaching_minutes: 5
exercises_minutes: 0
objectives: [Learn]
keypoints: [Remember]
---

Text.
"""


def problems_for(tmp_path: Path, files: dict[str, str | None]) -> list[Problem]:
    return check_content(make_lessons(tmp_path, files))


# --- Cross-references -------------------------------------------------------------------


def test_unknown_source_id_suggests_the_nearest(tmp_path: Path) -> None:
    figures = FIGURES.replace("sources: [src-survey]", "sources: [src-survy]")
    assert problems_for(tmp_path, {"figures.yaml": figures}) == [
        Problem(
            "figures.yaml",
            5,
            "unknown source id 'src-survy' (did you mean 'src-survey'?): "
            "there is none in sources.yaml; fix the spelling or add it there",
        ),
    ]


def test_unknown_figure_id_in_a_case_study(tmp_path: Path) -> None:
    case = CASE_STUDY.replace("  - fig-disputed\n", "  - share-price-fall\n")
    assert problems_for(tmp_path, {"case_studies/sample-case.yaml": case}) == [
        Problem(
            "case_studies/sample-case.yaml",
            17,
            "unknown figure id 'share-price-fall': "
            "there is none in figures.yaml; fix the spelling or add it there",
        ),
    ]


def test_unknown_related_figure_in_the_registry(tmp_path: Path) -> None:
    figures = FIGURES.replace("related: [fig-verified]", "related: [fig-verifed]")
    [problem] = problems_for(tmp_path, {"figures.yaml": figures})
    assert (problem.file, problem.line) == ("figures.yaml", 12)
    assert problem.message.startswith("unknown figure id 'fig-verifed' (did you mean")


def test_unknown_case_study_id_in_an_episode(tmp_path: Path) -> None:
    episode = EPISODE.replace("case_studies: [sample-case]", "case_studies: [sample-case, other]")
    assert problems_for(tmp_path, {"episodes/first-steps.md": episode}) == [
        Problem(
            "episodes/first-steps.md",
            20,
            "unknown case study id 'other': there is none "
            "in case_studies/; fix the spelling or add it there",
        ),
    ]


def test_unknown_channel_id_in_a_case_study(tmp_path: Path) -> None:
    case = CASE_STUDY.replace("channels: [sample-channel]", "channels: [sample-channel, fax]")
    assert problems_for(tmp_path, {"case_studies/sample-case.yaml": case}) == [
        Problem(
            "case_studies/sample-case.yaml",
            6,
            "unknown channel id 'fax': there is none "
            "in channels/; fix the spelling or add it there",
        ),
    ]


def test_unknown_source_in_a_channel_audience(tmp_path: Path) -> None:
    channel = CHANNEL.replace("    sources: [src-survey]\npurposes", "    sources: [x]\npurposes")
    [problem] = problems_for(tmp_path, {"channels/sample-channel.yaml": channel})
    assert (problem.file, problem.line) == ("channels/sample-channel.yaml", 8)
    assert problem.message.startswith("unknown source id 'x'")


def test_same_id_twice_in_one_list(tmp_path: Path) -> None:
    case = CASE_STUDY.replace("\nsources: [src-news]\n", "\nsources: [src-news, src-news]\n")
    assert problems_for(tmp_path, {"case_studies/sample-case.yaml": case}) == [
        Problem(
            "case_studies/sample-case.yaml",
            35,
            "source id 'src-news' is listed twice here; remove the repeat",
        ),
    ]


# --- Duplicate ids ----------------------------------------------------------------------


def test_duplicate_source_id_in_the_registry(tmp_path: Path) -> None:
    sources = (
        SOURCES + "src-survey:\n  title: Again\n  publisher: P\n  accessed: 2026-11-25\n"
        "  kind: primary\n"
    )
    assert problems_for(tmp_path, {"sources.yaml": sources}) == [
        Problem(
            "sources.yaml",
            13,
            "duplicate source id 'src-survey' (first on line 1); YAML "
            "would silently keep only the last one, so rename or remove one of them",
        ),
    ]


def test_figure_written_in_place_reusing_a_registry_id(tmp_path: Path) -> None:
    episode = EPISODE.replace("  - id: fig-episode-only", "  - id: fig-verified")
    assert problems_for(tmp_path, {"episodes/first-steps.md": episode}) == [
        Problem(
            "episodes/first-steps.md",
            14,
            "duplicate figure id 'fig-verified': it is "
            "already defined in figures.yaml line 1; give this one another id, or refer to "
            "the existing one by its id",
        ),
    ]


def test_id_listed_twice_in_config(tmp_path: Path) -> None:
    config = CONFIG.replace(
        "channels: [sample-channel]", "channels: [sample-channel,\n  sample-channel]"
    )
    assert problems_for(tmp_path, {"config.yaml": config}) == [
        Problem(
            "config.yaml", 5, "channel id 'sample-channel' is listed twice here; remove the repeat"
        ),
    ]


# --- Figures --------------------------------------------------------------------------------


def test_figure_without_sources(tmp_path: Path) -> None:
    figures = FIGURES.replace("sources: [src-survey]", "sources: []")
    assert problems_for(tmp_path, {"figures.yaml": figures}) == [
        Problem(
            "figures.yaml",
            5,
            "`sources` in fig-verified needs at least 1 item; list at "
            "least one source id from sources.yaml",
        ),
    ]


def test_disputed_figure_without_why(tmp_path: Path) -> None:
    figures = FIGURES.replace("  why: The only source shows timing, not cause.\n", "")
    assert problems_for(tmp_path, {"figures.yaml": figures}) == [
        Problem(
            "figures.yaml",
            6,
            "`why` in fig-disputed is required because status is "
            "'disputed': say in a sentence why the figure is not verified, e.g. what the "
            "sources actually show",
        ),
    ]


def test_reported_figure_written_in_place_without_why(tmp_path: Path) -> None:
    case = CASE_STUDY.replace("    why: A single news report.\n", "")
    [problem] = problems_for(tmp_path, {"case_studies/sample-case.yaml": case})
    assert (problem.file, problem.line) == ("case_studies/sample-case.yaml", 18)
    assert problem.message.startswith(
        "`why` in figures item 2 is required because status is 'reported'"
    )


# --- Config and folders ------------------------------------------------------------------


def test_listed_in_config_but_no_file(tmp_path: Path) -> None:
    config = CONFIG.replace("episodes: [first-steps]", "episodes: [first-steps, ghost]")
    assert problems_for(tmp_path, {"config.yaml": config}) == [
        Problem(
            "config.yaml",
            2,
            "`episodes` lists episode 'ghost' but there is no file "
            "episodes/ghost.md; create it or remove 'ghost' from the list",
        ),
    ]


def test_file_present_but_not_listed(tmp_path: Path) -> None:
    assert problems_for(tmp_path, {"episodes/extra.md": BARE_EPISODE}) == [
        Problem(
            "episodes/extra.md",
            1,
            "episode 'extra' is not listed under `episodes` in "
            "config.yaml; add it there to include it in the course, or delete the file",
        ),
    ]


def test_id_must_match_file_name(tmp_path: Path) -> None:
    channel = CHANNEL.replace("id: sample-channel", "id: sample-chanel")
    assert problems_for(tmp_path, {"channels/sample-channel.yaml": channel}) == [
        Problem(
            "channels/sample-channel.yaml",
            1,
            "`id` is 'sample-chanel' but the file is "
            "named sample-channel.yaml; make them the same (rename the file or change the "
            "id)",
        ),
    ]


def test_wrong_suffix_is_reported_not_ignored(tmp_path: Path) -> None:
    assert problems_for(tmp_path, {"case_studies/other.yml": CASE_STUDY}) == [
        Problem(
            "case_studies/other.yml",
            1,
            "other.yml is not loaded because it does not end "
            "in .yaml; rename it or move it out of case_studies/",
        ),
    ]


def test_file_name_must_be_an_id(tmp_path: Path) -> None:
    [problem] = problems_for(tmp_path, {"episodes/My Episode.md": BARE_EPISODE})
    assert (problem.file, problem.line) == ("episodes/My Episode.md", 1)
    assert problem.message.startswith("the file name 'My Episode' is not a valid id")


def test_missing_registry_and_config_files(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"config.yaml": None, "sources.yaml": None})
    assert (
        Problem(
            "config.yaml",
            1,
            "config.yaml is missing; create it with `title` and the "
            "lists `episodes`, `case_studies` and `channels`",
        )
        in problems
    )
    assert (
        Problem(
            "sources.yaml",
            1,
            "sources.yaml is missing; create it (an empty file is allowed until the first entry)",
        )
        in problems
    )


def test_registry_that_is_not_a_mapping(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"figures.yaml": "- fig-one\n- fig-two\n"})
    assert [p for p in problems if p.file == "figures.yaml"] == [
        Problem(
            "figures.yaml",
            1,
            "figures.yaml must hold entries, each an id on its own line "
            "(e.g. `my-figure-id:`) followed by its fields, indented",
        ),
    ]
    # The figures it should have held are then unknown where they are used.
    assert {p.message.split("'")[1] for p in problems if p.file != "figures.yaml"} == {
        "fig-verified",
        "fig-disputed",
    }


def test_invalid_registry_key(tmp_path: Path) -> None:
    sources = SOURCES.replace("src-news:", "Src_News:")
    problems = problems_for(tmp_path, {"sources.yaml": sources})
    assert [p for p in problems if p.file == "sources.yaml"] == [
        Problem(
            "sources.yaml",
            6,
            "the id 'Src_News' must be an id made of lower-case letters "
            "and digits joined by single hyphens, e.g. 'mcdonalds-share-drop-3pc'; it is "
            "'Src_News'",
        ),
    ]


def test_yaml_syntax_error_line(tmp_path: Path) -> None:
    [problem] = problems_for(tmp_path, {"config.yaml": "title: Test\nepisodes: [first-steps\n"})
    assert (problem.file, problem.line) == ("config.yaml", 3)
    assert problem.message.startswith("this is not valid YAML")


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    root = make_lessons(tmp_path)
    (root / "channels/sample-channel.yaml").write_bytes(b"name: Caf\xe9\n")
    assert check_content(root) == [
        Problem(
            "channels/sample-channel.yaml",
            1,
            "the file is not UTF-8 text; save it as UTF-8 from your editor",
        ),
    ]


# --- Case studies ---------------------------------------------------------------------------


def test_decision_point_after_more_stages_than_the_timeline_has(tmp_path: Path) -> None:
    case = CASE_STUDY.replace("after_stage: 1", "after_stage: 3")
    assert problems_for(tmp_path, {"case_studies/sample-case.yaml": case}) == [
        Problem(
            "case_studies/sample-case.yaml",
            25,
            "`after_stage` in decision_points item 1 "
            "is 3, but the timeline has only 2 events; use a number from 0 to 2",
        ),
    ]


def test_control_outside_the_closed_list(tmp_path: Path) -> None:
    case = CASE_STUDY.replace("[no-open-hashtags, holding-statement]", "[no-hashtags]")
    [problem] = problems_for(tmp_path, {"case_studies/sample-case.yaml": case})
    assert (problem.file, problem.line) == ("case_studies/sample-case.yaml", 34)
    assert problem.message.startswith(
        "item 1 of `controls` in lessons item 1 must be one of 'no-open-hashtags',"
    )
    assert problem.message.endswith("; it is 'no-hashtags'")
