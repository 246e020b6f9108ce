"""Names and ids end where the string ends: a regex ``$`` also matches before a trailing newline, so
``a\\n`` once passed as a batch entry id and ``q\\n`` as a queue name."""

from __future__ import annotations

import pytest
import test_errors
from test_errors import Caller

call = test_errors.call  # test_errors's fixture: a provider on a fresh SQLite store


@pytest.mark.parametrize(
    "operation", ["SendMessageBatch", "DeleteMessageBatch", "ChangeMessageVisibilityBatch"]
)
@pytest.mark.parametrize("ids", [["a\n"], ["a", "b\n"], ["a\n", "b"], ["a\nb"]])
async def test_a_batch_entry_id_with_a_newline_is_invalid(
    call: Caller, operation: str, ids: list[str]
) -> None:
    url = await call.queue("q")
    entry = {"MessageBody": "x"} if operation == "SendMessageBatch" else {"ReceiptHandle": "h"}
    err = await call.error(operation, QueueUrl=url, Entries=[{"Id": i, **entry} for i in ids])
    assert (err.code, err.status_code) == ("InvalidBatchEntryId", 400)
    assert err.message == (
        "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at "
        "most 80 letters long."
    )


async def test_well_formed_batch_entry_ids_pass(call: Caller) -> None:
    url = await call.queue("q")
    entries = [{"Id": i, "MessageBody": "x"} for i in ("a", "B-1", "c_2", "d" * 80)]
    out = await call("SendMessageBatch", QueueUrl=url, Entries=entries)
    assert len(out["Successful"]) == 4 and not out["Failed"]


@pytest.mark.parametrize("name", ["q\n", "q.fifo\n"])
async def test_a_queue_name_with_a_trailing_newline_is_invalid(call: Caller, name: str) -> None:
    attributes = {"FifoQueue": "true"} if "fifo" in name else {}
    err = await call.error("CreateQueue", QueueName=name, Attributes=attributes)
    assert (err.code, err.status_code) == ("InvalidParameterValueException", 400)
    assert "nclude alphanumeric characters, hyphens, or underscores" in err.message  # as any bad name


async def _send_error_code(call: Caller, url: str, **fields: object) -> tuple[str, int]:
    err = await call.error("SendMessage", QueueUrl=url, MessageBody="x", **fields)
    return err.code, err.status_code


async def test_a_fifo_id_with_a_trailing_newline_is_invalid_as_any_bad_one(call: Caller) -> None:
    url = await call.queue("q.fifo", FifoQueue="true", ContentBasedDeduplication="true")
    bad = await _send_error_code(call, url, MessageGroupId="g g")
    assert bad[1] == 400
    assert await _send_error_code(call, url, MessageGroupId="g\n") == bad
    assert await _send_error_code(call, url, MessageGroupId="g", MessageDeduplicationId="d\n") == bad


@pytest.mark.parametrize(("name", "data_type"), [("a\n", "String"), ("a", "String\n"), ("a.\n", "String")])
async def test_attribute_names_and_types_with_a_trailing_newline_are_invalid(
    call: Caller, name: str, data_type: str
) -> None:
    url = await call.queue("q")
    err = await call.error(
        "SendMessage",
        QueueUrl=url,
        MessageBody="x",
        MessageAttributes={name: {"DataType": data_type, "StringValue": "v"}},
    )
    assert err.status_code == 400
