"""Lesson Markdown is rendered safely: no raw HTML, no unsafe links, no second <h1>."""

from __future__ import annotations

import pytest

from firstpost.core.learning.markdown import is_safe_link, render_markdown


def test_raw_html_is_shown_as_text():
    html = render_markdown("Hello <script>alert(1)</script> <b>bold</b>\n\n<div>block</div>")
    assert "<script" not in html and "<b>" not in html and "<div>" not in html
    assert "&lt;script&gt;" in html and "&lt;div&gt;block" in html


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,hi", "vbscript:x", "//evil.example", "file:///etc/passwd"],
)  # fmt: skip
def test_unsafe_links_lose_their_address(url):
    assert not is_safe_link(url)
    html = render_markdown(f"[click]({url})")
    assert "href" not in html and "click" in html


def test_web_links_open_in_a_new_tab_and_say_so():
    html = render_markdown("[Acas](https://www.acas.org.uk)")
    assert 'href="https://www.acas.org.uk"' in html
    assert 'rel="noopener noreferrer"' in html and "(opens in a new tab)" in html


def test_kit_links_stay_in_the_tab_and_can_be_rewritten():
    html = render_markdown(
        "[next](lessons.ipynb?episode=a)", rewrite_link=lambda h: h + "&learner=abcd"
    )
    assert 'href="lessons.ipynb?episode=a&amp;learner=abcd"' in html
    assert "new tab" not in html


def test_images_become_their_description_so_nothing_loads_from_elsewhere():
    html = render_markdown("![A chart of applications](https://example.org/x.png)")
    assert "<img" not in html and "[Picture: A chart of applications]" in html


def test_headings_never_become_h1():
    html = render_markdown("# Top\n\n## Section\n\n###### Deep", top_heading=2)
    assert "<h1" not in html
    assert "<h2>Top</h2>" in html and "<h3>Section</h3>" in html and "<h6>Deep</h6>" in html
    assert "<h2" not in render_markdown("# Top", top_heading=1).replace("<h2>Top", "")


def test_tables_render_with_the_kit_class():
    html = render_markdown("| Level | Measure |\n|---|---|\n| Outputs | Reach |")
    assert '<table class="fp-table">' in html and "<th>Level</th>" in html
