"""The SQLite store's inserts of new messages, compiled with mypyc (``overcast_common.compiled.MODULES``).

Plain functions over the store's cursor, so they can be compiled: ``SqliteSqsStore`` stays interpreted
(``telemetry.spans.traced_backend`` replaces its public methods) and calls in here once per send.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Final

from overcast_sqs.store.port import NewMessage, SendOutcome

INSERT_MESSAGE: Final = (
    "INSERT INTO messages (qid, message_id, body, payload, sender_id, sent_ms, visible_ms, receive_count,"
    " group_id, dedup_id, seq, dl_source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)
INSERT_PLAIN_MESSAGE: Final = (
    "INSERT INTO messages (qid, message_id, body, payload, sender_id, sent_ms, visible_ms, receive_count,"
    " group_id, dedup_id, seq, dl_source) VALUES (?,?,?,?,?,?,?,0,NULL,NULL,NULL,NULL)"
)
"""``INSERT_MESSAGE`` for a standard message without a group: the NULLs written in the statement, since
the driver binds a ``None`` parameter through its adapter lookup (two failed attribute lookups each)."""


def message_row(qid: int, m: NewMessage, now_ms: int, seq: int | None) -> tuple[object, ...]:
    """``INSERT_MESSAGE``'s parameters for a new message."""
    return (
        qid, m.message_id, m.body, m.payload, m.sender_id, now_ms, now_ms + m.delay_ms, 0,
        m.group_id, m.dedup_id, seq, None,
    )  # fmt: skip


def insert_plain(
    cursor: sqlite3.Cursor, oldest: dict[int, int], qid: int, messages: Sequence[NewMessage], now_ms: int
) -> tuple[list[SendOutcome], bool]:
    """Insert a standard queue's new messages; their outcomes, and whether one is visible at once.
    ``oldest`` is the store's per-queue lower bound of ``sent_ms``, lowered here when it must be."""
    if len(messages) == 1:  # SendMessage: execute is the cheaper call for one row
        m = messages[0]
        if m.group_id is None and m.dedup_id is None:
            cursor.execute(
                INSERT_PLAIN_MESSAGE,
                (qid, m.message_id, m.body, m.payload, m.sender_id, now_ms, now_ms + m.delay_ms),
            )
        else:
            cursor.execute(INSERT_MESSAGE, message_row(qid, m, now_ms, None))
        outcomes = [SendOutcome(m.message_id, None)]
        wake = m.delay_ms <= 0
    else:
        plain: list[tuple[object, ...]] = []
        outcomes = []
        wake = False
        grouped = False
        for m in messages:
            if m.group_id is not None or m.dedup_id is not None:
                grouped = True
            delay = m.delay_ms
            plain.append((qid, m.message_id, m.body, m.payload, m.sender_id, now_ms, now_ms + delay))
            outcomes.append(SendOutcome(m.message_id, None))
            if delay <= 0:
                wake = True
        if grouped:
            cursor.executemany(INSERT_MESSAGE, [message_row(qid, m, now_ms, None) for m in messages])
        else:
            cursor.executemany(INSERT_PLAIN_MESSAGE, plain)
    lowest = oldest.get(qid)  # the store's ``_inserted``, inline
    if lowest is not None and now_ms < lowest:
        oldest[qid] = now_ms
    return outcomes, wake
