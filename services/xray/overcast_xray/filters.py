"""The X-Ray filter expression language, parsed into a predicate over a trace.

Supported, as the X-Ray developer guide documents it:

- boolean keywords ``ok``, ``error``, ``fault``, ``throttle``, ``partial``, alone or ``= true|false``;
- numbers ``responsetime``, ``duration``, ``http.status`` with ``= != < <= > >=``;
- strings ``http.url``, ``http.method``, ``http.useragent``, ``http.clientip``, ``user``, ``name`` with
  ``= != CONTAINS BEGINSWITH ENDSWITH``;
- ``annotation.<key>`` / ``annotation[<key>]`` against a string, number or boolean;
- complex keywords ``service("name")``, ``service(id(name: "n", type: "t"))``, ``id(name: "n")``,
  ``edge("a", "b")``, each optionally followed by ``{ filter }`` evaluated over that service's (or
  edge's downstream) segments only;
- ``group.name = "g"`` and ``group.arn = "arn"``: the group's own filter expression;
- ``AND``/``&&``, ``OR``/``||``, ``NOT``/``!``, parentheses.

Values on the trace level come from the root segment (``http.*``, ``responsetime``) or the whole trace
(``duration``, flags, annotations, users); a comparison holds when any candidate value satisfies it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from overcast_xray.segments import valid_annotation_key
from overcast_xray.traces import Call, NodeKey, Trace, http_of, walk


class FilterError(ValueError):
    """An expression X-Ray would reject; the message says where."""


GroupResolver = Callable[[str, str], str | None]
"""``resolve("name"|"arn", value)`` → the group's filter expression ("" for a group without one), or
None when no such group exists."""

Predicate = Callable[["Scope"], bool]

_TOKEN = re.compile(
    r"""
    \s*(?:
      (?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
    | (?P<number>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
    | (?P<op>>=|<=|!=|&&|\|\||[=<>!(){},:])
    | (?P<word>annotation\[[^\]]+\]|[A-Za-z_][A-Za-z0-9_.\-]*)
    )""",
    re.VERBOSE,
)
STRING_KEYS = {"http.url", "http.method", "http.useragent", "http.clientip", "user", "name"}
NUMBER_KEYS = {"responsetime", "duration", "http.status"}
FLAG_KEYS = {"ok", "error", "fault", "throttle", "partial"}
STRING_OPS = {"=", "!=", "CONTAINS", "BEGINSWITH", "ENDSWITH"}
NUMBER_OPS = {"=", "!=", "<", "<=", ">", ">="}
MAX_GROUP_DEPTH = 4


@dataclass(frozen=True)
class _Tok:
    kind: str
    text: str
    pos: int


def _tokens(expression: str) -> list[_Tok]:
    out, pos = [], 0
    while pos < len(expression):
        if expression[pos:].strip() == "":
            break
        m = _TOKEN.match(expression, pos)
        if m is None or m.end() == pos:
            raise FilterError(f"Invalid filter expression: unexpected character at position {pos}")
        kind = m.lastgroup or ""
        out.append(_Tok(kind, m.group(kind), m.start(kind)))
        pos = m.end()
    return out


class Scope:
    """What a predicate looks at: the whole trace, or the calls of one service or edge."""

    def __init__(self, trace: Trace, calls: list[Call] | None = None) -> None:
        self.trace = trace
        self.calls = calls  # None: the whole trace

    def _entities(self) -> Iterable[dict[str, Any]]:
        if self.calls is None:
            return self.trace.entities()
        return (e for c in self.calls for e in walk(c.doc))

    def flag(self, name: str) -> bool:
        if name == "ok":
            return not any(self.flag(f) for f in ("error", "fault", "throttle"))
        if name == "partial":
            return any(e.get("in_progress") is True for e in self._entities())
        if self.calls is not None:
            return any(getattr(c, name) for c in self.calls) or any(
                e.get(name) is True for e in self._entities()
            )
        calls_flag = any(getattr(c, name) for c in self.trace.calls)
        return calls_flag or self.trace.flag(name)

    def numbers(self, key: str) -> list[float]:
        if key == "duration":
            return [self.trace.duration] if self.calls is None else [c.response_time for c in self.calls]
        if key == "responsetime":
            return [self.trace.response_time] if self.calls is None else [c.response_time for c in self.calls]
        return [float(v) for v in self.http_values("status") if isinstance(v, int | float)]

    def http_values(self, key: str) -> list[Any]:
        docs = [self.trace.root] if self.calls is None else [c.doc for c in self.calls]
        return [h[key] for h in map(http_of, docs) if key in h]

    def strings(self, key: str) -> list[str]:
        if key == "user":
            return [str(e["user"]) for e in self._entities() if isinstance(e.get("user"), str)]
        if key == "name":
            return [c.node.name for c in (self.trace.calls if self.calls is None else self.calls)]
        return [str(v) for v in self.http_values(key.removeprefix("http."))]

    def annotations(self, key: str) -> list[Any]:
        out = []
        for e in self._entities():
            annotations = e.get("annotations")
            if isinstance(annotations, dict) and key in annotations:
                out.append(annotations[key])
        return out


class _Parser:
    def __init__(self, expression: str, resolve: GroupResolver | None, depth: int) -> None:
        self.toks = _tokens(expression)
        self.i = 0
        self.resolve = resolve
        self.depth = depth

    def fail(self, why: str) -> FilterError:
        where = self.toks[self.i].pos if self.i < len(self.toks) else "end"
        return FilterError(f"Invalid filter expression: {why} (at {where})")

    def peek(self, upper: bool = False) -> str | None:
        if self.i >= len(self.toks):
            return None
        text = self.toks[self.i].text
        return text.upper() if upper and self.toks[self.i].kind == "word" else text

    def take(self) -> _Tok:
        if self.i >= len(self.toks):
            raise self.fail("unexpected end")
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def expect(self, text: str) -> None:
        tok = self.take()
        if tok.text != text:
            self.i -= 1
            raise self.fail(f"expected {text!r}")

    def parse(self) -> Predicate:
        if not self.toks:
            raise FilterError("Invalid filter expression: empty")
        pred = self.or_()
        if self.i != len(self.toks):
            raise self.fail("unexpected token")
        return pred

    def or_(self) -> Predicate:
        parts = [self.and_()]
        while self.peek(True) in ("OR", "||"):
            self.take()
            parts.append(self.and_())
        return parts[0] if len(parts) == 1 else (lambda s: any(p(s) for p in parts))

    def and_(self) -> Predicate:
        parts = [self.not_()]
        while self.peek(True) in ("AND", "&&"):
            self.take()
            parts.append(self.not_())
        return parts[0] if len(parts) == 1 else (lambda s: all(p(s) for p in parts))

    def not_(self) -> Predicate:
        if self.peek(True) in ("NOT", "!"):
            self.take()
            inner = self.not_()
            return lambda s: not inner(s)
        return self.atom()

    def atom(self) -> Predicate:
        tok = self.take()
        if tok.text == "(":
            inner = self.or_()
            self.expect(")")
            return inner
        if tok.kind != "word":
            self.i -= 1
            raise self.fail("expected a keyword")
        word = tok.text
        lower = word.lower()
        if lower in ("service", "edge", "id") and self.peek() == "(":
            return self.complex(lower)
        if lower in FLAG_KEYS:
            return self.flag(lower)
        if lower in NUMBER_KEYS:
            return self.number(lower)
        if lower in STRING_KEYS:
            return self.string(lower)
        if lower.startswith("annotation.") or lower.startswith("annotation["):
            key = (
                word[len("annotation.") :]
                if lower.startswith("annotation.")
                else word[len("annotation[") : -1]
            )
            if not valid_annotation_key(key):
                raise self.fail(f"invalid annotation key {key!r}")
            return self.annotation(key)
        if lower in ("group.name", "group.arn"):
            return self.group(lower.split(".")[1])
        self.i -= 1
        raise self.fail(f"unknown keyword {word!r}")

    def flag(self, name: str) -> Predicate:
        want = True
        if self.peek() in ("=", "!="):
            negate = self.take().text == "!="
            value = self.take().text.lower()
            if value not in ("true", "false"):
                raise self.fail("expected true or false")
            want = (value == "true") != negate
        return lambda s: s.flag(name) == want

    def number(self, key: str) -> Predicate:
        op = self.take().text
        if op not in NUMBER_OPS:
            raise self.fail(f"operator {op!r} does not apply to {key}")
        value = self.take()
        if value.kind != "number":
            raise self.fail(f"{key} compares with a number")
        target = float(value.text)
        return lambda s: any(_compare(op, v, target) for v in s.numbers(key))

    def string(self, key: str) -> Predicate:
        op = self.take().text
        op = op.upper() if op.upper() in STRING_OPS else op
        if op not in STRING_OPS:
            raise self.fail(f"operator {op!r} does not apply to {key}")
        value = self.take()
        if value.kind != "string":
            raise self.fail(f"{key} compares with a string")
        target = _unquote(value.text)
        return lambda s: any(_compare_text(op, v, target) for v in s.strings(key))

    def annotation(self, key: str) -> Predicate:
        op = self.take().text
        op = op.upper() if op.upper() in STRING_OPS else op
        value = self.take()
        if value.kind == "string":
            if op not in STRING_OPS:
                raise self.fail(f"operator {op!r} does not apply to a string")
            text = _unquote(value.text)
            return lambda s: any(
                isinstance(v, str) and _compare_text(op, v, text) for v in s.annotations(key)
            )
        if value.kind == "number":
            if op not in NUMBER_OPS:
                raise self.fail(f"operator {op!r} does not apply to a number")
            number = float(value.text)
            return lambda s: any(
                isinstance(v, int | float) and not isinstance(v, bool) and _compare(op, float(v), number)
                for v in s.annotations(key)
            )
        if value.text.lower() in ("true", "false") and op in ("=", "!="):
            flag = value.text.lower() == "true"
            return lambda s: any(
                isinstance(v, bool) and (v == flag) == (op == "=") for v in s.annotations(key)
            )
        raise self.fail("expected a string, number or boolean")

    def group(self, by: str) -> Predicate:
        self.expect("=")
        value = self.take()
        if value.kind != "string":
            raise self.fail(f"group.{by} compares with a string")
        if self.resolve is None or self.depth >= MAX_GROUP_DEPTH:
            raise self.fail("group filters cannot be used here")
        expression = self.resolve(by, _unquote(value.text))
        if expression is None:
            raise FilterError(f"Invalid filter expression: group {_unquote(value.text)} does not exist")
        if not expression.strip():
            return lambda s: True
        return _Parser(expression, self.resolve, self.depth + 1).parse()

    def node_spec(self) -> Callable[[NodeKey], bool]:
        """``"name"`` or ``id(name: "n", type: "t")`` inside service(...)."""
        if self.peek() is not None and self.peek(True) == "ID":
            self.take()
            return self.id_args()
        tok = self.take()
        if tok.kind != "string":
            raise self.fail("expected a service name")
        name = _unquote(tok.text)
        return lambda n: n.name == name

    def id_args(self) -> Callable[[NodeKey], bool]:
        self.expect("(")
        wanted: dict[str, str] = {}
        while self.peek() != ")":
            key = self.take().text.lower()
            self.expect(":")
            value = self.take()
            if key not in ("name", "type", "account.id") or value.kind != "string":
                raise self.fail("id() takes name:, type: and account.id: strings")
            wanted[key] = _unquote(value.text)
            if self.peek() == ",":
                self.take()
        self.expect(")")
        return lambda n: wanted.get("name", n.name) == n.name and wanted.get("type", n.type) == n.type

    def complex(self, kind: str) -> Predicate:
        self.expect("(")
        if kind == "id":
            self.i -= 1
            match = self.id_args()
            select: Callable[[Call], bool] = lambda c: match(c.node)  # noqa: E731
        elif kind == "service":
            match = self.node_spec()
            self.expect(")")
            select = lambda c: match(c.node)  # noqa: E731
        else:
            source = self.node_spec()
            self.expect(",")
            target = self.node_spec()
            self.expect(")")
            select = lambda c: source(c.caller) and target(c.node)  # noqa: E731
        inner: Predicate | None = None
        if self.peek() == "{":
            self.take()
            inner = self.or_()
            self.expect("}")

        def check(s: Scope) -> bool:
            calls = [c for c in s.trace.calls if select(c)]
            if not calls:
                return False
            return True if inner is None else inner(Scope(s.trace, calls))

        return check


def _unquote(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text[1:-1])


def _compare(op: str, left: float, right: float) -> bool:
    return {
        "=": left == right,
        "!=": left != right,
        "<": left < right,
        "<=": left <= right,
        ">": left > right,
        ">=": left >= right,
    }[op]


def _compare_text(op: str, left: str, right: str) -> bool:
    if op == "=":
        return left == right
    if op == "!=":
        return left != right
    if op == "CONTAINS":
        return right in left
    if op == "BEGINSWITH":
        return left.startswith(right)
    return left.endswith(right)


def parse(expression: str, resolve: GroupResolver | None = None) -> Predicate:
    """The predicate of ``expression``; raises :class:`FilterError`."""
    return _Parser(expression, resolve, 0).parse()


def matches(predicate: Predicate, trace: Trace) -> bool:
    return predicate(Scope(trace))


def selected_calls(expression: str, trace: Trace) -> list[Call]:
    """The calls an entity selector (``service("a")``, ``edge("a","b")``, ``id(...)``) picks."""
    parser = _Parser(expression, None, 0)
    word = parser.take().text.lower()
    if word not in ("service", "edge", "id"):
        raise FilterError("Invalid entity selector expression")
    picked: list[Call] = []
    check = parser.complex(word)
    if parser.i != len(parser.toks):
        raise parser.fail("unexpected token")
    for call in trace.calls:
        if check(Scope(Trace(trace.trace_id, trace.segments, [call]))):
            picked.append(call)
    return picked
