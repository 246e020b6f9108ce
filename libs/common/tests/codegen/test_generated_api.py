"""Generated API classes: one typed async method per operation, and the table that names them."""

from __future__ import annotations

import collections.abc
import importlib
import inspect
import typing

import pytest
from overcast_common.api import cloudwatch, dynamodbstreams, lambda_, logs, s3, sqs
from overcast_common.codegen import SERVICES, module_name
from overcast_common.protocol.models import service_model
from overcast_common.service import ServiceApi


@pytest.mark.parametrize("service", SERVICES)
def test_every_operation_has_a_method_taking_every_input_member(service: str) -> None:
    module = importlib.import_module(f"overcast_common.api.{module_name(service)}")
    api = next(v for v in vars(module).values() if isinstance(v, type) and v.__bases__ == (ServiceApi,))
    model = service_model(service)
    assert api.service == service
    assert set(api.operations) == set(model.operation_names)
    for operation, spec in api.operations.items():
        input_shape = model.operation_model(operation).input_shape
        members = list(input_shape.members) if input_shape is not None else []
        assert list(spec.params) == members
        method = getattr(api, spec.method)
        assert inspect.iscoroutinefunction(method)
        signature = inspect.signature(method)
        params = list(signature.parameters.values())
        assert [p.name for p in params[:2]] == ["self", "context"]
        assert {p.name for p in params[2:]} == set(spec.params.values())
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[2:])
        required = set(input_shape.required_members) if input_shape is not None else set()
        for member, kwarg in spec.params.items():
            has_default = signature.parameters[kwarg].default is None
            assert has_default is (member not in required), (operation, member)


def test_snake_case_kwargs_and_python_keywords() -> None:
    assert sqs.SqsApi.operations["SendMessage"].params["DelaySeconds"] == "delay_seconds"
    assert s3.S3Api.operations["PutObject"].params["ContentMD5"] == "content_md5"
    # CloudWatch Logs' ``from`` member
    assert logs.LogsApi.operations["CreateExportTask"].params["from"] == "from_"
    assert "from" in logs.ExportTask.__annotations__  # the TypedDict keeps the model's name


def test_iam_prefix_is_the_iam_one_not_the_signing_name() -> None:
    assert cloudwatch.CloudwatchApi.iam_prefix == "cloudwatch"  # signs as "monitoring"
    assert dynamodbstreams.DynamodbstreamsApi.iam_prefix == "dynamodb"
    assert lambda_.LambdaApi.iam_prefix == "lambda"


def test_types_follow_the_value_form() -> None:
    hints = typing.get_type_hints(sqs.SqsApi.send_message)
    assert hints["queue_url"] is str
    assert hints["delay_seconds"] == int | None
    assert (
        typing.get_type_hints(s3.S3Api.put_object)["body"]
        == bytes | collections.abc.AsyncIterator[bytes] | None
    )
    assert sqs.QueueAttributeNameValues.VisibilityTimeout == "VisibilityTimeout"


async def test_unimplemented_operations_raise_not_implemented() -> None:
    from overcast_common.context import RequestContext

    with pytest.raises(NotImplementedError):
        await sqs.SqsApi().get_queue_url(RequestContext(request_id="r"), queue_name="q")
