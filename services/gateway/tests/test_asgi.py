"""Writing responses: statuses that never carry a body."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from overcast_common.http import Headers, HttpResponse
from overcast_gateway.asgi import send_response


async def written(response: HttpResponse, *, head: bool = False) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []

    async def send(message: Any) -> None:
        messages.append(dict(message))

    await send_response(send, response, head=head)
    return messages


@pytest.mark.parametrize("status", [204, 304])
async def test_bodyless_statuses_send_no_body_and_no_length(status: int) -> None:
    response = HttpResponse(status, Headers([("Content-Length", "42")]), body=b"<Error/>")
    start, *bodies = await written(response)
    assert start["status"] == status
    assert all(name.lower() != b"content-length" for name, _ in start["headers"])
    assert [m["body"] for m in bodies] == [b""]


async def test_bodyless_status_closes_a_stream() -> None:
    closed: list[bool] = []

    async def body() -> AsyncIterator[bytes]:
        try:
            yield b"never sent"
        finally:
            closed.append(True)

    stream = body()
    await stream.__anext__()  # started, so closing it runs its finally
    _, *bodies = await written(HttpResponse(304, Headers(), stream=stream))
    assert closed == [True]
    assert [m["body"] for m in bodies] == [b""]


async def test_ordinary_response_gets_its_length() -> None:
    start, body = await written(HttpResponse(200, Headers(), body=b"hello"))
    assert (b"Content-Length", b"5") in start["headers"]
    assert body["body"] == b"hello"
