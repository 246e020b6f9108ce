"""The event log between the gateway's audit step and the LookupEvents index, on SQLite and on Kafka."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from overcast_cloudtrail import eventlog
from overcast_cloudtrail.eventlog import EventLog, frame, unframe
from overcast_cloudtrail.ingest import parse_event
from overcast_common.context import RequestContext
from overcast_common.dispatch.interface import Params
from overcast_common.log import Log
from overcast_common.log.kafka import KafkaLog
from overcast_common.log.sqlite import SqliteLog
from overcast_common.testing.kafka_server import KafkaServer, shared_kafka_server
from overcast_gateway import audit

Opener = Callable[[], Awaitable[Log]]


def document(n: int, **extra: Any) -> str:
    event = {
        "eventVersion": "1.11",
        "userIdentity": {
            "type": "Root",
            "accountId": "000000000000",
            "arn": "arn:aws:iam::000000000000:root",
        },
        "eventTime": "2030-01-01T12:00:00Z",
        "eventSource": "sqs.amazonaws.com",
        "eventName": "CreateQueue",
        "awsRegion": "us-east-1",
        "requestParameters": {"queueName": f"q{n}", "text": "line\nbreak"},
        "eventID": f"id-{n}",
        "readOnly": False,
        "recipientAccountId": "000000000000",
        "eventCategory": "Management",
        **extra,
    }
    return json.dumps(event, separators=(",", ":"))


class Index:
    """Records what the indexer hands over, as the provider's ``ingest`` would receive it."""

    def __init__(self) -> None:
        self.batches: list[tuple[list[str], bool]] = []

    async def __call__(
        self, documents: Sequence[str], records: Sequence[Mapping[str, Any] | None] | None = None
    ) -> int:
        self.batches.append((list(documents), records is not None))
        return len(documents)

    @property
    def ids(self) -> list[str]:
        return [json.loads(d)["eventID"] for docs, _ in self.batches for d in docs]


@pytest.fixture(params=["sqlite", "kafka"])
async def opener(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Opener]:
    if request.param == "sqlite":

        async def open_log() -> Log:
            return await SqliteLog.open(tmp_path, trim_interval_s=None)

    else:
        server: KafkaServer = shared_kafka_server()
        prefix = f"ct{uuid.uuid4().hex[:12]}."

        async def open_log() -> Log:
            return await KafkaLog.open(server.bootstrap_servers, prefix=prefix, long_poll_ms=200)

    yield open_log


def test_framing_round_trips_and_the_gateway_frames_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [document(n) for n in range(5)]
    assert "\n" not in "".join(docs)  # JSON escapes newlines inside strings
    assert [d for v in frame(docs) for d in unframe(v)] == docs
    assert audit.frame(docs) == frame(docs) and audit.MAX_MESSAGE_BYTES == eventlog.MAX_MESSAGE_BYTES
    monkeypatch.setattr(eventlog, "MAX_MESSAGE_BYTES", len(docs[0]) * 2 + 10)
    values = frame(docs)
    assert len(values) == 3 and [d for v in values for d in unframe(v)] == docs


async def test_appended_batches_are_indexed_once_and_in_order(opener: Opener) -> None:
    index = Index()
    log = EventLog(await opener(), index)
    await log.start()
    docs = [document(n) for n in range(3)]
    fields = [parse_event(d).__dict__ for d in docs]  # any per-record dicts: handed over as they are
    await log.append(docs[:2], fields[:2])  # in-process: the fields go with them
    await log.append(docs[2:])  # another writer: JSON only
    assert await log.drain()
    assert index.ids == ["id-0", "id-1", "id-2"]
    assert [with_fields for _, with_fields in index.batches] == [True, False]
    await log.close()

    again = Index()  # a restart resumes after what was indexed
    reopened = EventLog(await opener(), again)
    await reopened.start()
    await reopened.append([document(3)])
    assert await reopened.drain()
    assert again.ids == ["id-3"]
    await reopened.skip_to_end()  # reset: what is in the log is forgotten
    await reopened.close()


async def test_a_failing_index_is_retried_from_the_same_position(
    opener: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = Index()
    failures = [RuntimeError("database down")]

    async def flaky(
        documents: Sequence[str], records: Sequence[Mapping[str, Any] | None] | None = None
    ) -> int:
        if failures:
            raise failures.pop()
        return await index(documents, records)

    sleep = asyncio.sleep
    monkeypatch.setattr(eventlog.asyncio, "sleep", lambda s: sleep(min(s, 0.01)))
    log = EventLog(await opener(), flaky)
    await log.start()
    await log.append([document(1)])
    assert await log.drain()
    assert index.ids == ["id-1"]
    await log.close()


async def test_the_gateway_appends_to_an_advertised_kafka_log() -> None:
    """Cluster mode: CloudTrail advertises its Kafka log; the gateway's auditor appends there itself and
    falls back to dispatch when Kafka cannot be reached."""
    server = shared_kafka_server()
    prefix = f"ct{uuid.uuid4().hex[:12]}."
    index = Index()
    log = EventLog(await KafkaLog.open(server.bootstrap_servers, prefix=prefix, long_poll_ms=200), index)
    await log.start()
    shipped: list[Params] = []

    class Remote:  # a gRPC dispatcher stand-in: not in-process, so no Records and Kafka first
        async def invoke(self, context: RequestContext, params: Params) -> Params:
            shipped.append(params)
            return {"Selection": [], "EventLog": log.advertised()}

        async def close(self) -> None:
            return None

    class Services:
        def dispatcher(self, name: str) -> Any:
            return Remote()

        def state(self, name: str) -> Any:
            return "remote"

    auditor = audit.Auditor(Services(), enabled=True)
    auditor._apply_selection({"Selection": [], "EventLog": log.advertised()})
    assert auditor.event_log["Topic"] == "events"
    assert await auditor._append_to_kafka([document(7), document(8)])
    assert await log.drain()
    assert index.ids == ["id-7", "id-8"] and shipped == []
    await auditor._close_kafka()

    auditor._apply_selection({"Selection": [], "EventLog": {**log.advertised(), "Kafka": "127.0.0.1:1"}})
    assert not await auditor._append_to_kafka([document(9)])  # unreachable: the caller ships instead
    assert not await auditor._append_to_kafka([document(9)])  # and does not retry at once
    await log.close()
