"""How long ranking the kit's channels takes (issue #3 asks for under 50 ms).

A benchmark, not a test: run it on the machine that will serve a workshop,
    .venv/bin/python benchmarks/channels_ranking.py
It ranks the real channel files for every purpose, audience and risk appetite and
prints the median and slowest time for one ranking, without drawing the chart.
"""

from __future__ import annotations

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


def main() -> int:
    content = load_content()
    library = Library.from_content(content)
    questions = [
        ChannelQuery(purpose=p, audiences=a, risk_appetite=r)
        for p, a, r in itertools.product(
            PURPOSES, [(x,) for x in AUDIENCES] + [tuple(AUDIENCES)], RISK_LEVELS
        )
    ]
    rank_channels(content.channels, questions[0], library)  # warm up
    samples = []
    for _round in range(5):
        for query in questions:
            start = time.perf_counter()
            rank_channels(content.channels, query, library)
            samples.append((time.perf_counter() - start) * 1000)
    median, worst = statistics.median(samples), max(samples)
    print(
        f"{len(content.channels)} channels, {len(samples)} rankings: "
        f"median {median:.2f} ms, slowest {worst:.2f} ms (target under {TARGET_MS:g} ms)"
    )
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
