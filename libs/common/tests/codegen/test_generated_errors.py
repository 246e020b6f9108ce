"""Generated error classes carry the model's codes, statuses and fields."""

from __future__ import annotations

import importlib

import pytest
from overcast_common.api import cloudwatch, firehose, s3, sqs, sts
from overcast_common.codegen import SERVICES, module_name
from overcast_common.errors import ServiceError
from overcast_common.protocol.models import service_model


def test_sqs_json_code_and_legacy_query_code() -> None:
    error = sqs.QueueDoesNotExist("The specified queue does not exist.")
    assert isinstance(error, ServiceError)
    assert (error.code, error.query_code, error.status_code, error.sender_fault) == (
        "QueueDoesNotExist",
        "AWS.SimpleQueueService.NonExistentQueue",
        400,
        True,
    )
    assert error.message == "The specified queue does not exist."
    assert sqs.PurgeQueueInProgress.query_code == "AWS.SimpleQueueService.PurgeQueueInProgress"
    assert sqs.PurgeQueueInProgress.status_code == 403
    assert sqs.QueueNameExists.query_code == "QueueAlreadyExists"
    # an error SQS never renamed keeps its name in both protocols
    assert sqs.InvalidAttributeName.query_code == sqs.InvalidAttributeName.code == "InvalidAttributeName"


def test_model_error_code_and_status_win_over_shape_name() -> None:
    assert cloudwatch.DashboardNotFoundError.code == "ResourceNotFound"
    assert cloudwatch.DashboardNotFoundError.shape_name == "DashboardNotFoundError"
    assert cloudwatch.DashboardNotFoundError.status_code == 404
    assert cloudwatch.InternalServiceFault.status_code == 500
    assert cloudwatch.InternalServiceFault.sender_fault is False
    assert sts.IDPRejectedClaimException.code == "IDPRejectedClaim"
    assert sts.IDPRejectedClaimException.status_code == 403
    assert s3.NoSuchBucket.code == "NoSuchBucket" and s3.NoSuchBucket.status_code == 404


def test_modeled_fields_are_keyword_arguments_stored_by_member_name() -> None:
    error = s3.InvalidObjectState(
        "The operation is not valid for the object's storage class", storage_class="GLACIER"
    )
    assert error.fields == {"StorageClass": "GLACIER"}  # absent members stay absent
    assert error.code == "InvalidObjectState" and error.status_code == 403
    # a modeled member called ``code`` is a field, not the error code
    kms = firehose.InvalidKMSResourceException("bad key", code="KMS.NotFoundException")
    assert kms.code == "InvalidKMSResourceException"
    assert kms.fields == {"code": "KMS.NotFoundException"}


@pytest.mark.parametrize("service", SERVICES)
def test_one_class_per_modeled_error(service: str) -> None:
    module = importlib.import_module(f"overcast_common.api.{module_name(service)}")
    model = service_model(service)
    assert set(module.ERRORS) == {shape.name for shape in model.error_shapes}
    for name, cls in module.ERRORS.items():
        shape = model.shape_for(name)
        assert issubclass(cls, ServiceError)
        assert cls.shape_name == name
        assert cls.code == shape.metadata.get("error", {}).get("code", name)
        assert cls.status_code == shape.metadata.get("error", {}).get("httpStatusCode", cls.status_code)
