"""Transport-neutral HTTP request/response values shared by the gateway, the codec and SigV4.

The gateway builds an ``HttpRequest`` from ASGI; the codec and the verifier read it; the codec
produces an ``HttpResponse``. Nothing here knows about ASGI, so every piece is testable with
plain values (and with requests produced by botocore's own serializers).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qsl


class Headers(Mapping[str, str]):
    """Case-insensitive, order-preserving multi-map of HTTP headers.

    ``headers[name]`` returns the values of a repeated header joined with ``","`` (RFC 9110);
    ``get_all`` returns them one by one.
    """

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[tuple[str, str]] | Mapping[str, str] = ()) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        self._items: list[tuple[str, str]] = [(k, v) for k, v in pairs]

    def __getitem__(self, name: str) -> str:
        values = self.get_all(name)
        if not values:
            raise KeyError(name)
        return ",".join(values)

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        for k, _ in self._items:
            low = k.lower()
            if low not in seen:
                seen.add(low)
                yield k

    def __len__(self) -> int:
        return len({k.lower() for k, _ in self._items})

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and any(k.lower() == name.lower() for k, _ in self._items)

    def get_all(self, name: str) -> list[str]:
        low = name.lower()
        return [v for k, v in self._items if k.lower() == low]

    def items_raw(self) -> list[tuple[str, str]]:
        """Every (name, value) pair as received, repeats included."""
        return list(self._items)

    def set(self, name: str, value: str) -> None:
        self.remove(name)
        self._items.append((name, value))

    def add(self, name: str, value: str) -> None:
        self._items.append((name, value))

    def remove(self, name: str) -> None:
        low = name.lower()
        self._items = [(k, v) for k, v in self._items if k.lower() != low]

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


BodyStream = AsyncIterator[bytes]
"""A request or response body delivered in chunks (S3 objects); never joined in memory."""


@dataclass
class HttpRequest:
    """One HTTP request as the client sent it.

    ``path`` is the raw, still percent-encoded path (SigV4 canonicalises it and REST label parsing
    decodes it); ``query_string`` is the raw query without ``?``. ``body`` is the whole body for
    small requests; ``stream`` is set instead when the body must not be buffered (then ``body`` is
    ``b""``).
    """

    method: str
    path: str
    query_string: str = ""
    headers: Headers = field(default_factory=Headers)
    body: bytes = b""
    stream: BodyStream | None = None
    scheme: str = "http"
    client_ip: str = "127.0.0.1"

    @property
    def host(self) -> str:
        return self.headers.get("host", "")

    def query_items(self) -> list[tuple[str, str]]:
        """Decoded query pairs in order; a key with no ``=`` has value ``""``."""
        return parse_qsl(self.query_string, keep_blank_values=True)


@dataclass
class HttpResponse:
    """What the codec hands back to the gateway to write.

    ``stream`` is used instead of ``body`` for streaming payloads (S3 GetObject, event streams).
    """

    status_code: int = 200
    headers: Headers = field(default_factory=Headers)
    body: bytes = b""
    stream: BodyStream | None = None
