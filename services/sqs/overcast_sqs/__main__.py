"""Cluster mode: ``python -m overcast_sqs`` serves SQS over gRPC (``overcast.dispatch.v1``).

Configured like every Overcast process, from ``OVERCAST_*`` variables: it listens on
``OVERCAST_HOST:OVERCAST_PORT`` and keeps state under ``OVERCAST_DATA_DIR``. SIGTERM (what
Kubernetes sends) and Ctrl-C report NOT_SERVING, let in-flight calls finish, then close the store.
"""

from __future__ import annotations

import asyncio
import logging
import signal

from overcast_common.config import Settings
from overcast_common.dispatch import serve_grpc
from overcast_common.logs import configure_logging

from overcast_sqs.embedded import SERVICE, start

log = logging.getLogger("overcast.sqs")
GRACE_SECONDS = 10.0


async def run(settings: Settings) -> None:
    service = await start(settings)
    try:
        server = await serve_grpc({SERVICE: service.handler}, settings.host, settings.port)
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stopping.set)
        log.info("sqs serving", extra={"fields": {"host": settings.host, "port": server.port}})
        await stopping.wait()
        await server.stop(GRACE_SECONDS)
    finally:
        await service.close()


def main() -> None:
    settings = Settings.from_env()
    configure_logging(settings.log_level)
    asyncio.run(run(settings))


if __name__ == "__main__":
    main()
