"""How long ranking the kit's channels takes (issue #3 asks for under 50 ms).

A benchmark, not a test: run it on the machine that will serve a workshop,
    .venv/bin/python benchmarks/channels_ranking.py
It ranks the real channel files for every purpose, audience and risk appetite and
prints the median and slowest time for one ranking. Then it times what a participant
waits for after changing the form in the app: the shortlist, reasons, "why not" lines
and table of scores (with the chart left waiting, as in a kernel), and, separately,
one drawing of the chart, which the app does only once the form has been still.
"""

from __future__ import annotations

import asyncio
import itertools
import statistics
import time

from firstpost.core.channels import (
    AUDIENCES,
    PURPOSES,
    RISK_LEVELS,
    ChannelQuery,
    Library,
    rank_channels,
)
from firstpost.core.content import load_content

TARGET_MS = 50.0
ROUNDS = 5


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def ranking_times(content) -> list[float]:
    library = Library.from_content(content)
    questions = [
        ChannelQuery(purpose=p, audiences=a, risk_appetite=r)
        for p, a, r in itertools.product(
            PURPOSES, [(x,) for x in AUDIENCES] + [tuple(AUDIENCES)], RISK_LEVELS
        )
    ]
    rank_channels(content.channels, questions[0], library)  # warm up
    samples = []
    for _round in range(ROUNDS):
        for query in questions:
            start = time.perf_counter()
            rank_channels(content.channels, query, library)
            samples.append(_ms(start))
    return samples


async def _app_times(content) -> tuple[list[float], list[float]]:
    """Inside a running event loop, as in a kernel, so the chart waits as it does there."""
    from firstpost.ui.channels import ChannelsApp
    from firstpost.ui.channels.chart import chart_image_html

    app = ChannelsApp(content=content, owner="local:benchmark")
    app.form.audiences["specialists"].value = True
    weight = app.form.weights["audience"]
    refresh = []
    for value in [0, 1, 2, 3, 4, 5] * ROUNDS:
        start = time.perf_counter()
        weight.value = value
        refresh.append(_ms(start))
    drawing = []
    for _round in range(3):
        start = time.perf_counter()
        chart_image_html(app.ranking)
        drawing.append(_ms(start))
    app.chart.clear()
    return refresh, drawing


def _line(label: str, samples: list[float]) -> str:
    return f"{label}: median {statistics.median(samples):.1f} ms, slowest {max(samples):.1f} ms"


def main() -> int:
    content = load_content()
    samples = ranking_times(content)
    median = statistics.median(samples)
    print(
        f"{len(content.channels)} channels, {len(samples)} rankings: "
        f"median {median:.2f} ms, slowest {max(samples):.2f} ms (target under {TARGET_MS:g} ms)"
    )
    refresh, drawing = asyncio.run(_app_times(content))
    print(_line(f"App, shortlist and table after a weight change ({len(refresh)})", refresh))
    print(_line(f"App, one drawing of the chart ({len(drawing)}; first includes imports)", drawing))
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
