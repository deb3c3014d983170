"""`lessons check` material: links in episode text must lead to a real app, episode or case."""

from __future__ import annotations

from pathlib import Path

import pytest

from firstpost.core.content.loader import build_content
from firstpost.core.learning.links import episode_link_problems, kit_notebooks, links_in
from tests.unit.learning.learning_texts import EPISODE_ONE, EPISODE_TWO

BAD_LINKS = """

See [the missing lesson](lessons.ipynb?episode=stayng-safe) and
[a missing case](case_studies.ipynb?case=no-such-case).

Also [an old app](old_app.ipynb),
[plain web](http://www.acas.org.uk) and
[a trick](javascript:alert(1)).

Fine: [Acas](https://www.acas.org.uk), [mail](mailto:hr@example.org), [top](#top).

```
[not a link in code](lessons.ipynb?episode=nope)
```
"""


def course(folder: Path, extra: str = "") -> Path:
    (folder / "episodes").mkdir()
    for registry in ("sources.yaml", "figures.yaml"):
        (folder / registry).write_text("", encoding="utf-8")
    (folder / "config.yaml").write_text(
        "title: Test\nepisodes: [first-steps, staying-safe]\n", encoding="utf-8"
    )
    (folder / "episodes" / "first-steps.md").write_text(EPISODE_ONE + extra, encoding="utf-8")
    (folder / "episodes" / "staying-safe.md").write_text(EPISODE_TWO, encoding="utf-8")
    return folder


def test_good_links_pass(tmp_path: Path):
    content = build_content(course(tmp_path))
    assert content.problems == ()
    assert episode_link_problems(content) == []


def test_each_broken_link_is_reported_with_its_line_and_the_fix(tmp_path: Path):
    content = build_content(course(tmp_path, BAD_LINKS))
    lines = (EPISODE_ONE + BAD_LINKS).splitlines()
    found = {p.line: p.message for p in episode_link_problems(content)}
    assert all(p.file == "episodes/first-steps.md" for p in episode_link_problems(content))

    def line_of(text: str) -> int:
        return next(n for n, line in enumerate(lines, start=1) if text in line)

    assert "episode 'stayng-safe'" in found[line_of("stayng-safe")]
    assert "use an id from episodes/" in found[line_of("stayng-safe")]
    assert "case study 'no-such-case'" in found[line_of("no-such-case")]
    assert "is not one of the kit's apps" in found[line_of("old_app.ipynb")]
    assert "lessons.ipynb" in found[line_of("old_app.ipynb")]
    assert "write https://" in found[line_of("http://www.acas")]
    assert "not allowed" in found[line_of("javascript:")]
    assert len(found) == 5  # the good links and the one in a code block pass


def test_links_in_quiz_yaml_are_not_links(tmp_path: Path):
    quiz_link = EPISODE_TWO.replace(
        "feedback: You cannot control what people will say.",
        'feedback: "You cannot control it: see [this](nowhere.ipynb)."',
    )
    course(tmp_path)
    (tmp_path / "episodes" / "staying-safe.md").write_text(quiz_link, encoding="utf-8")
    content = build_content(tmp_path)
    assert content.problems == ()
    assert episode_link_problems(content) == []


@pytest.mark.parametrize("app", ["lessons.ipynb", "planner.ipynb", "post_checker.ipynb"])
def test_every_app_in_the_catalogue_may_be_linked(app: str):
    assert app in kit_notebooks()


def test_front_matter_is_not_read_as_text():
    text = "---\ntitle: '[x](nowhere.ipynb)'\n---\n\n[y](lessons.ipynb)\n"
    assert list(links_in(text)) == [(5, "lessons.ipynb")]
