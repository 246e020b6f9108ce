"""overcast_common.peers: a service reaches another in-process, over gRPC, or gets ServiceUnavailable."""

from __future__ import annotations

from typing import Any

import pytest
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError, ServiceUnavailable
from overcast_common.peers import Peers, is_peer_call, peer_caller


class QueueGone(ServiceError):
    code = "AWS.SimpleQueueService.NonExistentQueue"
    status_code = 400


async def test_an_in_process_peer_runs_as_the_named_account_and_region() -> None:
    seen: list[RequestContext] = []

    async def handler(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        seen.append(context)
        return {"MessageId": "m-1", "Echo": params["MessageBody"]}

    peers = Peers(environ={})
    peers.register("sqs", handler)
    result = await peers.call(
        "sqs",
        "SendMessage",
        {"MessageBody": "hi"},
        account_id="111122223333",
        region="eu-west-1",
        caller="sns",
    )
    assert result == {"MessageId": "m-1", "Echo": "hi"}
    [context] = seen
    assert (context.service, context.operation) == ("sqs", "SendMessage")
    assert (context.account_id, context.region) == ("111122223333", "eu-west-1")
    assert is_peer_call(context) and peer_caller(context) == "sns"


async def test_the_peers_typed_error_comes_back() -> None:
    async def handler(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        raise QueueGone("The specified queue does not exist.")

    peers = Peers(environ={})
    peers.register("sqs", handler)
    with pytest.raises(QueueGone) as raised:
        await peers.call("sqs", "SendMessage", {}, account_id="1" * 12, region="us-east-1", caller="s3")
    assert raised.value.code == "AWS.SimpleQueueService.NonExistentQueue"


async def test_a_peer_running_nowhere_is_unavailable() -> None:
    peers = Peers(environ={})
    assert not peers.available("sqs")
    with pytest.raises(ServiceUnavailable):
        await peers.call("sqs", "SendMessage", {}, account_id="1" * 12, region="us-east-1", caller="s3")


async def test_a_remote_peer_is_reached_at_its_address_round_robin() -> None:
    peers = Peers(environ={"OVERCAST_SERVICE_ADDRESS_SQS": "127.0.0.1:1, 127.0.0.1:2"})
    assert peers.available("sqs")
    first, second, third = (peers.dispatcher("sqs") for _ in range(3))
    assert first is not second and first is third
    with pytest.raises(ServiceUnavailable):  # nothing listens on port 1
        await peers.call("sqs", "SendMessage", {}, account_id="1" * 12, region="us-east-1", caller="s3")
    await peers.close()
