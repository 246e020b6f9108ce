"""What only the SQLite adapter does: receipt tokens that name the message's row, and files made before
them (an index on ``message_id``, tokens without a row id) keep working."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from overcast_sqs.store import MessageCounts, ReceiptRef
from overcast_sqs.store.sqlite import SqliteSqsStore, _rid_of
from store_contract import DLQ, NOW, Q, move, msg, queue, recv, rr

_OLD_COLUMNS = """
    rid INTEGER PRIMARY KEY, qid INTEGER NOT NULL, message_id TEXT NOT NULL, body TEXT NOT NULL,
    payload TEXT NOT NULL, sender_id TEXT NOT NULL, sent_ms INTEGER NOT NULL, visible_ms INTEGER NOT NULL,
    receive_count INTEGER NOT NULL DEFAULT 0, first_receive_ms INTEGER, token TEXT, group_id TEXT,
    dedup_id TEXT, seq INTEGER, dl_source TEXT
"""
_OLD_NAMES = ", ".join(
    line.split()[0] for line in _OLD_COLUMNS.replace(",", "\n").split("\n") if line.strip()
)


async def _open(tmp_path: Path) -> SqliteSqsStore:
    store = await SqliteSqsStore.open(tmp_path / "sqs.sqlite3")
    for key in (Q, DLQ):
        await store.create_queue(queue(key))
    return store


async def test_tokens_name_the_row_and_no_message_id_index_is_written(tmp_path: Path) -> None:
    store = await _open(tmp_path)
    try:
        await store.send(Q, [msg("a"), msg("b")], NOW)
        got = await recv(store)
        rows = dict(store._db.execute("SELECT message_id, rid FROM messages").fetchall())
        assert [_rid_of(m.receipt_token) for m in got] == [rows[m.message_id] for m in got]
        indexes = {name for (name,) in store._db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "messages_by_id" not in indexes
        assert await store.delete(Q, [ReceiptRef(got[0].message_id, got[0].receipt_token)], NOW) == ["ok"]
        # a token naming another message's row finds nothing of this message there: missing, as before
        wrong = ReceiptRef(got[0].message_id, got[1].receipt_token)
        assert await store.delete(Q, [wrong], NOW) == ["missing"]
        # the right row, a stale token: stale
        stale = ReceiptRef(got[1].message_id, f"{_rid_of(got[1].receipt_token):x}.stale")
        assert await store.delete(Q, [stale], NOW) == ["stale"]
    finally:
        await store.close()


async def test_a_message_moved_away_and_back_is_found_from_an_old_handle(tmp_path: Path) -> None:
    store = await _open(tmp_path)
    try:
        await store.send(Q, [msg("a")], NOW)
        [first] = await recv(store, vis=0)
        assert await move(store, Q, DLQ, 10, NOW) == 1
        assert await move(store, DLQ, Q, 10, NOW) == 1  # a new row in Q: the old handle's row is gone
        old = ReceiptRef(first.message_id, first.receipt_token)
        assert await store.delete(Q, [old], NOW) == ["stale"]
        assert await store.change_visibility(Q, [(old, 1000)], NOW) == ["stale"]
        [again] = await recv(store, now=NOW + 1)
        assert await store.delete(Q, [ReceiptRef(again.message_id, again.receipt_token)], NOW) == ["ok"]
    finally:
        await store.close()


async def test_a_file_from_before_row_tokens_is_upgraded(tmp_path: Path) -> None:
    store = await _open(tmp_path)
    await store.send(Q, [msg("a"), msg("b")], NOW)
    got = await recv(store)
    await store.close()
    # make it look like a file of the previous version: message_id index, no ``moved``, old tokens
    db = sqlite3.connect(tmp_path / "sqs.sqlite3")
    db.executescript(
        f"""
        ALTER TABLE messages RENAME TO newer;
        CREATE TABLE messages ({_OLD_COLUMNS});
        INSERT INTO messages SELECT {_OLD_NAMES} FROM newer;
        DROP TABLE newer;
        CREATE INDEX messages_by_visibility ON messages (qid, visible_ms);
        CREATE UNIQUE INDEX messages_by_id ON messages (qid, message_id);
        """
    )
    old_tokens = {m.message_id: f"OldToken{i:08d}" for i, m in enumerate(got)}
    for message_id, token in old_tokens.items():
        db.execute("UPDATE messages SET token=? WHERE message_id=?", (token, message_id))
    db.commit()
    db.close()

    store = await SqliteSqsStore.open(tmp_path / "sqs.sqlite3")
    try:
        indexes = {name for (name,) in store._db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "messages_by_id" not in indexes and "messages_moved" in indexes
        a, b = got
        assert await store.change_visibility(
            Q, [(ReceiptRef(a.message_id, old_tokens[a.message_id]), 5)], NOW
        ) == ["ok"]
        assert await store.delete(Q, [ReceiptRef(b.message_id, "OldTokenWrong")], NOW) == ["stale"]
        assert await store.delete(Q, [ReceiptRef(b.message_id, old_tokens[b.message_id])], NOW) == ["ok"]
        await store.send(Q, [msg("c")], NOW)
        moved = await move(store, Q, DLQ, 10, NOW + 10)  # ``moved`` exists now: moves still work
        assert moved == 2
    finally:
        await store.close()


async def test_a_deleted_queues_messages_go_in_the_background(tmp_path: Path) -> None:
    store = await _open(tmp_path)
    try:
        await store.send(Q, [msg(str(i)) for i in range(1200)], NOW)
        assert await store.delete_queue(Q, NOW)
        # the same name again at once: a new queue, empty, whatever the reaper still has to do
        await store.create_queue(queue(Q))
        assert await recv(store) == []
        await store.send(Q, [msg("new")], NOW)
        await store.reaped()
        assert store._db.execute("SELECT count(*) FROM messages").fetchone() == (1,)
        assert [m.body for m in await recv(store)] == ["new"]
    finally:
        await store.close()


async def test_messages_a_stopped_reaper_left_are_deleted_at_the_next_open(tmp_path: Path) -> None:
    store = await _open(tmp_path)
    await store.send(Q, [msg(str(i)) for i in range(1200)], NOW)
    await store.send(DLQ, [msg("kept")], NOW)
    assert await store.delete_queue(Q, NOW)
    await store.close()  # before the reaper could finish
    store = await SqliteSqsStore.open(tmp_path / "sqs.sqlite3")
    try:
        assert store._doomed  # found at open: the deleted queue's messages are still there
        await store.create_queue(queue(Q))  # never takes the id whose messages wait for the reaper
        assert await recv(store) == []
        await store.reaped()
        assert store._db.execute("SELECT count(*) FROM messages").fetchone() == (1,)
        assert [m.body for m in await recv(store, DLQ)] == ["kept"]
    finally:
        await store.close()


async def test_the_wal_is_started_over_under_steady_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Passive checkpoints alone never let the WAL start over while writes keep coming: it grew for as
    long as the load lasted. Past ``_RESTART_FRAMES`` the checkpointer holds writes briefly and restarts it."""
    import overcast_sqs.store.sqlite as module

    monkeypatch.setattr(module, "_RESTART_FRAMES", 256)
    monkeypatch.setattr(module, "_CHECKPOINT_EVERY_S", 0.02)
    store = await _open(tmp_path)
    wal = tmp_path / "sqs.sqlite3-wal"
    try:
        sent, biggest = 0, 0

        async def writer(n: int) -> None:
            nonlocal sent
            for _ in range(n):
                await store.send(Q, [msg("x" * 2000)], NOW)
                sent += 1

        for _ in range(90):  # ~18,000 sends of 2 KB: some 9,000+ WAL pages if it were never restarted
            await asyncio.gather(*(writer(10) for _ in range(20)))
            biggest = max(biggest, wal.stat().st_size)
            await asyncio.sleep(0)
        # how far it gets between two restarts depends on how fast sends are against the checkpointer's
        # period and the GIL; half of the never-restarted size still tells the two apart
        assert biggest < 4500 * 4096, biggest
        assert store._db.execute("SELECT count(*) FROM messages").fetchone() == (sent,)
    finally:
        await store.close()
    reopened = await SqliteSqsStore.open(tmp_path / "sqs.sqlite3")
    try:
        assert reopened._db.execute("SELECT count(*) FROM messages").fetchone() == (sent,)
    finally:
        await reopened.close()


async def test_a_call_held_by_a_wal_restart_sees_what_happened_meanwhile(tmp_path: Path) -> None:
    """While the checkpointer holds writes, calls wait before they read the queue's id: a receive that
    waited behind a DeleteQueue finds no queue, never the deleted queue's messages."""
    store = await _open(tmp_path)
    try:
        await store.send(Q, [msg("a"), msg("b")], NOW)
        await store._hold_writes()
        deleting = asyncio.create_task(store.delete_queue(Q, NOW))
        await asyncio.sleep(0)
        receiving = asyncio.create_task(store.receive(Q, rr()))
        await asyncio.sleep(0.01)
        assert not deleting.done() and not receiving.done()  # both held
        store._writes_open.set()
        assert await deleting is True
        assert await receiving is None
    finally:
        await store.close()


async def test_a_purged_queues_messages_go_in_the_background(tmp_path: Path) -> None:
    store = await _open(tmp_path)
    try:
        await store.send(Q, [msg(str(i)) for i in range(1200)], NOW)
        assert await store.purge(Q, NOW, 60_000) is True
        assert await recv(store) == []  # at once, whatever the reaper still has to do
        await store.send(Q, [msg("after")], NOW)
        assert await store.purge(Q, NOW + 1, 60_000) is False  # one purge per 60 s still holds
        await store.reaped()
        assert store._db.execute("SELECT count(*) FROM messages").fetchone() == (1,)
        assert [m.body for m in await recv(store)] == ["after"]
    finally:
        await store.close()
    reopened = await SqliteSqsStore.open(tmp_path / "sqs.sqlite3")  # the queue keeps its new id
    try:
        assert await reopened.count(Q, NOW + 60_000_000) == MessageCounts(1, 0, 0)
    finally:
        await reopened.close()
