import asyncio

import pytest
from overcast_common.loop_slices import in_slices


async def test_slices_keep_items_and_order() -> None:
    items = list(range(10))
    parts = [list(part) async for part in in_slices(items, 4)]
    assert parts == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    assert [list(p) async for p in in_slices(items, 10)] == [items]
    assert [p async for p in in_slices(list[int](), 3)] == []


async def test_other_tasks_run_between_slices_only() -> None:
    events: list[str] = []

    async def other() -> None:
        while True:
            events.append("other")
            await asyncio.sleep(0)

    task = asyncio.get_running_loop().create_task(other())
    try:
        await asyncio.sleep(0)  # the other task is waiting to run again, as a request would be
        events.clear()
        async for part in in_slices("abcdefg", 3):
            events.extend(part)  # the work of one slice: nothing else may run inside it
        events.append("done")
    finally:
        task.cancel()
    # one turn of the other task between two slices; none before the first or after the last
    assert events == ["a", "b", "c", "other", "d", "e", "f", "other", "g", "done"]


async def test_size_must_be_positive() -> None:
    with pytest.raises(ValueError):
        [p async for p in in_slices([1], 0)]
