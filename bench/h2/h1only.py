"""``HttpProtocol`` alone (no pipeline): N raw SQS SendMessage requests fed in memory, each answered with a
fixed 200 carrying a new request id (the HTTP/1.1 side of bench/http2_callgrind.sh).

    python bench/h2/h1only.py N [ignored]
"""

import asyncio
import itertools
import sys

sys.path.insert(0, "bench")
import tracing_overhead as bench
from overcast_common.http import Headers, HttpResponse
from overcast_gateway.asgi import take_complete_body
from overcast_gateway.httpserver import HttpProtocol, ServerState

QUEUE = "http://localhost:4566/000000000000/q"
ids = itertools.count()


async def respond(request, write):
    take_complete_body(request)
    headers = [
        ("Content-Type", "application/x-amz-json-1.0"),
        ("x-amzn-RequestId", f"{next(ids):08d}-0000-4000-8000-000000000000"),
    ]
    write(HttpResponse(200, Headers(headers), b'{"MessageId":"m","MD5OfMessageBody":"x"}'), False)


async def main(n: int) -> None:
    raw = bench.raw_http(*bench.signed("SendMessage", {"QueueUrl": QUEUE, "MessageBody": "x" * 256}))
    transport = bench._Transport()
    protocol = HttpProtocol(ServerState(respond))
    protocol.connection_made(transport)
    for _ in range(n):
        transport.written.clear()
        protocol.data_received(raw)
        await protocol._task
    assert transport.written[0].startswith(b"HTTP/1.1 200")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
