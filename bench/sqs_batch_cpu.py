"""Instructions SQS's own code (provider + SQLite store) spends per SendMessage and per batch entry.

Calls ``SqsProvider.send_message`` / ``send_message_batch`` directly (no gateway, codec, SigV4, tracing
or auditing), on a real ``SqliteSqsStore`` in a temporary directory, as a peer (SNS fan-out) calls them:
batches of up to 500 entries are allowed. Bodies are SNS-style JSON envelopes (~600 bytes, newlines).

    .venv/bin/python bench/sqs_batch_cpu.py --entries 10 --requests 500     # CPU µs per entry (noisy)
    .venv/bin/python bench/sqs_batch_cpu.py --callgrind --entries 0,10,100   # instructions (deterministic)

``--entries 0`` is SendMessage. ``--callgrind`` runs this script under callgrind twice per entry count (1
and ``--requests`` measured calls, after the same warm-up) and prints (difference) / (entries sent):
start-up and warm-up cancel out. ``--attributes N`` gives every message N string attributes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from overcast_common.context import Principal, RequestContext
from overcast_common.peers import PEER_MARK
from overcast_sqs.provider import ProviderSettings, SqsProvider
from overcast_sqs.store.sqlite import SqliteSqsStore

WARM_UP = 20


def _body(i: int) -> str:
    envelope = {
        "Type": "Notification",
        "MessageId": f"7f2a5b1e-0c1d-4e8f-9a3b-{i:012d}",
        "TopicArn": "arn:aws:sns:us-east-1:000000000000:bench-topic",
        "Message": "x" * 256,
        "Timestamp": "2026-11-29T05:00:00.000Z",
        "SignatureVersion": "1",
        "Signature": "c2lnbmF0dXJl" * 12,
        "SigningCertURL": "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000.pem",
        "UnsubscribeURL": "http://localhost:4566/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:x",
    }
    return json.dumps(envelope, indent=2)


def _attributes(count: int) -> dict[str, Any]:
    return {f"attr{n}": {"DataType": "String", "StringValue": f"value-{n}"} for n in range(count)}


async def _run(entries: int, requests: int, attributes: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        store = await SqliteSqsStore.open(Path(tmp) / "sqs.db")
        provider = SqsProvider(store, settings=ProviderSettings(strict_timing=False))
        context = RequestContext(
            request_id="bench",
            service="sqs",
            operation="SendMessageBatch" if entries else "SendMessage",
            principal=Principal(
                arn="arn:aws:iam::000000000000:root", account_id="000000000000", principal_id="000000000000"
            ),
            host="localhost:4566",
            extra={PEER_MARK: "sns"},
        )
        url = (await provider.create_queue(context, queue_name="bench"))["QueueUrl"]
        body = _body(0)
        extra: dict[str, Any] = {"MessageAttributes": _attributes(attributes)} if attributes else {}
        batch: list[Any] = [{"Id": str(i), "MessageBody": body, **extra} for i in range(entries)]
        kwargs: dict[str, Any] = {"message_attributes": extra["MessageAttributes"]} if attributes else {}

        async def once() -> None:
            if entries:
                result = await provider.send_message_batch(context, queue_url=url, entries=batch)
                assert len(result["Successful"]) == entries, result
            else:
                await provider.send_message(context, queue_url=url, message_body=body, **kwargs)

        for _ in range(WARM_UP):
            await once()
        start = time.process_time()
        for _ in range(requests):
            await once()
        spent = time.process_time() - start
        await provider.close()
        await store.close()
        return spent


def _callgrind(entries: int, requests: int, attributes: int) -> int:
    out = Path(tempfile.mkdtemp(prefix="sqs-batch-cg."))

    def start(count: int) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/{count}.out",
                sys.executable, __file__, "--entries", str(entries), "--requests", str(count),
                "--attributes", str(attributes),
            ],
            env={**os.environ, "PYTHONHASHSEED": "0"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip

    runs = [start(1), start(requests)]
    for run in runs:
        if run.wait() != 0:
            raise SystemExit(f"callgrind run failed (files in {out})")

    def total(count: int) -> int:
        for line in (out / f"{count}.out").read_text().splitlines():
            if line.startswith("summary:"):
                return int(line.split()[1])
        raise SystemExit(f"no summary in {out}/{count}.out")

    return (total(requests) - total(1)) // ((requests - 1) * max(entries, 1))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entries", default="0", help="entries per batch, comma-separated; 0 = SendMessage")
    parser.add_argument("--requests", type=int, default=0, help="measured calls (default: 2000 / entries)")
    parser.add_argument("--attributes", type=int, default=0, help="string message attributes per message")
    parser.add_argument("--callgrind", action="store_true", help="count instructions under callgrind")
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    for entries in (int(e) for e in args.entries.split(",")):
        requests = args.requests or max(20, 2000 // max(entries, 1))
        label = "SendMessage" if entries == 0 else f"SendMessageBatch x{entries}"
        if args.callgrind:
            per = _callgrind(entries, requests, args.attributes)
            print(f"{label}: {per} instructions per {'call' if entries == 0 else 'entry'}")
        else:
            spent = asyncio.run(_run(entries, requests, args.attributes))  # on uvloop, as the server runs
            print(f"{label}: {spent / (requests * max(entries, 1)) * 1e6:.1f} µs CPU per message")


if __name__ == "__main__":
    main()
