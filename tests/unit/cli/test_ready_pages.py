"""A visitor is handed a warm page only once it has finished preparing (firstpost serve)."""

from __future__ import annotations

import asyncio

import voila.app

from firstpost.cli import serve


class _Pooled:
    """Voilà's pooled kernel manager, reduced to the part the kit changes."""

    def __init__(self) -> None:
        self._pools: dict[str, list] = {}

    def get_pool_size(self, notebook_name: str) -> int:
        return len(self._pools.get(notebook_name, []))

    async def get_rendered_notebook(self, notebook_name: str, **kwargs):  # type: ignore[no-untyped-def]
        return await self._pools[notebook_name].pop(0)


def test_only_finished_warm_pages_are_handed_over(monkeypatch):
    monkeypatch.setattr(voila.app, "voila_kernel_manager_factory", lambda *a, **k: _Pooled)
    serve.hand_over_only_ready_pages()
    manager = voila.app.voila_kernel_manager_factory()()

    async def scenario() -> tuple[int, str, int]:
        loop = asyncio.get_running_loop()
        never = loop.create_future()  # a kernel still running the notebook

        async def entry(kernel: str, rendering) -> dict:  # type: ignore[no-untyped-def]
            return {"task": rendering, "kernel_id": kernel}

        finished = loop.create_future()
        finished.set_result("all cells")
        starting = loop.create_task(entry("still-running", never))
        ready = loop.create_task(entry("ready", finished))
        manager._pools["planner.ipynb"] = [starting, ready]
        await asyncio.sleep(0)
        size = manager.get_pool_size("planner.ipynb")
        taken = await manager.get_rendered_notebook("planner.ipynb")
        left = manager.get_pool_size("planner.ipynb")
        never.cancel()
        return size, taken["kernel_id"], left

    size, taken, left = asyncio.run(scenario())
    assert size == 1  # the one still running its notebook does not count
    assert taken == "ready"  # handed over first, although second in Voilà's queue
    assert left == 0
