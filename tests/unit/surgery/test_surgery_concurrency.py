"""Twenty people pressing "Send question" at the same moment: every question arrives.

Each sender uses its own engine (its own connections), as each phone's page is its own
kernel. A barrier releases them together. SQLite is tried with threads and with real
processes (separate file handles and locks); PostgreSQL with threads.
"""

from __future__ import annotations

import multiprocessing
import threading
from datetime import date

from sqlalchemy import Engine
from surgery_senders import send_from_own_engine, send_in_process

from firstpost.core.store.engine import make_engine
from firstpost.core.surgery.store import SurgeryStore

SENDERS = 20


def _check_all_arrived(store: SurgeryStore, surgery_id: str, numbers: list[object]) -> None:
    assert sorted(numbers) == list(range(1, SENDERS + 1)), numbers  # no repeats, no gaps
    questions = store.questions(surgery_id)
    assert len(questions) == SENDERS
    assert {q.body for q in questions} == {f"Question from phone {i}" for i in range(SENDERS)}
    asked = [q.asked_at for q in questions]
    assert asked == sorted(asked), "numbers follow the order of arrival"


def test_twenty_threads_sending_at_once_lose_nothing(engine: Engine):
    store = SurgeryStore(engine)
    surgery = store.open_surgery(date(2026, 11, 25), "Busy room", "local:fran")
    url = engine.url.render_as_string(hide_password=False)
    barrier = threading.Barrier(SENDERS)
    numbers: list[object] = [None] * SENDERS

    def send(index: int) -> None:
        barrier.wait(timeout=60)
        try:
            numbers[index] = send_from_own_engine(
                url, surgery.surgery_id, f"Question from phone {index}"
            )
        except Exception as error:  # kept for the assertion message
            numbers[index] = repr(error)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(SENDERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    _check_all_arrived(store, surgery.surgery_id, numbers)


def test_twenty_processes_sending_at_once_lose_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'room.sqlite3'}"
    from firstpost.core.store.migrations import upgrade

    setup = make_engine(url)
    upgrade(setup)
    store = SurgeryStore(setup)
    surgery = store.open_surgery(date(2026, 11, 25), "Busy room", "local:fran")
    # Fresh processes forked from a clean server that has already imported the store,
    # so twenty of them start in a moment rather than each importing SQLAlchemy.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["surgery_senders"])
    barrier = context.Barrier(SENDERS)
    results = context.Queue()
    processes = [
        context.Process(target=send_in_process, args=(url, surgery.surgery_id, i, barrier, results))
        for i in range(SENDERS)
    ]
    for process in processes:
        process.start()
    outcomes = dict(results.get(timeout=120) for _ in processes)
    for process in processes:
        process.join(timeout=60)
    assert all(process.exitcode == 0 for process in processes)
    _check_all_arrived(store, surgery.surgery_id, [outcomes[i] for i in range(SENDERS)])
    setup.dispose()
