"""Several people saving plans at once, two of them on one plan, lose nothing (issue #11).

The small version of `benchmarks/reliability/load.py` (20 + 2 pages for a minute):
real pages save every few seconds; a SQLite trigger copies every write into an audit
table, so the database itself shows whether a confirmed save went missing or a
version was replaced by someone who never saw it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures

from benchmarks.reliability.load import install_audit, run_load


def test_four_people_and_a_shared_plan_saving_for_ten_seconds_lose_nothing(kit_server):
    install_audit(kit_server.data_dir)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:  # async Playwright, own event loop
        result = pool.submit(
            asyncio.run, run_load(kit_server, 4, 10, attendees=0, run="Suite load")
        ).result()

    assert result["plans"] == 5
    assert result["saves_without_answer"] == 0
    assert result["saves_confirmed"] >= 6
    assert result["missing_confirmed_saves"] == []
    assert result["silently_overwritten"] == []
    assert result["written_with_other_content"] == []
    assert result["revision_gaps"] == []
    assert result["written_but_not_confirmed"] == []
    assert result["refused_but_written"] == []
    assert result["final_row_not_last_write"] == []
    assert result["lost_updates"] == 0
    # the second saver of the shared plan is told, in words, and keeps what they typed
    assert result["conflicts_shown"] >= 1
    assert result["conflicts_in_words"] == result["conflicts_shown"]
    assert result["conflicts_text_kept"] == result["conflicts_shown"]
