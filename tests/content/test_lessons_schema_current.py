"""lessons/schema/ must equal a fresh export from the models, so it cannot go stale.

If this fails after a model change, run: firstpost lessons schema --out lessons/schema
"""

from __future__ import annotations

from pathlib import Path

from firstpost.core.content.schema import stale_schema_files

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "lessons" / "schema"


def test_committed_schema_matches_the_models() -> None:
    stale = stale_schema_files(SCHEMA_DIR)
    assert stale == [], (
        f"stale JSON Schema files in lessons/schema: {', '.join(stale)}; run "
        "`firstpost lessons schema --out lessons/schema`"
    )
