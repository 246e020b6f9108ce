"""What auditing costs the gateway: the hook on the request path, the record built off it, and the
whole gateway (in-process ASGI, embedded SQS + CloudTrail) with auditing on vs off.

.venv/bin/python services/cloudtrail/bench_audit.py [N]
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from overcast_common.config import Settings
from overcast_common.context import Principal, RequestContext
from overcast_common.dispatch.in_process import InProcessDispatcher
from overcast_common.protocol.models import service_model
from overcast_gateway.audit import Auditor, Call, compile_selection, encode_call
from overcast_gateway.pipeline import Gateway
from overcast_gateway.services import ServiceRegistry

ACCOUNT = "000000000000"


def exchange() -> Any:
    context = RequestContext("req", service="sqs", operation="SendMessage", account_id=ACCOUNT,
                             principal=Principal(ACCOUNT, f"arn:aws:iam::{ACCOUNT}:root", "Root", ACCOUNT, "test"))  # fmt: skip
    operation = service_model("sqs").operation_model("SendMessage")
    params = {"QueueUrl": f"http://localhost/{ACCOUNT}/q", "MessageBody": "x" * 200}
    result = {"MessageId": "m", "MD5OfMessageBody": "d"}
    return SimpleNamespace(context=context, route=SimpleNamespace(operation=operation), auth=object(),
                           params=params, result=result, error=None)  # fmt: skip


class _Sink:
    def dispatcher(self, name: str) -> None:
        return None

    def state(self, name: str) -> str:
        return "running"


async def hook_cost(n: int) -> tuple[float, float, float]:
    """The hook for a SendMessage no trail wants (dropped), one a trail wants (queued), and the build."""
    auditor = Auditor(_Sink(), enabled=True, capacity=n + 1)  # not started: nothing drains during the loop
    ex = exchange()
    started = time.perf_counter()
    for _ in range(n):
        auditor.record(ex)
    drop_us = (time.perf_counter() - started) / n * 1e6
    auditor.wanted = compile_selection([{"Account": ACCOUNT, "Region": "*", "Type": "*", "ReadOnly": "*"}])
    started = time.perf_counter()
    for _ in range(n):
        auditor.record(ex)
    hook_us = (time.perf_counter() - started) / n * 1e6
    call = Call(ex.context, ex.route.operation, ex.params, ex.result, None, time.time())
    started = time.perf_counter()
    for _ in range(n):
        encode_call(call)
    build_us = (time.perf_counter() - started) / n * 1e6
    return drop_us, hook_us, build_us


class _Embedded:
    """The gateway's view of an embedded CloudTrail (what ``ServiceRegistry`` gives the auditor)."""

    def __init__(self, handler: Any) -> None:
        self._dispatcher = InProcessDispatcher({"cloudtrail": handler})

    def dispatcher(self, name: str) -> InProcessDispatcher:
        return self._dispatcher

    def state(self, name: str) -> str:
        return "running"


async def background_cost(n: int) -> float:
    """CPU µs per audited call, everything after the hook: record build, JSON, CloudTrail's ingest and
    the event log append, the indexer and the SQLite index write (all threads: ``process_time``), for a mix of data and management events."""
    from overcast_cloudtrail.embedded import start

    with tempfile.TemporaryDirectory() as tmp:
        service = await start(Settings(data_dir=Path(tmp), services=("cloudtrail",)))
        try:
            await want_sqs_data_events(service.provider)  # else SendMessage is dropped at the hook
            auditor = Auditor(_Embedded(service.handler), enabled=True, capacity=n + 1)
            auditor.start()
            while not auditor.wanted:  # its first selection arrives from the drain task
                await asyncio.sleep(0.01)
            send, create = exchange(), exchange()
            create.route = SimpleNamespace(operation=service_model("sqs").operation_model("CreateQueue"))
            create.params, create.result = {"QueueName": "q"}, {"QueueUrl": f"http://localhost/{ACCOUNT}/q"}
            for warm in (True, False):
                count = n // 10 if warm else n
                started = time.process_time()
                for i in range(count):
                    auditor.record(create if i % 4 == 0 else send)
                await auditor.flush(timeout=120)
                assert service.eventlog is not None and await service.eventlog.drain(timeout=120)
                spent = time.process_time() - started
            stored = await service.store.last_seq()
            assert stored == n + n // 10 and auditor.stats.shipped == stored, (stored, auditor.stats)
            await auditor.close()
        finally:
            await service.close()
    return spent / n * 1e6


async def want_sqs_data_events(provider: Any) -> None:
    """A logging trail whose selectors ask for SQS data events (data events are audited only then)."""
    context = RequestContext("bench", service="cloudtrail", account_id=ACCOUNT, region="us-east-1")

    class AnyBucket:  # no S3 in this bench: the trail only has to ask for data events
        async def check_bucket(self, *_: Any) -> None:
            return None

        async def deliver(self, *_: Any) -> None:
            return None

    provider.delivery = AnyBucket()
    await provider.create_trail(context, name="bench", s3_bucket_name="bench-trail")
    await provider.start_logging(context, name="bench")
    selector = {"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]},
                                   {"Field": "resources.type", "Equals": ["AWS::SQS::Queue"]}]}  # fmt: skip
    await provider.put_event_selectors(context, trail_name="bench", advanced_event_selectors=[selector])


def signed(endpoint: str, target: str, body: str) -> tuple[dict[str, str], bytes]:
    request = AWSRequest("POST", endpoint + "/", data=body.encode(),
                         headers={"X-Amz-Target": target, "Content-Type": "application/x-amz-json-1.0"})  # fmt: skip
    SigV4Auth(Credentials("test", "test"), "sqs", "us-east-1").add_auth(request)
    return dict(request.headers.items()), body.encode()


async def gateway_rate(audit: str, n: int) -> float:
    os.environ["OVERCAST_AUDIT"] = audit
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), services=("sqs", "cloudtrail"))
        gateway = Gateway(settings, ServiceRegistry(settings))
        await gateway.start()
        try:
            async with httpx.AsyncClient(
                transport=httpx.ASGITransport(app=gateway), base_url="http://localhost"
            ) as http:
                headers, body = signed("http://localhost", "AmazonSQS.CreateQueue", '{"QueueName": "bench"}')
                (await http.post("/", headers=headers, content=body)).raise_for_status()
                url = f"http://localhost/{ACCOUNT}/bench"
                headers, body = signed("http://localhost", "AmazonSQS.GetQueueUrl", '{"QueueName": "bench"}')
                best = 0.0
                for _ in range(3):
                    started = time.perf_counter()
                    for _ in range(n):
                        (await http.post("/", headers=headers, content=body)).raise_for_status()
                    best = max(best, n / (time.perf_counter() - started))
                    await gateway.audit.flush()
                assert url
        finally:
            await gateway.stop()
    return best


async def main(n: int) -> None:
    drop_us, hook_us, build_us = await hook_cost(n * 10)
    print(f"audit hook, data event no trail wants (dropped): {drop_us:.2f} µs/call")
    print(f"audit hook, event queued (on the request path): {hook_us:.2f} µs/call")
    print(f"record build + JSON (background): {build_us:.1f} µs/call")
    print(
        f"everything after the hook, CPU (build, ship, ingest, SQLite): {await background_cost(n * 10):.1f} µs/call"
    )
    if os.environ.get("BENCH_AUDIT_QUICK"):
        return
    await gateway_rate("off", n // 4)  # warm up imports and caches
    off = on = 0.0
    for _ in range(2):  # alternate, so drift in the machine's load hits both
        off = max(off, await gateway_rate("off", n))
        on = max(on, await gateway_rate("on", n))
    print(f"gateway GetQueueUrl, in-process ASGI: audit off {off:.0f} calls/s, on {on:.0f} calls/s "
          f"({(1 - on / off) * 100:.1f}% cost)")  # fmt: skip


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
