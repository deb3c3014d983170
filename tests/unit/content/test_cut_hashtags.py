"""A hashtag in unquoted YAML text silently cuts the text short; the check says so."""

from firstpost.core.content.yaml_lines import cut_hashtag_problems, load_yaml


def test_unquoted_hashtag_is_reported_with_its_line():
    text = "figure:\n  value: '2%'\n  claim: McDonald's said #McDStories was 2% of mentions\n"
    problems = cut_hashtag_problems(text, "figures.yaml")
    assert [(p.file, p.line) for p in problems] == [("figures.yaml", 3)]
    assert "'#McDStories'" in problems[0].message and "double quotes" in problems[0].message
    _doc, all_problems = load_yaml(text, "figures.yaml")
    assert len(all_problems) == 1


def test_quoted_text_and_real_comments_are_fine():
    text = (
        'claim: "McDonald\'s said #McDStories was 2%"\n'
        "status: disputed  # a deliberate comment\n"
        "#heading comment on its own line\n"
        "note: >-\n  folded text with #hashtag inside\n"
    )
    assert cut_hashtag_problems(text, "x.yaml") == []
