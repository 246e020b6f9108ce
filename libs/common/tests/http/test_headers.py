"""Headers: case-insensitive multi-map whose lookup index stays right across changes."""

from __future__ import annotations

import pytest
from overcast_common.http import Headers


def test_lookups_are_case_insensitive_and_join_repeats() -> None:
    h = Headers([("Content-Type", "a/b"), ("X-Rep", "1"), ("x-rep", "2")])
    assert h["content-type"] == "a/b"
    assert h.get("CONTENT-TYPE") == "a/b"
    assert h["X-REP"] == "1,2"
    assert h.get_all("x-Rep") == ["1", "2"]
    assert "x-rep" in h and "X-Rep" in h
    assert len(h) == 2
    assert list(h) == ["Content-Type", "X-Rep"]


def test_misses_return_the_default_and_raise_key_error_only_on_indexing() -> None:
    h = Headers({"Host": "x"})
    assert h.get("absent") is None
    assert h.get("absent", "") == ""
    assert "absent" not in h
    assert 3 not in h  # type: ignore[comparison-overlap]
    assert h.get_all("absent") == []
    with pytest.raises(KeyError):
        h["absent"]


def test_changes_are_seen_by_later_lookups_and_not_by_an_index_taken_before() -> None:
    h = Headers([("A", "1")])
    before = h.index()
    assert before == {"a": ["1"]}
    h.add("a", "2")
    assert h["A"] == "1,2"
    h.set("B", "3")
    assert h.get("b") == "3"
    h.remove("A")
    assert "a" not in h and h.items_raw() == [("B", "3")]
    h.remove("never-there")
    assert h.items_raw() == [("B", "3")]
    assert before == {"a": ["1"]}  # a snapshot: the verifier holds one while it rewrites headers


def test_get_all_returns_a_copy() -> None:
    h = Headers([("A", "1")])
    h.get_all("a").append("x")
    assert h.get_all("a") == ["1"]


def test_set_many_is_set_of_each_pair_in_turn() -> None:
    pairs = [("x-amz-id", "1"), ("X-Extra", "e"), ("X-AMZ-ID", "2"), ("Content-Type", "text/plain")]
    one_by_one = Headers([("Host", "h"), ("x-amz-id", "old"), ("x-amz-id", "older"), ("ETag", '"e"')])
    at_once = Headers(one_by_one.items_raw())
    snapshot = at_once.index()
    for name, value in pairs:
        one_by_one.set(name, value)
    at_once.set_many(pairs)
    assert at_once.items_raw() == one_by_one.items_raw()
    assert at_once.items_raw()[-3:] == [("X-Extra", "e"), ("X-AMZ-ID", "2"), ("Content-Type", "text/plain")]
    assert at_once.index() == one_by_one.index()
    assert at_once["x-amz-id"] == "2" and "content-type" in at_once
    assert snapshot["x-amz-id"] == ["old", "older"] and "x-extra" not in snapshot  # the old index is kept
    untouched = Headers([("A", "1")])
    untouched.set_many([])
    untouched.set_many([("B", "2")])
    assert untouched.items_raw() == [("A", "1"), ("B", "2")] and untouched.get_all("b") == ["2"]


def test_from_latin1_decodes_and_indexes_like_the_constructor() -> None:
    raw = [(b"Host", b"h\xe9"), (b"X-Amz-Date", b"1"), (b"x-amz-date", b"2"), (b"Content-Length", b"0")]
    built = Headers.from_latin1(raw)
    plain = Headers([(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw])
    assert built.items_raw() == plain.items_raw()
    assert built.index() == plain.index()
    assert built["x-amz-date"] == "1,2" and built["HOST"] == "h\u00e9"


def test_set_many_without_an_index_matches_set_one_by_one() -> None:
    pairs = [("x-amzn-RequestId", "r"), ("x-amz-request-id", "r"), ("X-Amzn-Trace-Id", "t")]
    fresh = Headers([("Content-Type", "a"), ("X-AMZN-REQUESTID", "old"), ("Vary", "x")])
    one_by_one = Headers(fresh.items_raw())
    fresh.set_many(pairs)
    for name, value in pairs:
        one_by_one.set(name, value)
    assert fresh.items_raw() == one_by_one.items_raw()
    assert fresh.index() == one_by_one.index()
    assert fresh["x-amzn-requestid"] == "r"


def test_wire_block_is_the_head_lines_in_order() -> None:
    headers = Headers([("Content-Type", "a"), ("Set-Cookie", "1"), ("set-cookie", "2")])
    assert headers.wire_block() == "Content-Type: a\r\nSet-Cookie: 1\r\nset-cookie: 2\r\n"
    assert Headers().wire_block() == ""
