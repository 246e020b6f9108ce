"""Identifiers Kinesis hands out: hash keys, shard ids, sequence numbers, shard iterators, ARNs.

A record's sequence number is derived from where the log put it, so nothing is stored per record:
``49`` + shard index (6 digits) + position (24 digits) + the stream's salt (24 digits), 56 digits in
all like AWS's. Position ``p`` is 1-based (the record at log offset ``o`` has ``p = o + 1``); position 0
is the shard's ``StartingSequenceNumber``, "before the first record", so ``AFTER_SEQUENCE_NUMBER`` of
it starts at the first record. Numbers increase within a shard, and the salt (the stream's creation
time in microseconds) makes a re-created stream's numbers differ from its predecessor's.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from typing import NamedTuple

from overcast_common.dispatch.partitioned import keyed_token, token_body

HASH_SPACE = 1 << 128
MAX_HASH_KEY = HASH_SPACE - 1
SEQUENCE_DIGITS = 56


def hash_key(partition_key: str) -> int:
    """AWS's mapping: the MD5 of the partition key (UTF-8) as a 128-bit unsigned integer."""
    return int.from_bytes(hashlib.md5(partition_key.encode("utf-8")).digest(), "big")


def uniform_ranges(count: int) -> list[tuple[int, int]]:
    """``count`` contiguous hash ranges covering the whole space, as AWS lays out a new stream."""
    step = HASH_SPACE // count
    ranges = [(i * step, (i + 1) * step - 1) for i in range(count)]
    ranges[-1] = (ranges[-1][0], MAX_HASH_KEY)
    return ranges


def shard_id(index: int) -> str:
    return f"shardId-{index:012d}"


def shard_index(shard: str) -> int | None:
    """The index a shard id names; AWS also accepts the bare number (``"1"`` for shardId-000000000001)."""
    digits = shard[len("shardId-") :] if shard.startswith("shardId-") else shard
    if not digits.isdigit() or len(digits) > 12:
        return None
    return int(digits)


def sequence_number(index: int, position: int, salt: int) -> str:
    return f"49{index:06d}{position:024d}{salt:024d}"


class Sequence(NamedTuple):
    shard: int
    position: int
    salt: int


def parse_sequence_number(value: str) -> Sequence | None:
    if len(value) != SEQUENCE_DIGITS or not value.isdigit() or not value.startswith("49"):
        return None
    return Sequence(int(value[2:8]), int(value[8:32]), int(value[32:]))


class Iterator(NamedTuple):
    stream_uid: str
    shard: int
    offset: int
    issued_ms: int


_ITERATOR = struct.Struct(">B8sIQQ")
_ITERATOR_VERSION = 1


def encode_iterator(it: Iterator, stream_name: str | None = None) -> str:
    """With ``stream_name``, the iterator routes to the stream's owner among several Kinesis replicas
    (``GetRecords`` names no stream otherwise; ``overcast_common.dispatch.partitioned.keyed_token``)."""
    raw = _ITERATOR.pack(_ITERATOR_VERSION, bytes.fromhex(it.stream_uid), it.shard, it.offset, it.issued_ms)
    raw += struct.pack(">I", binascii.crc32(raw))
    encoded = base64.b64encode(raw).decode("ascii")
    return encoded if stream_name is None else keyed_token(stream_name, encoded)


def decode_iterator(value: str) -> Iterator | None:
    """None for anything this service did not issue (AWS: ``InvalidArgumentException``)."""
    try:
        raw = base64.b64decode(token_body(value), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != _ITERATOR.size + 4 or struct.unpack(">I", raw[-4:])[0] != binascii.crc32(raw[:-4]):
        return None
    version, uid, index, offset, issued = _ITERATOR.unpack(raw[:-4])
    if version != _ITERATOR_VERSION:
        return None
    return Iterator(uid.hex(), index, offset, issued)


def stream_arn(partition: str, region: str, account: str, name: str) -> str:
    return f"arn:{partition}:kinesis:{region}:{account}:stream/{name}"


class ArnParts(NamedTuple):
    region: str
    account: str
    stream: str
    consumer: str | None
    """The consumer's name for a consumer ARN (``.../stream/s/consumer/c:123``)."""


def parse_arn(arn: str) -> ArnParts | None:
    parts = arn.split(":", 5)
    if len(parts) != 6 or parts[0] != "arn" or parts[2] != "kinesis":
        return None
    resource = parts[5]
    if not resource.startswith("stream/"):
        return None
    path = resource[len("stream/") :].split("/")
    if len(path) == 1 and path[0]:
        return ArnParts(parts[3], parts[4], path[0], None)
    if len(path) == 3 and path[1] == "consumer" and path[0] and path[2]:
        return ArnParts(parts[3], parts[4], path[0], path[2].rsplit(":", 1)[0])
    return None
