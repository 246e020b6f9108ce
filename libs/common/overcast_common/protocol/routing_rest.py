"""Matching a REST request (method, raw path, query, headers) against ``http.requestUri`` templates.

Templates are compiled once per service. A template's path is matched against the *raw*
(percent-encoded) path so that an encoded ``/`` inside a plain label (``%2F`` in an ARN) stays one
segment; labels are decoded after matching. ``{Name+}`` (greedy) keeps its ``/``.

When several templates match, the most specific wins, compared in this order:

1. ``x-id=<Operation>`` sent by botocore for S3 (names the operation outright);
2. literal path segments (``/functions/{Name}/aliases`` beats ``/functions/{Name}/{Qualifier}``);
3. literal query keys of the template (``/{Bucket}?uploads`` beats ``/{Bucket}``);
4. fewer *required* header/querystring members missing, then more of them present — this is
   what tells S3's same-path operations apart (``x-amz-copy-source`` → CopyObject,
   ``uploadId`` → UploadPart / ListParts / AbortMultipartUpload, ``id`` → Get…Configuration);
5. more literal characters, no greedy label, not ``deprecated`` (S3's old
   ``GetBucketLifecycle`` is wire-identical to ``GetBucketLifecycleConfiguration``), and last,
   for S3's ``GET /``: ``s3express`` signing selects ``ListDirectoryBuckets`` over ``ListBuckets``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from botocore.model import OperationModel, ServiceModel

Score = tuple[int, int, int, int, int, int, int, int, int]


@dataclass(frozen=True)
class UriRoute:
    operation: OperationModel
    method: str
    pattern: re.Pattern[str]
    labels: tuple[str, ...]
    """Template label names, in group order (``g0``, ``g1``…)."""
    query_literals: tuple[tuple[str, str | None], ...]
    """``?uploads`` → ``("uploads", None)``; ``?list-type=2`` → ``("list-type", "2")``."""
    x_id: str | None
    literal_segments: int
    literal_chars: int
    greedy: bool
    required_headers: tuple[str, ...]
    required_query: tuple[str, ...]
    express_control: bool
    """S3's ``UseS3ExpressControlEndpoint`` operations (signed ``s3express``)."""

    def match(self, path: str, query: Mapping[str, str]) -> dict[str, str] | None:
        """Decoded labels when method-independent parts match (path and query literals)."""
        for key, value in self.query_literals:
            got = query.get(key)
            if got is None or (value is not None and got != value):
                return None
        found = self.pattern.match(path)
        if found is None:
            return None
        return {name: unquote(found.group(i + 1)) for i, name in enumerate(self.labels)}

    def score(self, query: Mapping[str, str], headers: Iterable[str], express: bool = False) -> Score:
        header_names = set(headers)
        present = sum(h in header_names for h in self.required_headers)
        present += sum(q in query for q in self.required_query)
        missing = len(self.required_headers) + len(self.required_query) - present
        x_id = query.get("x-id")
        return (
            int(x_id is not None and x_id == self.operation.name),
            self.literal_segments,
            len(self.query_literals),
            -missing,
            present,
            self.literal_chars,
            int(not self.greedy),
            int(not self.operation.deprecated),
            int(self.express_control == express),
        )


_LABEL = re.compile(r"^\{([^}]+?)(\+?)\}$")


def compile_route(operation: OperationModel) -> UriRoute:
    http = operation.http
    template: str = http.get("requestUri", "/") or "/"
    raw_path, _, raw_query = template.partition("?")
    query_literals: list[tuple[str, str | None]] = []
    x_id: str | None = None
    for item in filter(None, raw_query.split("&")):
        key, eq, value = item.partition("=")
        if key == "x-id":
            x_id = value
        else:
            query_literals.append((unquote(key), unquote(value) if eq else None))
    segments = [s for s in raw_path.strip("/").split("/") if s]
    parts: list[str] = []
    labels: list[str] = []
    literal_segments = literal_chars = 0
    greedy = False
    for seg in segments:
        label = _LABEL.match(seg)
        if label is None:
            parts.append(re.escape(seg))
            literal_segments += 1
            literal_chars += len(seg)
        else:
            labels.append(label.group(1))
            greedy = greedy or bool(label.group(2))
            parts.append("(.+)" if label.group(2) else "([^/]+)")
    # A trailing slash is optional both ways: ``/2015-03-31/functions/`` is sent either way.
    pattern = re.compile("^/" + "/".join(parts) + ("/?$" if parts else "$"))
    required_headers: list[str] = []
    required_query: list[str] = []
    shape = operation.input_shape
    if shape is not None:
        for name in shape.required_members:
            member = shape.members[name]
            where = member.serialization.get("location")
            wire = member.serialization.get("name", name)
            if where == "header":
                required_headers.append(wire.lower())
            elif where == "querystring" and member.type_name != "map":
                required_query.append(wire)
    return UriRoute(
        operation=operation,
        method=http.get("method", "POST").upper(),
        pattern=pattern,
        labels=tuple(labels),
        query_literals=tuple(query_literals),
        x_id=x_id,
        literal_segments=literal_segments,
        literal_chars=literal_chars,
        greedy=greedy,
        required_headers=tuple(required_headers),
        required_query=tuple(required_query),
        express_control=any(
            p.name == "UseS3ExpressControlEndpoint" for p in operation.static_context_parameters
        ),
    )


@dataclass(frozen=True)
class RestMatch:
    route: UriRoute
    labels: dict[str, str]
    score: Score


class RestTable:
    """Every operation's route of one service, grouped by HTTP method."""

    def __init__(self, model: ServiceModel) -> None:
        self.by_operation: dict[str, UriRoute] = {}
        self.by_method: dict[str, list[UriRoute]] = {}
        firsts: set[str] | None = set()
        for name in model.operation_names:
            route = compile_route(model.operation_model(name))
            self.by_operation[name] = route
            self.by_method.setdefault(route.method, []).append(route)
            first = (route.operation.http.get("requestUri") or "/").split("?")[0].lstrip("/").split("/")[0]
            if firsts is not None:
                firsts = None if not first or first.startswith("{") else firsts | {first}
        self._first_segments = None if firsts is None else frozenset(firsts)
        routes = list(self.by_operation.values())
        # Everything ``best`` looks at besides the path's shape: the path's literal segments, the
        # query keys (with their value where a template or ``x-id`` compares it) and the headers
        # some route requires. Together with the method they determine the winning route.
        self._literal_segments = frozenset(
            seg
            for route in routes
            for seg in (route.operation.http.get("requestUri") or "/").split("?")[0].split("/")
            if seg and not _LABEL.match(seg)
        )
        self._valued_query = frozenset(
            {"x-id"} | {k for r in routes for k, v in r.query_literals if v is not None}
        )
        self._deciding_query = (
            self._valued_query
            | {k for r in routes for k, _ in r.query_literals}
            | {q for r in routes for q in r.required_query}
        )
        self._deciding_headers = frozenset(h for r in routes for h in r.required_headers)
        self._memo: dict[_MemoKey, tuple[UriRoute, Score] | None] = {}

    def could_match(self, path: str) -> bool:
        """Cheap pre-check: every template starts with a literal and none is the request's."""
        if self._first_segments is None:
            return True
        return path.lstrip("/").split("/", 1)[0] in self._first_segments

    def best(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Iterable[str],
        express: bool = False,
    ) -> RestMatch | None:
        header_names = tuple(headers)
        key = self._memo_key(method, path, query, header_names, express)
        if key in self._memo:
            chosen = self._memo[key]
            if chosen is None:
                return None
            route, score = chosen
            labels = route.match(path, query)
            if labels is not None:
                return RestMatch(route, labels, score)
        found = self._scan(method, path, query, header_names, express)
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[key] = None if found is None else (found.route, found.score)
        return found

    def _memo_key(
        self, method: str, path: str, query: Mapping[str, str], headers: tuple[str, ...], express: bool
    ) -> _MemoKey:
        # A template matches a path by its segments' emptiness and equality to literals alone, so the
        # path's "shape" (literal segments kept, other non-empty ones as ``*``) decides the match.
        literals = self._literal_segments
        shape = tuple(seg if seg in literals else ("*" if seg else "") for seg in path[1:].split("/"))
        valued = self._valued_query
        deciding = self._deciding_query
        query_key = frozenset((k, v if k in valued else None) for k, v in query.items() if k in deciding)
        wanted = self._deciding_headers
        header_key = frozenset(h for h in headers if h in wanted)
        return (method.upper(), path[:1], shape, query_key, header_key, express)

    def _scan(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        header_names: tuple[str, ...],
        express: bool,
    ) -> RestMatch | None:
        best: RestMatch | None = None
        x_id = query.get("x-id")
        for route in self.by_method.get(method.upper(), ()):
            if x_id is not None and route.x_id is not None and route.x_id != x_id:
                continue
            labels = route.match(path, query)
            if labels is None:
                continue
            score = route.score(query, header_names, express)
            if best is None or score > best.score:
                best = RestMatch(route, labels, score)
        return best


_MemoKey = tuple[str, str, tuple[str, ...], frozenset[tuple[str, str | None]], frozenset[str], bool]
_MEMO_LIMIT = 4096
"""Distinct keys are few (S3: a handful of shapes and sub-resources); the cap only bounds odd traffic."""
