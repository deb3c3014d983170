"""How fast the plan store is where a workshop notices (issue #5's targets).

A benchmark, not a test, so a busy CI machine cannot make the suite flaky:
    .venv/bin/python benchmarks/plan_store.py [--postgres URL]
Saving and loading a plan with 5 posts and 20 risks must take under 50 ms each, and
listing 5,000 plans under 300 ms. Prints medians and writes
benchmarks/results/plan_store.json; exits 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import text

from firstpost.core.paths import lessons_dir
from firstpost.core.plan import Plan, Risk, plan_from_json
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.plan.storage import SUMMARY_COLUMNS
from firstpost.core.settings import Settings
from firstpost.core.store import open_store

TARGETS_MS = {"save": 50.0, "load": 50.0, "list_5000": 300.0}
RESULTS = Path(__file__).parent / "results" / "plan_store.json"


def big_plan() -> Plan:
    """The worked example grown to the issue's size: 5 posts and 20 risks."""
    raw = (lessons_dir() / "examples" / "council-social-workers.json").read_text()
    example, problems = plan_from_json(raw)
    assert example is not None, problems
    template = example.implementation.posts[0]
    posts = tuple(template.model_copy(update={"role": f"{template.role} ({n})"}) for n in range(5))
    risks = tuple(
        Risk(
            risk=f"Risk {n}: " + example.risks[n % len(example.risks)].risk,
            likelihood=n % 5 + 1,
            impact=(n * 2) % 5 + 1,
            owner="Lewis Grant",
            control=example.risks[n % len(example.risks)].control,
        )
        for n in range(20)
    )
    implementation = example.implementation.model_copy(update={"posts": posts})
    return example.model_copy(update={"implementation": implementation, "risks": risks})


def median_ms(action, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def measure(url: str) -> dict[str, float]:
    engine = open_store(Settings(Path(tempfile.gettempdir()), url, True))
    repo = PlanRepository(engine)
    plan = big_plan()
    record = repo.create(plan, "local:bench")
    state = {"revision": record.revision}

    def save() -> None:
        state["revision"] = repo.save(
            record.plan_id, plan, state["revision"], "local:bench"
        ).revision

    def load() -> None:
        repo.get(record.plan_id)

    body = plan.model_dump_json()
    rows = [
        {
            "id": uuid.uuid4().hex,
            "owner": f"local:user{n % 40}",
            "title": f"Pilot plan {n}",
            "workshop": f"W{n % 25}",
            "status": "active",
            "at": f"2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}T09:{n % 60:02d}:00+00:00",
            "body": body,
        }
        for n in range(4999)
    ]
    with engine.begin() as conn:
        conn.execute(
            text(
                f"INSERT INTO plans ({SUMMARY_COLUMNS}, body) VALUES (:id, :owner, :title,"
                " :workshop, :status, 1, :at, :at, :owner, :body)"
            ),
            rows,
        )
    assert len(repo.list_plans(include_archived=True)) == 5000
    return {
        "save": median_ms(save, 25),
        "load": median_ms(load, 25),
        "list_5000": median_ms(lambda: repo.list_plans(include_archived=True), 7),
        "list_one_owner": median_ms(lambda: repo.list_plans(owner="local:user7"), 7),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", help="also measure on this (empty) PostgreSQL database URL")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        results = {"sqlite": measure(f"sqlite:///{folder}/bench.sqlite3")}
    if args.postgres:
        results["postgresql"] = measure(args.postgres)
    ok = True
    for backend, figures in results.items():
        for name, value in figures.items():
            target = TARGETS_MS.get(name)
            verdict = (
                "" if target is None else (" ok" if value < target else f" OVER {target:.0f} ms")
            )
            ok = ok and (target is None or value < target)
            print(f"{backend:<11} {name:<15} {value:8.1f} ms{verdict}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps({"targets_ms": TARGETS_MS, "median_ms": results}, indent=2) + "\n"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
