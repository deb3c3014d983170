"""Waiting on Voilà pages by their state, never by sleeping."""

from __future__ import annotations

SERIOUS = {"serious", "critical"}


def wait_for_app(page, timeout: float = 90_000) -> None:
    """Until Voilà has run the notebook and the kit's app is on screen."""
    page.wait_for_selector("#rendered_cells", state="visible", timeout=timeout)
    page.wait_for_selector(".fp-app", state="visible", timeout=timeout)
    page.wait_for_selector("#loading", state="hidden", timeout=timeout)
    # A warm page may show "Opening…" for a moment while its app is built for this visitor.
    page.wait_for_selector(".fp-opening", state="detached", timeout=timeout)


def serious_axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} - "
        + "; ".join(node["target"][0] if node.get("target") else "?" for node in v["nodes"][:5])
        for v in results.response["violations"]
        if v.get("impact") in SERIOUS
    ]


def error_texts(page) -> list[str]:
    """Visible error boxes or Voilà error output a user would see."""
    selectors = [
        ".fp-notice--error",
        ".voila-error",
        ".jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']",
    ]
    found = []
    for selector in selectors:
        for element in page.query_selector_all(selector):
            if element.is_visible():
                found.append(element.inner_text()[:300])
    return found
