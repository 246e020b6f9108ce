"""SQS errors the model does not declare but AWS returns (botocore knows them only by code).

SQS speaks JSON to current SDKs and query/XML to older ones; ``query_code`` is what a query caller
(and the ``x-amzn-query-error`` header) sees, exactly as AWS names it there.
"""

from __future__ import annotations

from typing import ClassVar

from overcast_common.errors import ServiceError


class InvalidParameterValue(ServiceError):
    code = "InvalidParameterValueException"
    query_code: ClassVar[str] = "InvalidParameterValue"
    status_code = 400
    sender_fault = True


class MissingParameter(ServiceError):
    code = "MissingRequiredParameterException"
    query_code: ClassVar[str] = "MissingParameter"
    status_code = 400
    sender_fault = True


def invalid_value(parameter: str, value: object, reason: str) -> InvalidParameterValue:
    """AWS's usual form: ``Value <v> for parameter <P> is invalid. Reason: <why>.``"""
    return InvalidParameterValue(f"Value {value} for parameter {parameter} is invalid. Reason: {reason}")
