"""Conditional requests (``If-Match`` & co.) and byte ranges, evaluated as S3 does."""

from __future__ import annotations

import re
from datetime import datetime

from overcast_common.api.s3 import NoSuchKey

from overcast_s3.errors import InvalidRange, NotImplementedHere, NotModified, PreconditionFailed
from overcast_s3.store import ObjectVersion

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def quoted(etag: str) -> str:
    return f'"{etag}"'


def _etag_matches(header: str, etag: str) -> bool:
    for candidate in header.split(","):
        value = candidate.strip()
        if value == "*" or value.strip('"') == etag:
            return True
    return False


def check_read_conditions(
    version: ObjectVersion,
    *,
    if_match: str | None = None,
    if_none_match: str | None = None,
    if_modified_since: datetime | None = None,
    if_unmodified_since: datetime | None = None,
) -> None:
    """412 or 304 as S3 answers them: ``If-Match`` wins over ``If-Unmodified-Since``, ``If-None-Match``
    over ``If-Modified-Since``; precondition failures before not-modified."""
    modified = version.last_modified
    if if_match is not None:
        if not _etag_matches(if_match, version.etag):
            raise PreconditionFailed(
                "At least one of the pre-conditions you specified did not hold", Condition="If-Match"
            )
    elif if_unmodified_since is not None and modified > if_unmodified_since:
        raise PreconditionFailed(
            "At least one of the pre-conditions you specified did not hold", Condition="If-Unmodified-Since"
        )
    if if_none_match is not None:
        if _etag_matches(if_none_match, version.etag):
            raise _not_modified(version)
    elif if_modified_since is not None and modified <= if_modified_since:
        raise _not_modified(version)


def _not_modified(version: ObjectVersion) -> NotModified:
    error = NotModified("Not Modified")
    error.headers["ETag"] = quoted(version.etag)
    error.headers["Last-Modified"] = version.last_modified.strftime("%a, %d %b %Y %H:%M:%S GMT")
    return error


def check_copy_source_conditions(
    version: ObjectVersion,
    *,
    if_match: str | None,
    if_none_match: str | None,
    if_modified_since: datetime | None,
    if_unmodified_since: datetime | None,
) -> None:
    """The ``x-amz-copy-source-if-*`` headers: every failure is a 412."""
    failed = (
        (if_match is not None and not _etag_matches(if_match, version.etag))
        or (
            if_match is None
            and if_unmodified_since is not None
            and version.last_modified > if_unmodified_since
        )
        or (if_none_match is not None and _etag_matches(if_none_match, version.etag))
        or (
            if_none_match is None
            and if_modified_since is not None
            and version.last_modified <= if_modified_since
        )
    )
    if failed:
        raise PreconditionFailed("At least one of the pre-conditions you specified did not hold")


def check_write_conditions(
    current: ObjectVersion | None, *, if_match: str | None, if_none_match: str | None
) -> None:
    """Conditional writes: ``If-None-Match: *`` (create only) and ``If-Match: <etag>``."""
    live = current if current is not None and not current.delete_marker else None
    if if_none_match is not None:
        if if_none_match.strip() != "*":
            raise_not_implemented_condition()
        if live is not None:
            raise PreconditionFailed(
                "At least one of the pre-conditions you specified did not hold", Condition="If-None-Match"
            )
    if if_match is not None:
        if live is None:
            raise NoSuchKey("The specified key does not exist.")
        if not _etag_matches(if_match, live.etag):
            raise PreconditionFailed(
                "At least one of the pre-conditions you specified did not hold", Condition="If-Match"
            )


def raise_not_implemented_condition() -> None:
    raise NotImplementedHere(
        "A header you provided implies functionality that is not implemented", Header="If-None-Match"
    )


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """``Range: bytes=a-b`` → ``(start, end_exclusive)``; None for no (or an ignorable) range.
    Raises ``InvalidRange`` (416) when it cannot be satisfied."""
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if match is None:
        return None  # S3 ignores ranges it cannot parse (and multi-ranges) and sends everything
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:
        suffix = int(last)
        if suffix == 0 or size == 0:
            raise _invalid_range(header, size)
        return max(0, size - suffix), size
    start = int(first)
    end = size - 1 if not last else min(int(last), size - 1)
    if last and int(last) < start:
        return None
    if start >= size:
        raise _invalid_range(header, size)
    return start, end + 1


def _invalid_range(header: str, size: int) -> InvalidRange:
    return InvalidRange(
        "The requested range is not satisfiable", ActualObjectSize=str(size), RangeRequested=header
    )
