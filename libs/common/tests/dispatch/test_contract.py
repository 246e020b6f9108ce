"""The dispatch contract, run over both transports: in-process and gRPC (a real grpc.aio server, loopback)."""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import hashlib
import logging
import math
import socket
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import grpc
import pytest
from overcast_common.context import Principal, RequestContext
from overcast_common.dispatch import (
    CHUNK_SIZE,
    Dispatcher,
    GrpcDispatcher,
    GrpcServer,
    Handler,
    InProcessDispatcher,
    Params,
    check_health,
    serve_grpc,
)
from overcast_common.errors import ClientError, InternalFailure, ServiceError, ServiceUnavailable

MiB = 1024 * 1024


class NoSuchBucket(ClientError):
    code = "NoSuchBucket"
    status_code = 404


# --- a test service: one handler, behaviour chosen by the operation ------------------------------------


class Probe:
    """Records what the handler saw, so tests can look at the service side too."""

    def __init__(self) -> None:
        self.chunks: list[int] = []
        self.closed_sources: list[str] = []
        self.cancelled = asyncio.Event()
        self.started = asyncio.Event()


def pattern_chunk(index: int, size: int) -> bytes:
    return index.to_bytes(4, "big") * (size // 4)


async def pattern_body(
    total: int, chunk: int, probe: Probe | None = None, name: str = "body"
) -> AsyncIterator[bytes]:
    try:
        for index in range(total // chunk):
            yield pattern_chunk(index, chunk)
    finally:
        if probe is not None:
            probe.closed_sources.append(name)


def pattern_digest(total: int, chunk: int) -> str:
    digest = hashlib.sha256()
    for index in range(total // chunk):
        digest.update(pattern_chunk(index, chunk))
    return digest.hexdigest()


async def consume(body: AsyncIterator[bytes], sizes: list[int] | None = None) -> tuple[int, str]:
    digest = hashlib.sha256()
    total = 0
    async for chunk in body:
        assert isinstance(chunk, bytes)
        if sizes is not None:
            sizes.append(len(chunk))
        digest.update(chunk)
        total += len(chunk)
    return total, digest.hexdigest()


def make_handler(probe: Probe) -> Handler:
    async def handler(context: RequestContext, params: Params) -> Params:
        op = context.operation
        if op == "Echo":
            return {"params": params, "context": dataclasses.asdict(context)}
        if op == "Fail":
            raise ERRORS[params["error"]]()
        if op == "Boom":
            raise RuntimeError("secret-internal-detail at /srv/overcast/provider.py")
        if op == "NotADict":
            return ["a", "list"]  # type: ignore[return-value]
        if op == "Upload":
            total, digest = await consume(params["Body"], probe.chunks)
            return {"size": total, "sha256": digest, "chunks": len(probe.chunks)}
        if op == "Download":
            return {"Body": pattern_body(params["size"], params["chunk"], probe), "Meta": "x"}
        if op == "PassThrough":
            return {"Body": params["Body"]}
        if op == "ReadBThenA":
            b = await consume(params["B"])
            a = await consume(params["A"])
            return {"A": list(a), "B": list(b)}
        if op == "ReadThenFail":
            try:
                await consume(params["Body"])
            except ServiceError as exc:
                return {"caught": exc.code, "message": exc.message}
            return {"caught": None}
        if op == "Hang":
            probe.started.set()
            try:
                await asyncio.sleep(60)
            except asyncio.CancelledError:
                probe.cancelled.set()
                raise
            return {}
        raise AssertionError(f"unexpected operation {op}")

    return handler


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# --- the two transports ----------------------------------------------------------------------------


class Transport:
    def __init__(self, name: str) -> None:
        self.name = name
        self.probe = Probe()
        self.server: GrpcServer | None = None
        self.dispatcher: Dispatcher

    async def start(self) -> Dispatcher:
        handlers = {"test": make_handler(self.probe)}
        if self.name == "in_process":
            self.dispatcher = InProcessDispatcher(handlers)
        else:
            self.server = await serve_grpc(handlers, "127.0.0.1", 0)
            self.dispatcher = GrpcDispatcher({"test": f"127.0.0.1:{self.server.port}"})
        return self.dispatcher

    async def stop(self) -> None:
        await self.dispatcher.close()
        if self.server is not None:
            await self.server.stop(0)


@pytest.fixture(params=["in_process", "grpc"])
async def transport(request: pytest.FixtureRequest) -> AsyncIterator[Transport]:
    t = Transport(request.param)
    await t.start()
    yield t
    await t.stop()


def ctx(operation: str, **overrides: Any) -> RequestContext:
    return RequestContext(request_id="req-1", service="test", operation=operation, **overrides)


async def echo(t: Transport, params: Params, context: RequestContext | None = None) -> Params:
    result = await t.dispatcher.invoke(context or ctx("Echo"), params)
    echoed: Params = result["params"]
    return echoed


def assert_identical(got: Any, want: Any, path: str = "$") -> None:
    """Equal values of exactly the same types, all the way down (float sign and NaN included)."""
    assert type(got) is type(want), f"{path}: {type(got).__name__} != {type(want).__name__}"
    if isinstance(want, dict):
        assert list(got) == list(want), f"{path}: keys {list(got)} != {list(want)}"
        for key in want:
            assert_identical(got[key], want[key], f"{path}.{key}")
    elif isinstance(want, list):
        assert len(got) == len(want), path
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            assert_identical(g, w, f"{path}[{i}]")
    elif isinstance(want, float):
        assert math.copysign(1, got) == math.copysign(1, want), path
        assert got == want or (math.isnan(got) and math.isnan(want)), path
    elif isinstance(want, Decimal):
        assert str(got) == str(want), path
    elif isinstance(want, datetime):
        assert got == want, path
        assert got.utcoffset() == want.utcoffset(), path
        assert (got.tzinfo is None) == (want.tzinfo is None), path
    else:
        assert got == want, path


# --- values ------------------------------------------------------------------------------------------

EVERY_KIND: Params = {
    "str": "plain",
    "unicode": "héllo ✓ 雲 🌩️ \x00 end",
    "empty_str": "",
    "true": True,
    "false": False,
    "zero": 0,
    "int": -42,
    "int64_max": 2**63 - 1,
    "int64_min": -(2**63),
    "huge": 2**200 + 1,
    "huge_negative": -(2**64),
    "float": 1.5,
    "negative_zero": -0.0,
    "nan": math.nan,
    "inf": -math.inf,
    "tiny": 5e-324,
    "bytes": b"\x00\xff\x80binary",
    "empty_bytes": b"",
    "none": None,
    "decimal": Decimal("1.10"),
    "decimal_big": Decimal("-12345678901234567890.000000000000000001"),
    "decimal_neg_zero": Decimal("-0"),
    "utc": datetime(2024, 2, 29, 23, 59, 59, 123456, tzinfo=UTC),
    "offset": datetime(2024, 6, 1, 12, 0, 0, 1, tzinfo=timezone(timedelta(hours=5, minutes=30))),
    "naive": datetime(2001, 1, 1, 0, 0, 0, 999999),
    "before_epoch": datetime(1900, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
    "empty_map": {},
    "empty_list": [],
    "nested": [{"a": [{"b": [1, 2.0, "3", b"4", None]}], "c": {}}, [], [[{}]]],
    "order": {"z": 1, "a": 2, "m": 3},
}


async def test_every_value_kind_round_trips(transport: Transport) -> None:
    assert_identical(await echo(transport, EVERY_KIND), EVERY_KIND)


async def test_empty_map_is_not_absent(transport: Transport) -> None:
    got = await echo(transport, {"Present": {}, "Null": None})
    assert got == {"Present": {}, "Null": None}
    assert "Absent" not in got
    assert await echo(transport, {}) == {}


@pytest.mark.parametrize("number", [2**63, -(2**63) - 1, 10**40, -(10**40), 2**64 - 1])
async def test_ints_beyond_int64(transport: Transport, number: int) -> None:
    got = await echo(transport, {"n": number, "l": [number]})
    assert_identical(got, {"n": number, "l": [number]})


async def test_context_travels_losslessly(transport: Transport) -> None:
    principal = Principal(
        account_id="123456789012",
        arn="arn:aws:sts::123456789012:assumed-role/r/s",
        principal_type="AssumedRole",
        principal_id="AROAEXAMPLE:s",
        access_key_id="ASIAEXAMPLE",
        session_token="tok==",
        verified=False,
    )
    context = RequestContext(
        request_id="r-9",
        service="test",
        operation="Echo",
        protocol="rest-xml",
        region="eu-west-3",
        account_id="123456789012",
        principal=principal,
        trace_header="Root=1-abc",
        traceparent="00-abc-def-01",
        user_agent="boto3/1.0 ✓",
        source_ip="10.1.2.3",
        host="bucket.s3.localhost:4566",
        extra={"bucket": "b", "k": ""},
    )
    result = await transport.dispatcher.invoke(context, {})
    assert result["context"] == dataclasses.asdict(context)

    anonymous = ctx("Echo", principal=None, trace_header=None)
    result = await transport.dispatcher.invoke(anonymous, {})
    assert result["context"] == dataclasses.asdict(anonymous)
    assert result["context"]["principal"] is None
    assert result["context"]["trace_header"] is None


async def test_context_session_token_none_vs_empty(transport: Transport) -> None:
    for token in (None, ""):
        p = Principal(account_id="000000000000", arn="arn:aws:iam::000000000000:root", session_token=token)
        result = await transport.dispatcher.invoke(ctx("Echo", principal=p), {})
        assert result["context"]["principal"]["session_token"] == token


async def test_concurrent_calls(transport: Transport) -> None:
    # thousands at once: grpc-core fails some of a burst this size unless the dispatcher queues them
    results = await asyncio.gather(*(echo(transport, {"i": i}) for i in range(2500)))
    assert results == [{"i": i} for i in range(2500)]


# --- errors ------------------------------------------------------------------------------------------


def no_such_bucket() -> ServiceError:
    error = NoSuchBucket("The specified bucket does not exist", BucketName="my-bucket", Count=3)
    error.headers = {"x-amz-bucket-region": "eu-west-1", "x-amz-id-2": "abc"}
    return error


def throttling() -> ServiceError:
    return ServiceError(
        "Rate exceeded", code="ThrottlingException", status_code=429, sender_fault=True, Reason={"x": b"1"}
    )


ERRORS: dict[str, Callable[[], ServiceError]] = {"no_such_bucket": no_such_bucket, "throttling": throttling}


async def test_service_error_comes_out_identical(transport: Transport) -> None:
    with pytest.raises(NoSuchBucket) as info:
        await transport.dispatcher.invoke(ctx("Fail"), {"error": "no_such_bucket"})
    error = info.value
    assert (error.code, error.status_code, error.sender_fault) == ("NoSuchBucket", 404, True)
    assert error.message == "The specified bucket does not exist"
    assert error.fields == {"BucketName": "my-bucket", "Count": 3}
    assert error.headers == {"x-amz-bucket-region": "eu-west-1", "x-amz-id-2": "abc"}


async def test_generic_service_error_with_overrides(transport: Transport) -> None:
    with pytest.raises(ServiceError) as info:
        await transport.dispatcher.invoke(ctx("Fail"), {"error": "throttling"})
    error = info.value
    assert type(error) is ServiceError
    assert (error.code, error.status_code, error.sender_fault) == ("ThrottlingException", 429, True)
    assert error.message == "Rate exceeded"
    assert error.fields == {"Reason": {"x": b"1"}}
    assert error.headers == {}


async def test_unexpected_exception_is_internal_failure_without_internals(
    transport: Transport, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="overcast.dispatch"), pytest.raises(InternalFailure) as info:
        await transport.dispatcher.invoke(ctx("Boom"), {})
    error = info.value
    assert (error.code, error.status_code, error.sender_fault) == ("InternalFailure", 500, False)
    for text in (error.message, repr(error), str(error.fields), str(error.headers)):
        assert "secret-internal-detail" not in text
        assert "Traceback" not in text
    # ...but the service side logged it with its traceback
    logged = [r for r in caplog.records if r.exc_info]
    assert logged, "the unexpected exception was not logged"
    assert "secret-internal-detail" in str(logged[0].exc_info[1])  # type: ignore[index]


async def test_result_that_is_not_a_dict_is_internal_failure(transport: Transport) -> None:
    with pytest.raises(InternalFailure):
        await transport.dispatcher.invoke(ctx("NotADict"), {})


async def test_unknown_service_is_unavailable(transport: Transport) -> None:
    with pytest.raises(ServiceUnavailable) as info:
        await transport.dispatcher.invoke(RequestContext(request_id="r", service="nope", operation="X"), {})
    assert info.value.status_code == 503


# --- streaming bodies --------------------------------------------------------------------------------


async def measure_peak(work: Callable[[], Awaitable[Any]]) -> tuple[Any, int]:
    gc.collect()
    tracemalloc.start()
    try:
        result = await work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


async def test_50_mib_upload_streams_in_chunks(transport: Transport) -> None:
    size, source_chunk = 50 * MiB, 1 * MiB

    async def work() -> Params:
        return await transport.dispatcher.invoke(ctx("Upload"), {"Body": pattern_body(size, source_chunk)})

    result, peak = await measure_peak(work)
    assert result["size"] == size
    assert result["sha256"] == pattern_digest(size, source_chunk)
    sizes = transport.probe.chunks
    assert len(sizes) >= 50, "the handler must see many chunks, not one"
    assert max(sizes) <= (CHUNK_SIZE if transport.name == "grpc" else source_chunk)
    assert peak < 16 * MiB, f"peak traced memory {peak / MiB:.1f} MiB"


async def test_50_mib_download_streams_in_chunks(transport: Transport) -> None:
    size, source_chunk = 50 * MiB, 5 * MiB  # bigger than a frame: the sender splits

    async def work() -> tuple[Params, list[int], tuple[int, str]]:
        result = await transport.dispatcher.invoke(ctx("Download"), {"size": size, "chunk": source_chunk})
        sizes: list[int] = []
        return result, sizes, await consume(result["Body"], sizes)

    (result, sizes, (total, digest)), peak = await measure_peak(work)
    assert result["Meta"] == "x"
    assert (total, digest) == (size, pattern_digest(size, source_chunk))
    assert len(sizes) >= 10
    if transport.name == "grpc":
        assert max(sizes) <= CHUNK_SIZE
        assert len(sizes) == size // CHUNK_SIZE
    assert peak < 16 * MiB, f"peak traced memory {peak / MiB:.1f} MiB"


async def test_body_passed_straight_through_both_ways(transport: Transport) -> None:
    size, chunk = 8 * MiB, 64 * 1024

    async def work() -> tuple[int, str]:
        result = await transport.dispatcher.invoke(ctx("PassThrough"), {"Body": pattern_body(size, chunk)})
        return await consume(result["Body"])

    (total, digest), peak = await measure_peak(work)
    assert (total, digest) == (size, pattern_digest(size, chunk))
    assert peak < 8 * MiB


async def test_two_bodies_read_out_of_order(transport: Transport) -> None:
    size = 3 * MiB
    result = await transport.dispatcher.invoke(
        ctx("ReadBThenA"), {"A": pattern_body(size, 64 * 1024), "B": pattern_body(size, 32 * 1024)}
    )
    assert result == {
        "A": [size, pattern_digest(size, 64 * 1024)],
        "B": [size, pattern_digest(size, 32 * 1024)],
    }


async def test_error_inside_a_body_reaches_the_reader(transport: Transport) -> None:
    async def bad_body() -> AsyncIterator[bytes]:
        yield b"first"
        raise ServiceError("chunk signature mismatch", code="SignatureDoesNotMatch", status_code=403)

    result = await transport.dispatcher.invoke(ctx("ReadThenFail"), {"Body": bad_body()})
    assert result == {"caught": "SignatureDoesNotMatch", "message": "chunk signature mismatch"}


async def test_empty_body_and_empty_chunks(transport: Transport) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b""
        yield b"a"
        yield b""

    async def nothing() -> AsyncIterator[bytes]:
        return
        yield b""  # pragma: no cover

    result = await transport.dispatcher.invoke(ctx("Upload"), {"Body": nothing()})
    assert result["size"] == 0
    result = await transport.dispatcher.invoke(ctx("Upload"), {"Body": body()})
    assert (result["size"], result["sha256"]) == (1, hashlib.sha256(b"a").hexdigest())


async def test_reader_that_stops_early_closes_the_source(transport: Transport) -> None:
    result = await transport.dispatcher.invoke(ctx("Download"), {"size": 64 * MiB, "chunk": 64 * 1024})
    body = result["Body"]
    assert len(await body.__anext__()) > 0
    await body.aclose()
    await wait_for(lambda: transport.probe.closed_sources == ["body"])


async def test_result_body_dropped_half_read_is_released(transport: Transport) -> None:
    result = await transport.dispatcher.invoke(ctx("Download"), {"size": 64 * MiB, "chunk": 64 * 1024})
    assert len(await result["Body"].__anext__()) > 0
    del result  # no aclose: e.g. the client went away mid-response
    gc.collect()
    if transport.name == "grpc":  # in-process the generator is simply garbage
        await wait_for(lambda: transport.probe.closed_sources == ["body"])
    assert (await echo(transport, {"still": "works"})) == {"still": "works"}


async def test_cancelled_call_cancels_the_handler(transport: Transport) -> None:
    task = asyncio.create_task(transport.dispatcher.invoke(ctx("Hang"), {}))
    await asyncio.wait_for(transport.probe.started.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.wait_for(transport.probe.cancelled.wait(), 5)


async def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


# --- gRPC only: reachability and health -------------------------------------------------------------


async def test_unavailable_service_then_restarted() -> None:
    port = free_port()
    handlers = {"test": make_handler(Probe())}
    dispatcher = GrpcDispatcher({"test": f"127.0.0.1:{port}"})
    servers: list[GrpcServer] = []
    try:
        with pytest.raises(ServiceUnavailable) as info:
            await dispatcher.invoke(ctx("Echo"), {"a": 1})
        assert info.value.status_code == 503

        servers.append(await serve_grpc(handlers, "127.0.0.1", port))
        assert (await dispatcher.invoke(ctx("Echo"), {"a": 1}))["params"] == {"a": 1}

        await servers[-1].stop(0)
        with pytest.raises(ServiceUnavailable):
            await dispatcher.invoke(ctx("Echo"), {"a": 2})

        servers.append(await serve_grpc(handlers, "127.0.0.1", port))
        assert (await dispatcher.invoke(ctx("Echo"), {"a": 3}))["params"] == {"a": 3}
    finally:
        await dispatcher.close()
        for server in servers:
            await server.stop(0)


async def test_a_taken_port_fails_the_server_rather_than_being_shared() -> None:
    # the first holder keeps gRPC's default SO_REUSEPORT, with which a second default server would bind too
    # and take a share of the connections meant for the first (another cluster's process, in CI)
    holder = grpc.aio.server()
    port = holder.add_insecure_port("127.0.0.1:0")
    await holder.start()
    try:
        with pytest.raises(OSError, match="cannot listen on"):
            await serve_grpc({"test": make_handler(Probe())}, "127.0.0.1", port)
    finally:
        await holder.stop(0)


async def test_service_dying_mid_body_fails_the_reader_with_unavailable() -> None:
    server = await serve_grpc({"test": make_handler(Probe())}, "127.0.0.1", 0)
    dispatcher = GrpcDispatcher({"test": f"127.0.0.1:{server.port}"})
    try:
        result = await dispatcher.invoke(ctx("Download"), {"size": 64 * MiB, "chunk": 64 * 1024})
        body = result["Body"]
        await body.__anext__()
        await server.stop(0)
        with pytest.raises(ServiceUnavailable):
            async for _ in body:
                pass
    finally:
        await dispatcher.close()
        await server.stop(0)


async def test_health_check() -> None:
    server = await serve_grpc({"sqs": make_handler(Probe()), "sns": make_handler(Probe())}, "127.0.0.1", 0)
    address = f"127.0.0.1:{server.port}"
    try:
        assert await check_health(address) == "SERVING"
        assert await check_health(address, "sqs") == "SERVING"
        assert await check_health(address, "overcast.dispatch.v1.Dispatcher") == "SERVING"
        assert await check_health(address, "lambda") == "SERVICE_UNKNOWN"
    finally:
        await server.stop(0)
    assert await check_health(address) == "UNAVAILABLE"
