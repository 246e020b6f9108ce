"""Dynamic partitioning: the partition keys of a record, from inline JSON parsing (the
``MetadataExtraction`` processor's ``MetadataExtractionQuery``) or from Lambda (``metadata.partitionKeys``),
for ``!{partitionKeyFromQuery:<key>}`` / ``!{partitionKeyFromLambda:<key>}`` in the S3 prefix.

AWS evaluates the query with jq 1.6. Overcast evaluates the form the documentation and consoles use —
an object of paths, ``{customer_id: .customer_id, year: .event.date.year, "k": .a["b"][0]}`` — and refuses
any other query when the stream is created or updated (InvalidArgumentException), rather than partition
data differently from AWS. A record that is not a JSON object, or lacks a key's value, fails
partitioning and goes to the error output.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from overcast_firehose.errors import InvalidArgumentException

_TOKEN = re.compile(
    r"""\s*(?:(?P<ident>[A-Za-z_][A-Za-z0-9_]*)|(?P<string>"(?:[^"\\]|\\.)*")|(?P<number>\d+)|(?P<punct>[{}:,.\[\]]))"""
)
Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Query:
    fields: tuple[tuple[str, Path], ...]

    def keys(self, data: bytes) -> dict[str, str]:
        """The record's partition keys; ``ValueError`` when it has none to give."""
        document = json.loads(data)
        if not isinstance(document, dict):
            raise ValueError("the record is not a JSON object")
        out: dict[str, str] = {}
        for name, path in self.fields:
            value: Any = document
            for step in path:
                if isinstance(step, int):
                    value = (
                        value[step] if isinstance(value, list) and -len(value) <= step < len(value) else None
                    )
                else:
                    value = value.get(step) if isinstance(value, dict) else None
                if value is None:
                    break
            if value is None:
                raise ValueError(f"partition key {name!r} is null")
            out[name] = _text(value)
        return out


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, separators=(",", ":"))


def _tokens(query: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    i = 0
    query = query.strip()
    while i < len(query):
        match = _TOKEN.match(query, i)
        if match is None or match.end() == i:
            raise ValueError(f"unexpected text at {query[i:]!r}")
        kind = match.lastgroup or ""
        out.append((kind, match.group(kind)))
        i = match.end()
        while i < len(query) and query[i].isspace():
            i += 1
    return out


def parse(query: str) -> Query:
    try:
        return _parse(_tokens(query))
    except (ValueError, IndexError) as exc:
        raise InvalidArgumentException(
            f"MetadataExtractionQuery {query!r} is not supported: Overcast evaluates an object of paths "
            f"such as {{key: .field.subfield}} ({exc})."
        ) from exc


def _parse(tokens: list[tuple[str, str]]) -> Query:
    pos = 0

    def take(kind: str, value: str | None = None) -> str:
        nonlocal pos
        got_kind, got = tokens[pos]
        if got_kind != kind or (value is not None and got != value):
            raise ValueError(f"expected {value or kind}, found {got!r}")
        pos += 1
        return got

    take("punct", "{")
    fields: list[tuple[str, Path]] = []
    while True:
        kind, value = tokens[pos]
        if kind == "ident":
            name = take("ident")
        elif kind == "string":
            name = json.loads(take("string"))
        else:
            raise ValueError(f"expected a key, found {value!r}")
        take("punct", ":")
        path: list[str | int] = []
        take("punct", ".")
        while pos < len(tokens):
            kind, value = tokens[pos]
            if kind == "ident":
                path.append(take("ident"))
            elif kind == "string":
                path.append(json.loads(take("string")))
            elif (kind, value) == ("punct", "["):
                take("punct", "[")
                kind, value = tokens[pos]
                path.append(int(take("number")) if kind == "number" else json.loads(take("string")))
                take("punct", "]")
            elif (kind, value) == ("punct", "."):
                take("punct", ".")
            else:
                break
        if not path:
            raise ValueError(f"key {name!r} has an empty path")
        fields.append((name, tuple(path)))
        kind, value = tokens[pos]
        if (kind, value) == ("punct", ","):
            take("punct", ",")
            continue
        take("punct", "}")
        if pos != len(tokens):
            raise ValueError("text after the object")
        return Query(tuple(fields))


def query_of(config: dict[str, Any]) -> Query | None:
    """The destination's inline-parsing query, when processing has a MetadataExtraction processor."""
    processing = config.get("ProcessingConfiguration") or {}
    if not processing.get("Enabled"):
        return None
    for processor in processing.get("Processors", []):
        if processor.get("Type") == "MetadataExtraction":
            params = {p["ParameterName"]: p["ParameterValue"] for p in processor.get("Parameters", [])}
            if "MetadataExtractionQuery" not in params:
                raise InvalidArgumentException(
                    "MetadataExtractionQuery must be specified for MetadataExtraction."
                )
            return parse(params["MetadataExtractionQuery"])
    return None


def enabled(config: dict[str, Any]) -> bool:
    return bool((config.get("DynamicPartitioningConfiguration") or {}).get("Enabled"))


def partition_of(prefix: str, keys: dict[str, dict[str, str]]) -> str:
    """The prefix's partition-key part for a record: records with equal ones share an object.
    ``KeyError`` when the record lacks a key the prefix names."""
    from overcast_firehose.prefixes import EXPRESSION

    parts: list[str] = []
    for match in EXPRESSION.finditer(prefix):
        namespace, name = match.group(1), match.group(2)
        if namespace in keys:
            parts.append(f"{namespace}:{name}={keys[namespace][name]}")
    return "\x00".join(parts)
