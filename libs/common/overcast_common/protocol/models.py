"""botocore service models, loaded once per process."""

from __future__ import annotations

from functools import cache

import botocore.session
from botocore.model import OperationModel, ServiceModel


@cache
def _session() -> botocore.session.Session:
    return botocore.session.get_session()


@cache
def service_model(name: str) -> ServiceModel:
    """The botocore model of ``name`` (a botocore service name such as ``sts`` or ``s3``)."""
    return _session().get_service_model(name)


@cache
def available_services() -> tuple[str, ...]:
    return tuple(_session().get_available_services())


def operation_model(service: str, operation: str) -> OperationModel:
    return service_model(service).operation_model(operation)
