"""``KinesisStreamAsSource``: a reader that follows the source stream's shards and feeds the buffer.

It talks to Kinesis only through ``overcast_common.peers`` (``ListShards``, ``GetShardIterator``,
``GetRecords``), polls each open shard every ``OVERCAST_FIREHOSE_KINESIS_POLL_S`` (1 s, as Firehose
does), appends what it reads to the delivery stream's log topic and then records the shard's last
sequence number in the store. New shards (after a split or merge) are picked up by re-listing; a
shard whose iterator comes back null is finished. Reading starts at ``DeliveryStartTimestamp`` (the
stream's creation), as AWS's Firehose does. A crash between the append and the checkpoint copies a
few records twice (at-least-once), never loses one.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

from overcast_common.errors import ServiceError
from overcast_common.log import Log, Message
from overcast_common.peers import peers

from overcast_firehose.settings import FirehoseSettings
from overcast_firehose.store import DeliveryStream, FirehoseStore

RELIST_EVERY_S = 10.0
log = logging.getLogger("overcast.firehose")


def stream_location(stream_arn: str) -> tuple[str, str]:
    """(account, region) of a Kinesis stream ARN."""
    parts = stream_arn.split(":")
    return parts[4], parts[3]


class KinesisSource:
    def __init__(
        self, stream: DeliveryStream, log_: Log, store: FirehoseStore, settings: FirehoseSettings
    ) -> None:
        self.stream = stream
        self.log = log_
        self.store = store
        self.settings = settings
        self.arn: str = stream.source["KinesisStreamARN"]
        self.account, self.region = stream_location(self.arn)
        self.iterators: dict[str, str | None] = {}
        self.finished: set[str] = set()

    async def call(self, operation: str, params: dict[str, Any]) -> dict[str, Any]:
        return await peers.call(
            "kinesis", operation, params, account_id=self.account, region=self.region, caller="firehose"
        )

    async def shards(self) -> list[str]:
        found: list[str] = []
        params: dict[str, Any] = {"StreamARN": self.arn}
        while True:
            page = await self.call("ListShards", params)
            found.extend(s["ShardId"] for s in page.get("Shards", []))
            token = page.get("NextToken")
            if not token:
                return found
            params = {"NextToken": token}

    async def iterator(self, shard: str) -> str | None:
        checkpoint = await self.store.get_checkpoint(self.stream.arn, self.stream.incarnation, shard)
        params: dict[str, Any] = {"StreamARN": self.arn, "ShardId": shard}
        if checkpoint is not None:
            params.update(ShardIteratorType="AFTER_SEQUENCE_NUMBER", StartingSequenceNumber=checkpoint)
        else:
            start = datetime.fromtimestamp(self.stream.source["DeliveryStartTimestamp"], UTC)
            params.update(ShardIteratorType="AT_TIMESTAMP", Timestamp=start)
        result = await self.call("GetShardIterator", params)
        value = result.get("ShardIterator")
        return str(value) if value else None

    async def poll(self, shard: str) -> None:
        it = self.iterators.get(shard)
        if it is None:
            it = self.iterators[shard] = await self.iterator(shard)
            if it is None:
                self.finished.add(shard)
                return
        try:
            result = await self.call(
                "GetRecords", {"ShardIterator": it, "Limit": 10_000, "StreamARN": self.arn}
            )
        except ServiceError as exc:
            if exc.code == "ExpiredIteratorException":
                self.iterators[shard] = None  # re-made from the checkpoint on the next round
                return
            raise
        records = result.get("Records", [])
        if records:
            await self.log.append_batch(self.stream.topic, 0, [self.message(shard, r) for r in records])
            last = records[-1]["SequenceNumber"]
            await self.store.set_checkpoint(self.stream.arn, self.stream.incarnation, shard, last)
        following = result.get("NextShardIterator")
        if following:
            self.iterators[shard] = following
        else:
            self.finished.add(shard)
            self.iterators.pop(shard, None)

    def message(self, shard: str, record: dict[str, Any]) -> Message:
        """A buffered record, keeping what Lambda's ``kinesisRecordMetadata`` reports."""
        arrival = record.get("ApproximateArrivalTimestamp")
        headers = [
            ("shardId", shard.encode()),
            ("partitionKey", str(record.get("PartitionKey", "")).encode()),
            ("sequenceNumber", str(record["SequenceNumber"]).encode()),
        ]
        if isinstance(arrival, datetime):
            headers.append(("approximateArrivalTimestamp", str(int(arrival.timestamp() * 1000)).encode()))
        return Message(bytes(record["Data"]), headers=tuple(headers))

    async def run(self) -> None:
        listed_at = 0.0
        loop = asyncio.get_running_loop()
        while True:
            try:
                if loop.time() - listed_at >= RELIST_EVERY_S:
                    for shard in await self.shards():
                        if shard not in self.finished:
                            self.iterators.setdefault(shard, None)
                    listed_at = loop.time()
                for shard in [s for s in self.iterators if s not in self.finished]:
                    await self.poll(shard)
            except ServiceError as exc:
                # Kinesis not (yet) running, the stream gone or throttled: try again next round
                log.info(
                    "firehose kinesis source waiting",
                    extra={"fields": {"stream": self.stream.arn, "error": f"{exc.code}: {exc.message}"}},
                )
                listed_at = 0.0
            await asyncio.sleep(self.settings.kinesis_poll_s)
