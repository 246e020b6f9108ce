"""CPU per publish, in-process (no HTTP): SNS Publish through its handler, then the fan-out to two raw
SQS subscriptions, each measured with ``time.process_time`` (all threads of the process, so SQLite's
writer threads count). Robust to other load on the machine, unlike ops/s.

    .venv/bin/python services/sns/bench_publish.py [N] [queues, default 2]

``SNS_BENCH_KEYS=<dir>``: copy the signing key and certificate from there (make them once with
``Signer.load_or_create(Path(dir))``) so instruction counts do not carry a key generation.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from overcast_common.config import Settings
from overcast_common.context import RequestContext
from overcast_common.peers import peers


def ctx(operation: str, service: str) -> RequestContext:
    return RequestContext(
        request_id="r", service=service, operation=operation, protocol="query", host="localhost:4566"
    )


async def main(n: int, queues: int) -> None:
    from overcast_sns import embedded as sns_embedded
    from overcast_sqs import embedded as sqs_embedded

    settings = Settings(data_dir=Path(tempfile.mkdtemp()))
    keys = os.environ.get("SNS_BENCH_KEYS")
    if keys:
        # a signing key made beforehand: RSA key generation varies by 100M+ instructions between
        # runs, which would drown an instruction count (callgrind)
        target = settings.service_data_dir("sns")
        target.mkdir(parents=True, exist_ok=True)
        for item in Path(keys).iterdir():
            shutil.copy(item, target / item.name)
    sqs = await sqs_embedded.start(settings)
    sns = await sns_embedded.start(settings)
    sent: dict[str, int] = {}

    async def counting(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        # counts deliveries without asking SQS (a depth poll scans the queue: its cost grows with time)
        result = await sqs.handler(context, params)
        done = len(result.get("Successful", ())) if "Entries" in params else 1
        name = params["QueueUrl"].rsplit("/", 1)[1]
        sent[name] = sent.get(name, 0) + done
        return result

    peers.register("sqs", counting)
    topic = (await sns.handler(ctx("CreateTopic", "sns"), {"Name": "bench"}))["TopicArn"]
    urls = []
    for i in range(queues):
        url = (await sqs.handler(ctx("CreateQueue", "sqs"), {"QueueName": f"q{i}"}))["QueueUrl"]
        arn = f"arn:aws:sqs:us-east-1:000000000000:q{i}"
        await sns.handler(
            ctx("Subscribe", "sns"),
            {
                "TopicArn": topic,
                "Protocol": "sqs",
                "Endpoint": arn,
                "Attributes": {"RawMessageDelivery": "true"},
            },
        )
        urls.append(url)
    body = "x" * 256

    async def depth(url: str) -> int:
        result = await sqs.handler(
            ctx("GetQueueAttributes", "sqs"),
            {"QueueUrl": url, "AttributeNames": ["ApproximateNumberOfMessages"]},
        )
        return int(result["Attributes"]["ApproximateNumberOfMessages"])

    # publishes in flight 16 at a time, like the bench; delivery runs concurrently
    start_cpu, start = time.process_time(), time.perf_counter()

    async def worker(count: int) -> None:
        context = ctx("Publish", "sns")
        for _ in range(count):
            await sns.handler(context, {"TopicArn": topic, "Message": body})

    await asyncio.gather(*(worker(n // 16) for _ in range(16)))
    n = n // 16 * 16
    publish_cpu, publish_wall = time.process_time() - start_cpu, time.perf_counter() - start
    while urls and min(sent.get(u.rsplit("/", 1)[1], 0) for u in urls) < n:
        await asyncio.sleep(0.05)
    total_cpu, total_wall = time.process_time() - start_cpu, time.perf_counter() - start
    print(
        f"{n} publishes: {publish_cpu / n * 1e6:.0f} us CPU/publish until acknowledged "
        f"({n / publish_wall:.0f}/s), {total_cpu / n * 1e6:.0f} us CPU/publish incl. fan-out to {queues} queues "
        f"(all delivered after {total_wall:.1f} s)"
    )
    depths = [await depth(u) for u in urls]
    assert depths == [n] * len(urls), f"queue depths {depths}, expected {n}"
    await sns.close()
    await sqs.close()


if __name__ == "__main__":
    asyncio.run(
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, int(sys.argv[2]) if len(sys.argv) > 2 else 2)
    )
