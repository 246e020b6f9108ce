"""Kinesis inside the gateway's process (embedded mode): ``await start(settings)``.

A skeleton: every operation answers 501 until the provider implements it.
"""

from __future__ import annotations

from dataclasses import dataclass

from overcast_common.api.kinesis import KinesisApi
from overcast_common.authz import AllowRoot
from overcast_common.config import Settings
from overcast_common.service import ServiceHandler

SERVICE = "kinesis"


@dataclass
class KinesisService:
    handler: ServiceHandler
    credentials: None = None

    async def reset(self) -> None:
        return None

    async def close(self) -> None:
        return None


async def start(settings: Settings) -> KinesisService:
    return KinesisService(ServiceHandler(KinesisApi(), AllowRoot()))
