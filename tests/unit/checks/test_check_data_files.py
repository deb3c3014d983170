"""The word lists in data/: valid, consistent, and citing sources the course has."""

from __future__ import annotations

import re

import pytest

from firstpost.core.checks import CHECKS, check_post
from firstpost.core.checks.wordlists import DATA_DIR, load_data, phrase_pattern
from firstpost.core.content import load_content

DATA_FILES = sorted(path.stem for path in DATA_DIR.glob("*.yaml"))


def test_there_are_data_files():
    assert set(DATA_FILES) >= {
        "gendered",
        "hashtag_risk",
        "inclusive",
        "links",
        "plain_words",
        "profanity",
    }


@pytest.mark.parametrize("name", DATA_FILES)
def test_each_file_loads(name):
    assert isinstance(load_data(name), dict)


def test_severities_are_the_three_known_ones():
    for rule in load_data("inclusive")["rules"]:
        assert rule["severity"] in ("stop", "fix", "consider"), rule["id"]
        phrase_pattern(rule["patterns"])  # compiles
    for tag in load_data("hashtag_risk")["hashtags"]:
        assert tag["severity"] in ("stop", "fix", "consider")
        re.compile(tag["pattern"])
    profanity = load_data("profanity")
    assert set(profanity) == {"stop", "fix", "not_swearing"}
    phrase_pattern(profanity["not_swearing"])  # compiles


def test_no_word_is_listed_twice():
    profanity = load_data("profanity")
    words = [w for level in ("stop", "fix") for w in profanity[level]]
    assert len(words) == len(set(words))
    gendered = load_data("gendered")
    assert not set(gendered["masculine"]) & set(gendered["feminine"])
    ids = [rule["id"] for rule in load_data("inclusive")["rules"]]
    assert len(ids) == len(set(ids))


def _cited_sources() -> set[str]:
    cited = {source for rule in load_data("inclusive")["rules"] for source in rule["sources"]}
    cited.add(load_data("gendered")["source"])
    for module in CHECKS:
        for name in dir(module):
            if name.startswith("SOURCES"):
                cited.update(getattr(module, name))
    text = "f*ck 943 476 5919 #McDStories http://bit.ly/x 𝗯𝗼𝗹𝗱 a recent graduate " + "word " * 30
    for finding in check_post(text, advert=True, has_image=True).findings:
        cited.update(finding.sources)
    return cited


def test_every_cited_source_is_in_the_course():
    content = load_content()
    missing = sorted(s for s in _cited_sources() if s not in content.sources)
    assert missing == []


def test_linked_case_studies_are_in_the_course():
    content = load_content()
    result = check_post("f*ck #McDStories", advert=True)
    for case in {f.case_study for f in result.findings if f.case_study}:
        assert case in {c.id for c in content.case_studies}
