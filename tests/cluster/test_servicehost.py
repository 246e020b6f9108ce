"""One service as its own process (``overcast_common.servicehost``), run in this test's event loop."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from pathlib import Path
from typing import Any

import grpc
import httpx
import pytest
import redis.exceptions
from overcast_common.config import Settings
from overcast_common.context import RequestContext
from overcast_common.control import ControlClient
from overcast_common.dispatch import GrpcDispatcher, check_health
from overcast_common.errors import ServiceUnavailable
from overcast_common.servicehost import Metrics, backend_unavailable, instrumented, run


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def context(operation: str, **kwargs: Any) -> RequestContext:
    return RequestContext(
        request_id="r1",
        service="sts",
        operation=operation,
        account_id="111122223333",
        region="us-east-1",
        **kwargs,
    )


async def wait_ready(url: str) -> None:
    async with httpx.AsyncClient() as http:
        for _ in range(500):
            with contextlib.suppress(httpx.HTTPError):
                if (await http.get(url)).status_code == 200:
                    return
            await asyncio.sleep(0.01)
    raise TimeoutError(url)


async def test_sts_process_serves_dispatch_health_control_and_http(tmp_path: Path) -> None:
    port, http_port = free_port(), free_port()
    settings = Settings(host="127.0.0.1", port=port, data_dir=tmp_path)
    stopping = asyncio.Event()
    server = asyncio.create_task(run("sts", settings, http_port=http_port, stopping=stopping))
    address, base = f"127.0.0.1:{port}", f"http://127.0.0.1:{http_port}"
    try:
        await wait_ready(f"{base}/ready")
        assert await check_health(address, "sts") == "SERVING"
        dispatcher = GrpcDispatcher({"sts": address})
        issued = await dispatcher.invoke(context("GetSessionToken"), {"DurationSeconds": 900})
        key = issued["Credentials"]["AccessKeyId"]
        await dispatcher.close()

        async with grpc.aio.insecure_channel(address) as channel:
            control = ControlClient(channel)
            described = await control.describe()
            assert described.services == ("sts",) and described.credential_prefixes == ("ASIA",)
            found = await control.lookup_credential(key)
            assert found is not None and found.principal.account_id == "111122223333"
            assert found.secret_access_key == issued["Credentials"]["SecretAccessKey"]
            assert found.session_token == issued["Credentials"]["SessionToken"]
            assert found.expires_at == issued["Credentials"]["Expiration"]
            assert await control.lookup_credential("AKIDNOTOURS") is None
            assert await control.reset(["sqs"]) == []
            assert await control.reset() == ["sts"]
            assert await control.lookup_credential(key) is None

        async with httpx.AsyncClient() as http:
            assert (await http.get(f"{base}/live")).status_code == 200
            assert (await http.get(f"{base}/health/ready")).status_code == 200
            assert (await http.get(f"{base}/nope")).status_code == 404
            text = (await http.get(f"{base}/metrics")).text
        assert 'overcast_requests_total{service="sts",operation="GetSessionToken",outcome="ok"} 1' in text
        assert 'le="+Inf"} 1' in text
    finally:
        stopping.set()
        await asyncio.wait_for(server, 30)
    assert await check_health(address) == "UNAVAILABLE"


async def test_an_unreachable_backend_is_service_unavailable_not_internal_failure() -> None:
    metrics = Metrics()

    async def handler(ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        raise redis.exceptions.ConnectionError("Error 111 connecting to 127.0.0.1:6379")

    with pytest.raises(ServiceUnavailable):
        await instrumented(handler, metrics)(context("GetCallerIdentity"), {})
    assert metrics.count("sts", "GetCallerIdentity", "ServiceUnavailable") == 1
    assert backend_unavailable(ConnectionRefusedError())
    assert not backend_unavailable(ValueError("a bug, not an outage"))
