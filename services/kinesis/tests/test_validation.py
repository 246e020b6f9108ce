"""``RequiredMembersFirst``: a call missing a required member never reaches the provider's signature."""

from __future__ import annotations

from typing import Any

import pytest
from overcast_common.api.kinesis import ValidationException
from overcast_common.context import RequestContext
from overcast_kinesis.validation import RequiredMembersFirst


class Recorder:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    async def __call__(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        self.calls.append(params)
        return {"ok": True}


def context(operation: str) -> RequestContext:
    return RequestContext(request_id="t", service="kinesis", operation=operation, account_id="000000000000")


async def test_missing_required_members_are_one_validation_exception() -> None:
    inner = Recorder()
    with pytest.raises(ValidationException) as err:
        await RequiredMembersFirst(inner)(context("PutRecord"), {"StreamName": "s"})
    assert err.value.message == (
        "2 validation errors detected: Value null at 'data' failed to satisfy constraint: Member must not be "
        "null; Value null at 'partitionKey' failed to satisfy constraint: Member must not be null"
    )
    assert inner.calls == []


async def test_complete_calls_and_unknown_operations_pass_through() -> None:
    inner = Recorder()
    handler = RequiredMembersFirst(inner)
    assert await handler(context("PutRecord"), {"StreamName": "s", "Data": b"x", "PartitionKey": "k"}) == {
        "ok": True
    }
    await handler(context("NoSuchOperation"), {})  # the inner handler answers InvalidAction
    assert len(inner.calls) == 2
