"""Listing with a delimiter: keys folded into common prefixes, pages cut at ``max_keys`` entries.

The store pages through keys in UTF-8 byte order; ``walk`` folds them and, after a common prefix, asks
the store to jump past every key under it instead of reading them all.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import quote

from overcast_s3.errors import InvalidArgument

T = TypeVar("T")
C = TypeVar("C")
BATCH = 1000
PAST_PREFIX = "\U0010ffff"
"""Appended to a common prefix: a cursor after every key under it (no key has characters above it)."""


@dataclass
class Page(Generic[T]):
    entries: list[T | str]
    """Items and common prefixes (``str``) in listing order."""
    truncated: bool

    @property
    def items(self) -> list[T]:
        return [e for e in self.entries if not isinstance(e, str)]

    @property
    def prefixes(self) -> list[str]:
        return [e for e in self.entries if isinstance(e, str)]


def common_prefix(key: str, prefix: str, delimiter: str | None) -> str | None:
    if not delimiter or not key.startswith(prefix):
        return None
    at = key.find(delimiter, len(prefix))
    return None if at < 0 else key[: at + len(delimiter)]


async def walk(
    fetch: Callable[[C, int], Awaitable[list[T]]],
    start: C,
    *,
    key_of: Callable[[T], str],
    cursor_of: Callable[[T], C],
    past: Callable[[str], C],
    prefix: str,
    delimiter: str | None,
    max_keys: int,
) -> Page[T]:
    """Up to ``max_keys`` entries after ``start``; ``truncated`` when at least one more exists."""
    entries: list[T | str] = []
    cursor = start
    while len(entries) <= max_keys:
        batch = await fetch(cursor, BATCH)
        if not batch:
            break
        jumped = False
        for item in batch:
            folded = common_prefix(key_of(item), prefix, delimiter)
            if folded is None:
                entries.append(item)
                cursor = cursor_of(item)
            else:
                entries.append(folded)
                cursor = past(folded)
                jumped = True
            if len(entries) > max_keys or jumped:
                break
        if not jumped and len(batch) < BATCH:
            break
    return Page(entries[:max_keys], len(entries) > max_keys)


def encode_token(marker: str) -> str:
    return base64.urlsafe_b64encode(marker.encode("utf-8")).decode("ascii")


def decode_token(token: str) -> str:
    try:
        return base64.urlsafe_b64decode(token.encode("ascii")).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeError):
        raise InvalidArgument(
            "The continuation token provided is incorrect", ArgumentName="continuation-token"
        ) from None


def resume_after(marker: str, prefix: str, delimiter: str | None) -> str:
    """Where to resume after ``marker``: past its whole common prefix when it is (inside) one."""
    folded = common_prefix(marker, prefix, delimiter)
    return folded + PAST_PREFIX if folded is not None else marker


def url_encoder(encoding_type: str | None) -> Callable[[str], str]:
    if encoding_type == "url":
        return lambda value: quote(value, safe="/")
    return lambda value: value
