"""Transport-neutral HTTP request/response values shared by the gateway, the codec and SigV4.

The gateway builds an ``HttpRequest`` from ASGI; the codec and the verifier read it; the codec
produces an ``HttpResponse``. Nothing here knows about ASGI, so every piece is testable with
plain values (and with requests produced by botocore's own serializers).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Final, TypeVar, overload
from urllib.parse import parse_qsl

_T = TypeVar("_T")


_WIRE_NAMES: Final[dict[bytes, tuple[str, str]]] = {}
"""Header names as received -> (decoded, lower-cased): clients send the same few names on every request,
so each is decoded, lower-cased and hashed once (the strings' hashes are cached with them)."""
_WIRE_NAMES_KEPT: Final = 512
"""At most this many names are remembered (a client may make up names without end)."""

_LOWER: Final[dict[str, str]] = {}
"""Header name -> lower-cased: code looks up and sets the same few names (mostly constants, whose hashes
are cached) on every request, so a dict hit replaces ``str.lower`` and the hashing of its new string.
Final, as ``_WIRE_NAMES``: compiled, a native static rather than a module-dict lookup per call."""
_LOWER_KEPT: Final = 512
"""At most this many names are remembered (names may come from clients)."""


def _lower(name: str) -> str:
    low = _LOWER.get(name)
    if low is None:
        low = name.lower()
        if len(_LOWER) < _LOWER_KEPT:
            _LOWER[name] = low
    return low


class Headers(Mapping[str, str]):
    """Case-insensitive, order-preserving multi-map of HTTP headers.

    ``headers[name]`` returns the values of a repeated header joined with ``","`` (RFC 9110);
    ``get_all`` returns them one by one. Lookups go through a lower-cased index built on the first
    lookup and dropped by any change, so a request's many lookups lower-case each name once.
    """

    __slots__ = ("_index", "_items")

    def __init__(self, items: Iterable[tuple[str, str]] | Mapping[str, str] = ()) -> None:
        # a list (what the server and the codec pass) skips the ABC instance check
        pairs = items if type(items) is list else items.items() if isinstance(items, Mapping) else items
        self._items: list[tuple[str, str]] = [(k, v) for k, v in pairs]
        self._index: dict[str, list[str]] | None = None

    @classmethod
    def from_latin1(cls, raw: list[tuple[bytes, bytes]]) -> Headers:
        """Headers from the (name, value) bytes an HTTP parser hands over, decoded as latin-1, with the
        index built in the same pass (a server's request is always looked up)."""
        items: list[tuple[str, str]] = []
        index: dict[str, list[str]] = {}
        names = _WIRE_NAMES
        for name, value in raw:
            known = names.get(name)
            if known is None:
                k = name.decode("latin-1")
                known = (k, k.lower())
                if len(names) < _WIRE_NAMES_KEPT:
                    names[name] = known
            k, low = known
            v = value.decode("latin-1")
            items.append((k, v))
            values = index.get(low)
            if values is None:
                index[low] = [v]
            else:
                values.append(v)
        # not cls.__new__: mypyc-compiled classes have none to call; Headers itself is a direct native call
        headers = Headers([]) if cls is Headers else cls([])
        headers._items = items
        headers._index = index
        return headers

    def index(self) -> dict[str, list[str]]:
        """Lower-cased name -> its values in order. Shared, not a copy: read it, never change it
        (a change to the headers replaces it, so a caller holding it keeps a consistent snapshot)."""
        index = self._index
        if index is None:
            index = {}
            for k, v in self._items:
                low = _lower(k)
                values = index.get(low)
                if values is None:
                    index[low] = [v]
                else:
                    values.append(v)
            self._index = index
        return index

    def __getitem__(self, name: str) -> str:
        values = self.index().get(_lower(name))
        if values is None:
            raise KeyError(name)
        return values[0] if len(values) == 1 else ",".join(values)

    @overload
    def get(self, name: str, /) -> str | None: ...
    @overload
    def get(self, name: str, /, default: str | _T) -> str | _T: ...
    def get(self, name: str, /, default: object = None) -> object:
        # Mapping.get would go through __getitem__ and a KeyError for every absent header
        index = self._index
        values = (self.index() if index is None else index).get(_lower(name))
        if values is None:
            return default
        return values[0] if len(values) == 1 else ",".join(values)

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        for k, _ in self._items:
            low = _lower(k)
            if low not in seen:
                seen.add(low)
                yield k

    def __len__(self) -> int:
        return len(self.index())

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        low = _lower(name)
        index = self._index
        if index is not None:
            return low in index
        # no index yet (a response being written): a scan, rather than an index nothing else may read
        return any(_lower(k) == low for k, _ in self._items)

    def get_all(self, name: str) -> list[str]:
        return list(self.index().get(_lower(name), ()))

    def items_raw(self) -> list[tuple[str, str]]:
        """Every (name, value) pair as received, repeats included."""
        return list(self._items)

    def set(self, name: str, value: str) -> None:
        self.remove(name)
        self._items.append((name, value))
        self._index = None

    def set_many(self, pairs: Iterable[tuple[str, str]]) -> None:
        """``set`` of each pair in turn, in one pass over the headers (a response gets several at once).
        A built index is replaced by a new dict (a caller holding the old one keeps its snapshot); an
        index not built yet is left to the next lookup (a response's headers are mostly only written)."""
        fresh: dict[str, tuple[str, str]] = {}
        for name, value in pairs:
            low = _lower(name)
            # a later pair of the same name wins and goes last, as ``set`` does; not ``pop``: mypyc calls
            # that as a Python method
            if low in fresh:
                del fresh[low]  # noqa: RUF051
            fresh[low] = (name, value)
        if not fresh:
            return
        index = self._index
        if index is None:
            items = [pair for pair in self._items if _lower(pair[0]) not in fresh]
            for pair in fresh.values():
                items.append(pair)
            self._items = items
            return
        if fresh.keys() & index.keys():
            self._items = [(k, v) for k, v in self._items if _lower(k) not in fresh]
            index = {low: values for low, values in index.items() if low not in fresh}
        else:
            index = dict(index)
        self._items.extend(fresh.values())
        for low, (_, value) in fresh.items():
            index[low] = [value]
        self._index = index

    def wire_block(self) -> str:
        """Every header as ``Name: value\r\n`` lines, in order, repeats included (an HTTP/1.1 head)."""
        return "".join([f"{k}: {v}\r\n" for k, v in self._items])

    def add(self, name: str, value: str) -> None:
        self._items.append((name, value))
        self._index = None

    def remove(self, name: str) -> None:
        low = _lower(name)
        if self._index is not None and low not in self._index:
            return
        self._items = [(k, v) for k, v in self._items if _lower(k) != low]
        self._index = None

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


BodyStream = AsyncIterator[bytes]
"""A request or response body delivered in chunks (S3 objects); never joined in memory."""


@dataclass(init=False)  # its own __init__: compiled with mypyc, where the generated one runs interpreted
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

    def __init__(
        self,
        method: str,
        path: str,
        query_string: str = "",
        headers: Headers | None = None,
        body: bytes = b"",
        stream: BodyStream | None = None,
        scheme: str = "http",
        client_ip: str = "127.0.0.1",
    ) -> None:
        self.method = method
        self.path = path
        self.query_string = query_string
        self.headers = Headers([]) if headers is None else headers
        self.body = body
        self.stream = stream
        self.scheme = scheme
        self.client_ip = client_ip

    @property
    def host(self) -> str:
        return self.headers.get("host", "")

    def query_items(self) -> list[tuple[str, str]]:
        """Decoded query pairs in order; a key with no ``=`` has value ``""``."""
        return parse_qsl(self.query_string, keep_blank_values=True)


@dataclass(init=False)  # as HttpRequest
class HttpResponse:
    """What the codec hands back to the gateway to write.

    ``stream`` is used instead of ``body`` for streaming payloads (S3 GetObject, event streams).
    """

    status_code: int = 200
    headers: Headers = field(default_factory=Headers)
    body: bytes = b""
    stream: BodyStream | None = None

    def __init__(
        self,
        status_code: int = 200,
        headers: Headers | None = None,
        body: bytes = b"",
        stream: BodyStream | None = None,
    ) -> None:
        self.status_code = status_code
        self.headers = Headers([]) if headers is None else headers
        self.body = body
        self.stream = stream
