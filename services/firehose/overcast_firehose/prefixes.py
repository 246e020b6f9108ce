"""S3 object names as Firehose writes them: ``<evaluated prefix><suffix>``.

- the suffix: ``<stream>-<version>-YYYY-MM-DD-HH-MM-SS-<uuid><extension>``;
- a prefix without a ``timestamp`` expression gets ``YYYY/MM/dd/HH/`` appended (the default prefix);
- expressions ``!{timestamp:<Java DateTimeFormatter>}`` (the oldest record's arrival time, in UTC or
  ``CustomTimeZone``; every occurrence the same instant), ``!{firehose:random-string}`` (11
  characters) and, in ``ErrorOutputPrefix`` only, ``!{firehose:error-output-type}``;
- the configuration rules AWS enforces at create/update time (``check``), as InvalidArgumentException.
"""

from __future__ import annotations

import re
import secrets
import string
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from overcast_firehose.errors import InvalidArgumentException

EXPRESSION = re.compile(r"!\{([^}:]*):([^}]*)\}")
DEFAULT_TIME_FORMAT = "yyyy/MM/dd/HH/"
_RANDOM_ALPHABET = string.ascii_letters + string.digits
NAMESPACES = ("timestamp", "firehose", "partitionKeyFromQuery", "partitionKeyFromLambda")
ERROR_OUTPUT_TYPES = (
    "processing-failed",
    "AmazonOpenSearchService-failed",
    "splunk-failed",
    "format-conversion-failed",
    "http-endpoint-failed",
)


def java_time_format(pattern: str, moment: datetime) -> str:
    """The subset of ``java.time.format.DateTimeFormatter`` patterns prefixes use: y, M, d, H, h, m,
    s, S, a, E, D, 'quoted text' ('' is a quote); other characters are copied."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "'":
            if pattern.startswith("''", i):
                out.append("'")
                i += 2
                continue
            i += 1
            while i < len(pattern):  # quoted text; '' inside it is a quote
                if pattern.startswith("''", i):
                    out.append("'")
                    i += 2
                elif pattern[i] == "'":
                    i += 1
                    break
                else:
                    out.append(pattern[i])
                    i += 1
            continue
        if not c.isalpha():
            out.append(c)
            i += 1
            continue
        j = i
        while j < len(pattern) and pattern[j] == c:
            j += 1
        out.append(_field(c, j - i, moment))
        i = j
    return "".join(out)


def _field(letter: str, width: int, moment: datetime) -> str:
    if letter in "yu":
        return f"{moment.year % 100:02d}" if width == 2 else str(moment.year).zfill(width)
    if letter in "ML":
        if width >= 4:
            return moment.strftime("%B")
        if width == 3:
            return moment.strftime("%b")
        return str(moment.month).zfill(width)
    values = {
        "d": moment.day,
        "H": moment.hour,
        "h": (moment.hour % 12) or 12,
        "m": moment.minute,
        "s": moment.second,
        "D": moment.timetuple().tm_yday,
    }
    if letter in values:
        return str(values[letter]).zfill(width)
    if letter == "S":
        return f"{moment.microsecond:06d}"[:width].ljust(width, "0")
    if letter == "a":
        return "AM" if moment.hour < 12 else "PM"
    if letter == "E":
        return moment.strftime("%A") if width >= 4 else moment.strftime("%a")
    raise ValueError(f"unsupported pattern letter {letter!r}")


def random_string() -> str:
    return "".join(secrets.choice(_RANDOM_ALPHABET) for _ in range(11))


def zone(custom_time_zone: str | None) -> ZoneInfo:
    return ZoneInfo(custom_time_zone or "UTC")


def evaluate(
    prefix: str,
    moment: datetime,
    *,
    error_output_type: str | None = None,
    partition_keys: dict[str, dict[str, str]] | None = None,
) -> str:
    """``prefix`` with its expressions evaluated at ``moment`` (already in the stream's time zone);
    ``YYYY/MM/dd/HH/`` appended when it has no timestamp expression (not with dynamic partitioning,
    whose ``partition_keys`` map ``partitionKeyFromQuery`` / ``partitionKeyFromLambda`` to the
    record's keys; a key it lacks raises ``KeyError``)."""
    has_timestamp = False

    def replace(match: re.Match[str]) -> str:
        nonlocal has_timestamp
        namespace, value = match.group(1), match.group(2)
        if namespace == "timestamp":
            has_timestamp = True
            return java_time_format(value, moment)
        if namespace == "firehose" and value == "random-string":
            return random_string()
        if namespace == "firehose" and value == "error-output-type":
            return error_output_type or ""
        if partition_keys is None:
            return ""
        keys = partition_keys.get(namespace, {})
        if value not in keys:
            raise KeyError(f"{namespace}:{value}")
        return keys[value]

    evaluated = EXPRESSION.sub(replace, prefix)
    if not has_timestamp and (partition_keys is None or error_output_type is not None):
        if error_output_type is not None and "!{firehose:error-output-type}" not in prefix:
            evaluated += f"{error_output_type}/"
        evaluated += java_time_format(DEFAULT_TIME_FORMAT, moment)
    return evaluated


def object_suffix(stream_name: str, version_id: int, moment: datetime, extension: str) -> str:
    stamp = moment.strftime("%Y-%m-%d-%H-%M-%S")
    return f"{stream_name}-{version_id}-{stamp}-{uuid.uuid4()}{extension}"


def check(prefix: str | None, error_output_prefix: str | None, *, dynamic_partitioning: bool = False) -> None:
    """AWS's rules for custom prefixes, checked when a destination is created or updated."""
    prefix = prefix or ""
    error_prefix = error_output_prefix or ""
    for name, value in (("Prefix", prefix), ("ErrorOutputPrefix", error_prefix)):
        if "!{" in EXPRESSION.sub("", value):
            raise InvalidArgumentException(f"{name} has an unterminated or malformed expression: {value}")
        for match in EXPRESSION.finditer(value):
            namespace, arg = match.group(1), match.group(2)
            if namespace not in NAMESPACES:
                raise InvalidArgumentException(
                    f"The '{namespace}' namespace in {name} is not supported. "
                    "Supported namespaces are timestamp and firehose."
                )
            if namespace == "firehose" and arg not in ("random-string", "error-output-type"):
                raise InvalidArgumentException(
                    f"The 'firehose:{arg}' expression in {name} is not supported. "
                    "Supported values are random-string and error-output-type."
                )
            if namespace == "timestamp":
                try:
                    java_time_format(arg, datetime(2000, 1, 1))
                except ValueError as exc:
                    raise InvalidArgumentException(
                        f"The timestamp format '{arg}' in {name} is not valid: {exc}"
                    ) from exc
            if namespace.startswith("partitionKeyFrom") and not dynamic_partitioning:
                raise InvalidArgumentException(
                    "Dynamic partitioning expressions are only supported when dynamic partitioning is enabled."
                )
    if "!{firehose:error-output-type}" in prefix:
        raise InvalidArgumentException(
            "The 'firehose:error-output-type' expression is only allowed in ErrorOutputPrefix."
        )
    if EXPRESSION.search(prefix) and not error_prefix:
        raise InvalidArgumentException(
            "ErrorOutputPrefix cannot be null or empty when Prefix contains expressions."
        )
    if EXPRESSION.search(error_prefix) and "!{firehose:error-output-type}" not in error_prefix:
        raise InvalidArgumentException(
            "ErrorOutputPrefix must contain !{firehose:error-output-type} when it contains expressions."
        )
