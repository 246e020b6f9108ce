"""The gateway pipeline, step by step, with fakes for the codec, SigV4 and the services."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from overcast_common.config import Settings
from overcast_common.context import Principal, RequestContext
from overcast_common.errors import ServiceError, SignatureDoesNotMatch, UnknownOperationException
from overcast_common.http import Headers, HttpRequest, HttpResponse
from overcast_common.identity import root_principal
from overcast_gateway.pipeline import Gateway
from overcast_gateway.services import ServiceRegistry
from overcast_gateway.wire import Wire


@dataclass
class FakeOperation:
    name: str
    has_streaming_input: bool = False
    auth_type: str | None = None


@dataclass
class FakeRoute:
    service: str
    operation: FakeOperation
    protocol: str
    uri_params: dict[str, str] = field(default_factory=dict)


@dataclass
class FakeModel:
    name: str
    protocol: str = "query"
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class FakeAuth:
    principal: Principal | None
    region: str | None
    verified: bool = True


def detect_service(request: HttpRequest) -> str | None:
    if "x-service" in request.headers:
        return request.headers["x-service"]
    if b"Service=fake" in request.body:  # "the action is in the body" case
        return "fake"
    return None


def detect_operation(service: str, request: HttpRequest) -> FakeRoute:
    name = request.headers.get("x-op") or _form(request.body).get("Action")
    if not name or name == "Nope":
        raise UnknownOperationException(f"Unknown operation {name}")
    operation = FakeOperation(
        name, has_streaming_input=name == "Upload", auth_type="none" if name == "Open" else None
    )
    return FakeRoute(service, operation, "query")


def _form(body: bytes) -> dict[str, str]:
    return dict(p.split("=", 1) for p in body.decode().split("&") if "=" in p)


def parse_request(
    operation: FakeOperation, protocol: str, request: HttpRequest, uri: dict[str, str]
) -> dict[str, Any]:
    if operation.has_streaming_input:
        return {"Body": request.stream, "BodyWasBuffered": request.body != b""}
    return {"Raw": request.body.decode()}


def serialize_response(
    operation: FakeOperation, protocol: str, result: dict[str, Any], rid: str
) -> HttpResponse:
    if "Stream" in result:
        return HttpResponse(200, Headers([("Content-Type", "text/plain")]), stream=result["Stream"])
    return HttpResponse(200, Headers([("Content-Type", "application/json")]), json.dumps(result).encode())


def serialize_error(
    model: FakeModel, operation: FakeOperation | None, protocol: str, err: ServiceError, rid: str
) -> HttpResponse:
    body = {
        "code": err.code,
        "message": err.message,
        "protocol": protocol,
        "model": model.name,
        "operation": operation.name if operation else None,
    }
    return HttpResponse(
        err.status_code, Headers([("Content-Type", "application/json")]), json.dumps(body).encode()
    )


async def authenticate(
    request: HttpRequest,
    *,
    service: str,
    credentials: Any,
    unknown_keys: str,
    default_account: str,
    allow_anonymous: bool | None,
    default_region: str,
) -> FakeAuth:
    auth = request.headers.get("authorization", "")
    if not auth and allow_anonymous:
        return FakeAuth(None, default_region, verified=False)
    if auth == "good":
        return FakeAuth(root_principal("000000000000", "test"), "eu-west-1")
    if auth.startswith("unknown:"):
        account = auth.split(":", 1)[1]
        return FakeAuth(root_principal(account, account, verified=False), "us-west-2", verified=False)
    raise SignatureDoesNotMatch(
        "The request signature we calculated does not match the signature you provided."
    )


FAKE_WIRE = Wire(
    service_model=lambda name: FakeModel(name, metadata={"protocols": ["query"]}),  # type: ignore[arg-type,return-value]
    detect_service=detect_service,
    detect_operation=detect_operation,  # type: ignore[arg-type]
    caller_protocol=lambda service, request: "query",
    parse_request=parse_request,  # type: ignore[arg-type]
    serialize_response=serialize_response,  # type: ignore[arg-type]
    serialize_error=serialize_error,  # type: ignore[arg-type]
    authenticate=authenticate,  # type: ignore[arg-type]
)


class FakeService:
    """An embedded service whose handler echoes what the pipeline handed it."""

    def __init__(self) -> None:
        self.resets = 0
        self.closed = False
        self.calls: list[tuple[RequestContext, dict[str, Any]]] = []

    @property
    def handler(self) -> Any:
        return self._handle

    @property
    def credentials(self) -> None:
        return None

    async def _handle(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        self.calls.append((context, params))
        if context.operation == "Boom":
            raise ValueError("secret internals")
        if context.operation == "Throttle":
            raise ServiceError("slow down", code="Throttling", status_code=400)
        if context.operation == "Upload":
            received = b"".join([chunk async for chunk in params["Body"]])
            return {"Size": len(received), "BodyWasBuffered": params["BodyWasBuffered"]}
        if context.operation == "Download":
            return {"Stream": _chunks([b"a" * 10, b"b" * 10])}
        return {
            "Account": context.account_id,
            "Region": context.region,
            "Operation": context.operation,
            "Raw": params.get("Raw"),
        }

    async def reset(self) -> None:
        self.resets += 1

    async def close(self) -> None:
        self.closed = True


async def _chunks(parts: list[bytes]) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


@pytest.fixture
async def fake() -> FakeService:
    return FakeService()


@pytest.fixture
async def gateway(fake: FakeService, tmp_path: Any) -> AsyncIterator[Gateway]:
    settings = Settings(data_dir=tmp_path, services=("sts",))

    def starter(name: str) -> Any:
        async def start(settings: Settings) -> FakeService:
            return fake

        return start

    registry = ServiceRegistry(settings, starter=starter)
    # the fake service answers as "fake"; register it under that name too
    registry._entries["fake"] = registry._entries.pop("sts")
    gw = Gateway(settings, registry, wire=FAKE_WIRE)
    await gw.start()
    yield gw
    await gw.stop()


@pytest.fixture
async def client(gateway: Gateway) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=gateway)
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost:4566") as c:
        yield c


SIGNED = {"x-service": "fake", "authorization": "good"}


async def test_request_runs_through_to_the_service_with_account_and_region(
    client: httpx.AsyncClient, fake: FakeService
) -> None:
    r = await client.post(
        "/",
        content=b"Action=Hello&Service=fake",
        headers={"authorization": "good", "content-type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 200, r.text
    assert r.json() == {
        "Account": "000000000000",
        "Region": "eu-west-1",
        "Operation": "Hello",
        "Raw": "Action=Hello&Service=fake",
    }
    context, _ = fake.calls[0]
    assert context.service == "fake"
    assert context.principal is not None and context.principal.arn == "arn:aws:iam::000000000000:root"


async def test_request_id_headers_are_set_and_unique(client: httpx.AsyncClient) -> None:
    ids = set()
    for _ in range(3):
        r = await client.post("/", headers={**SIGNED, "x-op": "Hello"})
        assert r.headers["x-amzn-requestid"] == r.headers["x-amz-request-id"]
        ids.add(r.headers["x-amz-request-id"])
    assert len(ids) == 3


async def test_error_responses_carry_request_id_too(client: httpx.AsyncClient) -> None:
    r = await client.post("/", headers={"x-op": "Hello"})
    assert r.status_code == 400
    assert r.headers["x-amzn-requestid"]


async def test_cors_preflight_is_answered_without_signature(
    client: httpx.AsyncClient, fake: FakeService
) -> None:
    r = await client.options(
        "/some/bucket/key",
        headers={
            "Origin": "http://app.test",
            "Access-Control-Request-Method": "PUT",
            "Access-Control-Request-Headers": "authorization,x-amz-date",
        },
    )
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == "http://app.test"
    assert "PUT" in r.headers["access-control-allow-methods"]
    assert r.headers["access-control-allow-headers"] == "authorization,x-amz-date"
    assert fake.calls == []


async def test_cors_headers_on_normal_responses(client: httpx.AsyncClient) -> None:
    r = await client.post("/", headers={**SIGNED, "x-op": "Hello", "Origin": "http://app.test"})
    assert r.headers["access-control-allow-origin"] == "http://app.test"
    assert "x-amz-request-id" in r.headers["access-control-expose-headers"]
    r = await client.post("/", headers={**SIGNED, "x-op": "Hello"})
    assert "access-control-allow-origin" not in r.headers


async def test_options_without_preflight_headers_is_not_a_preflight(client: httpx.AsyncClient) -> None:
    r = await client.options("/", headers={"Origin": "http://app.test"})
    assert r.status_code == 400  # goes on to service detection, which finds nothing


async def test_health_lists_services_and_states(client: httpx.AsyncClient) -> None:
    r = await client.get("/_overcast/health")
    assert r.status_code == 200
    assert r.json()["services"] == {"fake": "running"}


async def test_reset_calls_every_service_reset_hook(client: httpx.AsyncClient, fake: FakeService) -> None:
    r = await client.post("/_overcast/reset")
    assert r.status_code == 200
    assert r.json() == {"reset": ["fake"]}
    assert fake.resets == 1


async def test_unknown_internal_route_is_404(client: httpx.AsyncClient) -> None:
    r = await client.get("/_overcast/nothing")
    assert r.status_code == 404


async def test_unknown_service_is_an_aws_shaped_error(client: httpx.AsyncClient) -> None:
    r = await client.post("/", content=b"Action=Hello")
    assert r.status_code == 400
    assert r.json()["code"] == "UnknownService"
    assert r.json()["protocol"] == "query"
    r = await client.post(
        "/", headers={"x-amz-target": "Foo.Bar", "content-type": "application/x-amz-json-1.0"}
    )
    assert r.json()["protocol"] == "json"


async def test_service_overcast_does_not_run_is_501(client: httpx.AsyncClient) -> None:
    r = await client.post("/", headers={"x-service": "kafka", "x-op": "Hello", "authorization": "good"})
    assert r.status_code == 501
    assert r.json()["code"] == "NotImplemented"
    assert "kafka" in r.json()["message"]


async def test_bad_signature_is_reported_in_the_operations_protocol(
    client: httpx.AsyncClient, fake: FakeService
) -> None:
    r = await client.post("/", headers={"x-service": "fake", "x-op": "Hello", "authorization": "bad"})
    assert r.status_code == 403
    assert r.json()["code"] == "SignatureDoesNotMatch"
    assert r.json()["operation"] == "Hello"
    assert fake.calls == []


async def test_signature_errors_come_before_unknown_operation(client: httpx.AsyncClient) -> None:
    r = await client.post("/", headers={"x-service": "fake", "x-op": "Nope", "authorization": "bad"})
    assert r.json()["code"] == "SignatureDoesNotMatch"
    r = await client.post("/", headers={"x-service": "fake", "x-op": "Nope", "authorization": "good"})
    assert r.status_code == 400
    assert r.json()["code"] == "UnknownOperationException"


async def test_operation_named_in_the_body_is_found_after_buffering(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/", content=b"Action=FromBody", headers={"x-service": "fake", "authorization": "good"}
    )
    assert r.json()["Operation"] == "FromBody"


async def test_unverified_key_runs_as_its_account_and_is_logged(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="overcast.gateway"):
        r = await client.post(
            "/", headers={"x-service": "fake", "x-op": "Hello", "authorization": "unknown:111122223333"}
        )
    assert r.json()["Account"] == "111122223333"
    assert r.json()["Region"] == "us-west-2"
    assert any("signature not checked" in rec.getMessage() for rec in caplog.records)


async def test_operations_modeled_as_unsigned_run_anonymously(
    client: httpx.AsyncClient, fake: FakeService
) -> None:
    r = await client.post("/", headers={"x-service": "fake", "x-op": "Open"})
    assert r.status_code == 200
    assert r.json()["Account"] == "000000000000"
    assert fake.calls[0][0].principal is None
    r = await client.post("/", headers={"x-service": "fake", "x-op": "Hello"})
    assert r.json()["code"] == "SignatureDoesNotMatch"


async def test_service_errors_pass_through(client: httpx.AsyncClient) -> None:
    r = await client.post("/", headers={**SIGNED, "x-op": "Throttle"})
    assert (r.status_code, r.json()["code"], r.json()["message"]) == (400, "Throttling", "slow down")


async def test_unexpected_exception_is_internal_failure_without_traceback(
    client: httpx.AsyncClient, gateway: Gateway, caplog: pytest.LogCaptureFixture
) -> None:
    def broken_parse(*args: Any) -> dict[str, Any]:
        raise KeyError("parser internals")

    gateway.wire = dataclasses.replace(gateway.wire, parse_request=broken_parse)
    with caplog.at_level(logging.ERROR, logger="overcast.gateway"):
        r = await client.post("/", headers={**SIGNED, "x-op": "Hello"})
    assert r.status_code == 500
    assert r.json()["code"] == "InternalFailure"
    assert "parser internals" not in r.text and "Traceback" not in r.text
    assert any(rec.exc_info for rec in caplog.records)


async def test_streaming_operation_body_is_not_buffered(client: httpx.AsyncClient) -> None:
    async def body() -> AsyncIterator[bytes]:
        for _ in range(4):
            yield b"x" * 1000

    r = await client.put("/bucket/key", content=body(), headers={**SIGNED, "x-op": "Upload"})
    assert r.json() == {"Size": 4000, "BodyWasBuffered": False}


async def test_streaming_response_is_written_in_chunks(client: httpx.AsyncClient) -> None:
    async with client.stream("GET", "/bucket/key", headers={**SIGNED, "x-op": "Download"}) as r:
        assert r.status_code == 200
        assert await r.aread() == b"a" * 10 + b"b" * 10


async def test_head_response_has_no_body(client: httpx.AsyncClient) -> None:
    r = await client.head("/", headers={**SIGNED, "x-op": "Hello"})
    assert r.status_code == 200
    assert r.content == b""


async def test_one_json_log_line_per_request(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="overcast.gateway"):
        r = await client.post("/", headers={**SIGNED, "x-op": "Hello"})
    lines = [rec for rec in caplog.records if rec.getMessage() == "request"]
    assert len(lines) == 1
    fields = lines[0].fields  # type: ignore[attr-defined]
    assert fields["request_id"] == r.headers["x-amz-request-id"]
    assert (fields["account"], fields["service"], fields["operation"], fields["status"]) == (
        "000000000000",
        "fake",
        "Hello",
        200,
    )
    assert isinstance(fields["latency_ms"], float)


async def test_stop_closes_services(gateway: Gateway, fake: FakeService) -> None:
    await gateway.stop()
    assert fake.closed
    assert gateway.services.health() == {"fake": "stopped"}


async def test_a_service_that_fails_to_start_is_marked_error(tmp_path: Any) -> None:
    def starter(name: str) -> Any:
        async def start(settings: Settings) -> FakeService:
            raise RuntimeError("disk on fire")

        return start

    registry = ServiceRegistry(Settings(data_dir=tmp_path, services=("sts",)), starter=starter)
    await registry.start()
    assert registry.health() == {"sts": "error"}
    assert registry.dispatcher("sts") is None


async def test_client_disconnect_mid_body_is_logged_not_answered(
    gateway: Gateway, caplog: pytest.LogCaptureFixture
) -> None:
    sent: list[dict[str, Any]] = []
    messages = iter(
        [{"type": "http.request", "body": b"Action=", "more_body": True}, {"type": "http.disconnect"}]
    )

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "raw_path": b"/",
        "query_string": b"",
        "headers": [(b"content-type", b"application/x-www-form-urlencoded"), (b"x-service", b"fake")],
    }
    with caplog.at_level(logging.INFO, logger="overcast.gateway"):
        await gateway(scope, receive, send)
    assert sent == []
    assert [rec.fields["status"] for rec in caplog.records if rec.getMessage() == "request"] == [499]  # type: ignore[attr-defined]


async def test_a_cancelled_request_is_logged_as_499_not_500(
    gateway: Gateway, caplog: pytest.LogCaptureFixture
) -> None:
    async def stalls(_gateway: Any, _ex: Any) -> None:
        await asyncio.sleep(60)

    gateway.steps = (stalls,)
    written: list[Any] = []
    request = HttpRequest(method="GET", path="/")
    with caplog.at_level(logging.INFO, logger="overcast.gateway"):
        task = asyncio.ensure_future(
            gateway.respond(request, lambda response, head: written.append(response))
        )
        await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert written == []
    assert [rec.fields["status"] for rec in caplog.records if rec.getMessage() == "request"] == [499]  # type: ignore[attr-defined]


async def test_steps_may_be_plain_functions_or_coroutines(gateway: Gateway) -> None:
    from overcast_gateway import pipeline

    seen: list[str] = []

    def plain(gw: Gateway, ex: Any) -> None:
        seen.append("plain")

    async def waits(gw: Gateway, ex: Any) -> None:
        seen.append("waits")

    def hands_back_a_coroutine(gw: Gateway, ex: Any) -> Any:
        async def answer() -> HttpResponse:
            return HttpResponse(299, Headers(), b"from a coroutine")

        return answer()

    gateway.steps = (pipeline.assign_request_id, plain, waits, hands_back_a_coroutine)
    transport = httpx.ASGITransport(app=gateway)
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost:4566") as c:
        r = await c.get("/anything")
    assert (r.status_code, r.content, seen) == (299, b"from a coroutine", ["plain", "waits"])
    assert r.headers["x-amz-request-id"] == r.headers["x-amzn-requestid"]
