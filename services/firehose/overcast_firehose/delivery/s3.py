"""Writing batches to S3 through the S3 service (``peers.call("s3", "PutObject", ...)``).

An object holds the batch's records concatenated as they are (no delimiter unless a processor added
one), compressed per ``CompressionFormat``, named ``<evaluated Prefix><stream>-<version>-<time>-<uuid>
<extension>``; the time is the oldest record's arrival (``CustomTimeZone`` or UTC). Records that failed
processing or delivery go to ``ErrorOutputPrefix`` (``!{firehose:error-output-type}``) as one JSON
document per line.
"""

from __future__ import annotations

import posixpath
from datetime import UTC, datetime
from typing import Any

from overcast_common.peers import peers

from overcast_firehose import compression, prefixes
from overcast_firehose.records import Failed, Item
from overcast_firehose.store import DeliveryStream


def bucket_name(bucket_arn: str) -> str:
    return bucket_arn.split(":::", 1)[-1]


def moment(items: list[Item], custom_time_zone: str | None) -> datetime:
    oldest = min(item.arrival_ms for item in items)
    return datetime.fromtimestamp(oldest / 1000, UTC).astimezone(prefixes.zone(custom_time_zone))


def object_key(
    stream: DeliveryStream,
    config: dict[str, Any],
    items: list[Item],
    error_type: str | None = None,
    partition_keys: dict[str, dict[str, str]] | None = None,
) -> str:
    when = moment(items, config.get("CustomTimeZone"))
    if error_type is None:
        prefix = prefixes.evaluate(config.get("Prefix") or "", when, partition_keys=partition_keys)
    else:
        error_prefix = config.get("ErrorOutputPrefix")
        if error_prefix:
            prefix = prefixes.evaluate(error_prefix, when, error_output_type=error_type)
        else:  # AWS's default: the error type's folder under the destination's own prefix
            static = prefixes.EXPRESSION.sub("", config.get("Prefix") or "")
            prefix = static + prefixes.evaluate("", when, error_output_type=error_type)
    fmt = config.get("CompressionFormat") or "UNCOMPRESSED"
    ext = compression.extension(fmt, config.get("FileExtension"))
    return prefix + prefixes.object_suffix(stream.name, stream.version_id, when, ext)


async def put(stream: DeliveryStream, config: dict[str, Any], key: str, data: bytes) -> None:
    fmt = config.get("CompressionFormat") or "UNCOMPRESSED"
    entry = posixpath.basename(key).removesuffix(compression.extension(fmt, config.get("FileExtension")))
    body = compression.compress(data, fmt, entry_name=entry or "data")
    params: dict[str, Any] = {
        "Bucket": bucket_name(config["BucketARN"]),
        "Key": key,
        "Body": body,
        "ContentLength": len(body),
        "ContentType": "application/octet-stream",
    }
    encoding = compression.content_encoding(fmt)
    if encoding is not None:
        params["ContentEncoding"] = encoding
    await peers.call(
        "s3",
        "PutObject",
        params,
        account_id=stream.account_id,
        region=stream.region,
        caller="firehose",
    )


async def write_records(
    stream: DeliveryStream,
    config: dict[str, Any],
    records: list[tuple[Item, bytes]],
    delimiter: bytes = b"",
    partition_keys: dict[str, dict[str, str]] | None = None,
) -> str | None:
    """One object with ``records`` (item, data to write), ``delimiter`` between them (not after the
    last, as AWS's AppendDelimiterToRecord writes); returns its key (None for no records)."""
    if not records:
        return None
    key = object_key(stream, config, [item for item, _ in records], partition_keys=partition_keys)
    await put(stream, config, key, delimiter.join(data for _, data in records))
    return key


async def write_failed(stream: DeliveryStream, config: dict[str, Any], failed: list[Failed]) -> list[str]:
    """One object per error output type (``processing-failed``, ``http-endpoint-failed``...)."""
    keys: list[str] = []
    for error_type in dict.fromkeys(f.output_type for f in failed):
        group = [f for f in failed if f.output_type == error_type]
        key = object_key(stream, config, [f.item for f in group], error_type=error_type)
        await put(stream, config, key, b"".join(f.document() for f in group))
        keys.append(key)
    return keys
