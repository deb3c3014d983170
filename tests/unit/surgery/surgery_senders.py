"""A phone sending one question, run in its own process by the concurrency test.

Kept apart from the test module so a fresh process imports only what a kernel would:
the surgery store and SQLAlchemy, not pytest.
"""

from __future__ import annotations

from firstpost.core.store.engine import make_engine
from firstpost.core.surgery.store import SurgeryStore


def send_from_own_engine(url: str, surgery_id: str, text: str) -> int:
    engine = make_engine(url)
    try:
        return SurgeryStore(engine).ask(surgery_id, text).number
    finally:
        engine.dispose()


def send_in_process(url: str, surgery_id: str, index: int, barrier, results) -> None:  # type: ignore[no-untyped-def]
    barrier.wait(timeout=60)
    try:
        number: object = send_from_own_engine(url, surgery_id, f"Question from phone {index}")
    except Exception as error:  # reported to the test, which fails with it
        number = repr(error)
    results.put((index, number))
