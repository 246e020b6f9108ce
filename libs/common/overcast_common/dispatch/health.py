"""The standard ``grpc.health.v1.Health`` service (what Kubernetes gRPC probes and grpc_health_probe call).

Implemented here from ``proto/grpc/health/v1/health.proto`` so no extra dependency is needed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any

import grpc

from overcast_common._generated.grpc.health.v1 import health_pb2

HEALTH_SERVICE = "grpc.health.v1.Health"
SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING
SERVICE_UNKNOWN = health_pb2.HealthCheckResponse.SERVICE_UNKNOWN


class HealthService:
    """SERVING for the server as a whole (``""``) and for each named service until ``shutdown``."""

    def __init__(self, services: Iterable[str]) -> None:
        self._status: dict[str, health_pb2.HealthCheckResponse.ServingStatus] = {"": SERVING}
        self._status.update(dict.fromkeys(services, SERVING))
        self._changed = asyncio.Event()

    def set(self, service: str, status: health_pb2.HealthCheckResponse.ServingStatus) -> None:
        self._status[service] = status
        self._changed.set()
        self._changed = asyncio.Event()

    def shutdown(self) -> None:
        for service in list(self._status):
            self.set(service, NOT_SERVING)

    def status(self, service: str) -> health_pb2.HealthCheckResponse.ServingStatus | None:
        return self._status.get(service)

    async def check(self, request: health_pb2.HealthCheckRequest, rpc: Any) -> health_pb2.HealthCheckResponse:
        status = self._status.get(request.service)
        if status is None:
            await rpc.abort(grpc.StatusCode.NOT_FOUND, f"unknown service {request.service!r}")
        return health_pb2.HealthCheckResponse(status=status)

    async def watch(self, request: health_pb2.HealthCheckRequest, rpc: Any) -> None:
        last = None
        while True:
            changed = self._changed
            status = self._status.get(request.service, SERVICE_UNKNOWN)
            if status != last:
                await rpc.write(health_pb2.HealthCheckResponse(status=status))
                last = status
            await changed.wait()

    def rpc_handler(self) -> Any:
        request = health_pb2.HealthCheckRequest.FromString
        response = health_pb2.HealthCheckResponse.SerializeToString
        return grpc.method_handlers_generic_handler(
            HEALTH_SERVICE,
            {
                "Check": grpc.unary_unary_rpc_method_handler(
                    self.check, request_deserializer=request, response_serializer=response
                ),
                "Watch": grpc.unary_stream_rpc_method_handler(
                    self.watch, request_deserializer=request, response_serializer=response
                ),
            },
        )
