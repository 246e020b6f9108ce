"""Lower-cased names come from a bounded cache and ``in`` scans headers that have no index yet: neither may
change what a lookup answers."""

from overcast_common import http
from overcast_common.http import Headers


def test_in_without_an_index_is_case_insensitive_and_builds_none() -> None:
    headers = Headers([("Content-Type", "text/xml"), ("x-amzn-RequestId", "r")])
    assert "content-type" in headers
    assert "X-AMZN-REQUESTID" in headers
    assert "content-length" not in headers
    not_a_name: object = 3
    assert not_a_name not in headers
    headers.add("Content-Length", "0")
    assert "CONTENT-LENGTH" in headers
    headers.remove("content-length")
    assert "Content-Length" not in headers
    assert headers.items_raw() == [("Content-Type", "text/xml"), ("x-amzn-RequestId", "r")]


def test_in_with_an_index_answers_as_without() -> None:
    headers = Headers.from_latin1([(b"Host", b"h"), (b"X-Amz-Date", b"d"), (b"x-amz-date", b"e")])
    assert "host" in headers and "X-AMZ-DATE" in headers and "authorization" not in headers
    assert headers["x-amz-date"] == "d,e"


def test_set_many_with_a_name_twice_keeps_the_last_pair_last() -> None:
    headers = Headers([("A", "1"), ("b", "2")])
    headers.set_many([("a", "3"), ("C", "4"), ("A", "5")])
    assert headers.items_raw() == [("b", "2"), ("C", "4"), ("A", "5")]
    assert headers["a"] == "5"


def test_names_past_the_cache_bound_are_still_lower_cased() -> None:
    names = [f"X-Made-Up-{i}" for i in range(http._LOWER_KEPT + 10)]
    headers = Headers([(name, str(i)) for i, name in enumerate(names)])
    assert all(name.upper() in headers for name in names)
    assert headers.get(names[-1].lower()) == str(len(names) - 1)
    assert len(http._LOWER) <= http._LOWER_KEPT
