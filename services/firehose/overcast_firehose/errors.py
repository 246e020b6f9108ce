"""Firehose's errors: the modeled ones (generated) plus ``ValidationException``, which AWS returns for
input that breaks the model's constraints although the model does not list it."""

from __future__ import annotations

from overcast_common.api.firehose import (
    ConcurrentModificationException,
    InvalidArgumentException,
    InvalidKMSResourceException,
    InvalidSourceException,
    LimitExceededException,
    ResourceInUseException,
    ResourceNotFoundException,
    ServiceUnavailableException,
)
from overcast_common.errors import ClientError

__all__ = [
    "ConcurrentModificationException",
    "InvalidArgumentException",
    "InvalidKMSResourceException",
    "InvalidSourceException",
    "LimitExceededException",
    "ResourceInUseException",
    "ResourceNotFoundException",
    "ServiceUnavailableException",
    "ValidationException",
    "not_found",
]


class ValidationException(ClientError):
    code = "ValidationException"


def not_found(name: str, account_id: str) -> ResourceNotFoundException:
    return ResourceNotFoundException(f"Firehose {name} under account {account_id} not found.")
