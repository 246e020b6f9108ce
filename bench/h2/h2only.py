"""``Http2Connection`` alone (no pipeline): N pre-encoded SendMessage streams (h2gen.py) fed in memory, each
answered with a fixed 200 carrying a new request id, as the gateway's answers do.

    python bench/h2/h2only.py N FRAMES.pickle
"""

import asyncio
import itertools
import pickle
import sys

sys.path.insert(0, "bench")
import tracing_overhead as bench
from overcast_common.http import Headers, HttpResponse
from overcast_gateway.asgi import take_complete_body
from overcast_gateway.http2 import Http2Connection
from overcast_gateway.httpserver import HttpProtocol, ServerState

ids = itertools.count()


async def respond(request, write):
    assert take_complete_body(request)
    headers = [
        ("Content-Type", "application/x-amz-json-1.0"),
        ("x-amzn-RequestId", f"{next(ids):08d}-0000-4000-8000-000000000000"),
    ]
    write(HttpResponse(200, Headers(headers), b'{"MessageId":"m","MD5OfMessageBody":"x"}'), False)


async def main(n: int, path: str) -> None:
    with open(path, "rb") as f:
        start, frames = pickle.load(f)
    transport = bench._Transport()
    transport.set_protocol = lambda protocol: None
    http1 = HttpProtocol(ServerState(respond))
    http1.connection_made(transport)
    http1.data_received(start)  # the preface: the connection is handed over to HTTP/2
    [conn] = list(http1.state.connections)
    assert isinstance(conn, Http2Connection)
    for sid, data in frames[:n]:
        transport.written.clear()
        conn.data_received(data)
        await conn.streams[sid].task
    assert not conn.streams and b"\x00\x01" in transport.written[-1], transport.written


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
