"""Attendees press Send on the surgery join page at the same moment: none lost.

Through the real pages (one browser context each), not the store: the store's own
20-thread test cannot see a question lost between the page and the kernel.
"""

from __future__ import annotations

import asyncio
import concurrent.futures

from benchmarks.reliability.surgery_room import surgery_only

# Eight at once in the suite (about 40 s); the full room of 20 is
# `python benchmarks/reliability/load.py --attendees 20` (figures in the README).
ATTENDEES = 5  # 20 in benchmarks/reliability/load.py


def test_attendees_sending_at_once_all_reach_the_board(kit_server):
    with concurrent.futures.ThreadPoolExecutor(1) as pool:  # async Playwright, own event loop
        result = pool.submit(
            asyncio.run, surgery_only(kit_server, ATTENDEES, "Suite surgery")
        ).result()

    assert result["confirmed_on_screen"] == ATTENDEES
    assert result["stored"] == ATTENDEES
    assert result["lost"] == 0
    assert result["numbers_one_to_n"]
