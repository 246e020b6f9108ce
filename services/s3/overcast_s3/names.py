"""Bucket naming rules, as S3 enforces them for general purpose buckets."""

from __future__ import annotations

import ipaddress
import re

from overcast_s3.errors import InvalidBucketName

_SHAPE = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_RESERVED_PREFIXES = ("xn--", "sthree-", "amzn-s3-demo-")
_RESERVED_SUFFIXES = ("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3")


def bucket_name_problem(name: str) -> str | None:
    """Why ``name`` is not a valid bucket name, or None if it is."""
    if not 3 <= len(name) <= 63:
        return "Bucket name must be between 3 and 63 characters long"
    if not _SHAPE.match(name):
        return (
            "Bucket name can contain only lowercase letters, numbers, dots and hyphens, and must begin"
            " and end with a letter or number"
        )
    if ".." in name:
        return "Bucket name must not contain two adjacent periods"
    try:
        ipaddress.IPv4Address(name)
        return "Bucket name must not be formatted as an IP address"
    except ValueError:
        pass
    for prefix in _RESERVED_PREFIXES:
        if name.startswith(prefix):
            return f"Bucket name must not start with the prefix '{prefix}'"
    for suffix in _RESERVED_SUFFIXES:
        if name.endswith(suffix):
            return f"Bucket name must not end with the suffix '{suffix}'"
    return None


def check_bucket_name(name: str) -> None:
    problem = bucket_name_problem(name)
    if problem is not None:
        raise InvalidBucketName("The specified bucket is not valid.", BucketName=name)
