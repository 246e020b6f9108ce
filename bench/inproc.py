"""``overcast serve``'s stack in the bench's own process: the gateway and its services behind the gateway's
own HTTP server on a free port of 127.0.0.1 (for scripts that profile or count the server's own work)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable

from overcast_common.config import Settings
from overcast_gateway.httpserver import serve
from overcast_gateway.pipeline import Gateway
from overcast_gateway.services import ServiceRegistry


async def start_gateway(settings: Settings) -> tuple[int, Callable[[], Awaitable[None]]]:
    """The port it listens on, and the coroutine function that stops the server and then the gateway."""
    app = Gateway(settings, ServiceRegistry(settings))
    await app.start()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    stop, ready = asyncio.Event(), asyncio.Event()
    server = asyncio.create_task(serve(app.respond, "127.0.0.1", port, stop, started=ready.set))
    await ready.wait()

    async def close() -> None:
        stop.set()
        await server
        await app.stop()

    return port, close
