"""Trace headers and ids: the examples of the AWS X-Ray and W3C documents, both ways."""

from __future__ import annotations

import time

import pytest
from overcast_common.telemetry.tracecontext import (
    format_amzn_trace_id,
    format_both,
    format_traceparent,
    hex16,
    hex32,
    new_trace_id,
    parse_amzn_trace_id,
    parse_traceparent,
    trace_id_to_xray,
    xray_to_trace_id,
)

# X-Ray developer guide: "1-58406520-a006649127e371903a2de979" (and the OTel/ADOT conversion of it)
DOC_PAIRS = [
    ("1-58406520-a006649127e371903a2de979", 0x58406520A006649127E371903A2DE979),
    ("1-5759e988-bd862e3fe1be46a994272793", 0x5759E988BD862E3FE1BE46A994272793),
    ("1-5f84c7a1-e7d1852db8c4fd35d88bf49a", 0x5F84C7A1E7D1852DB8C4FD35D88BF49A),
]


@pytest.mark.parametrize(("xray", "otel"), DOC_PAIRS)
def test_trace_ids_convert_both_ways(xray: str, otel: int) -> None:
    assert xray_to_trace_id(xray) == otel
    assert trace_id_to_xray(otel) == xray
    assert xray_to_trace_id(trace_id_to_xray(otel)) == otel


@pytest.mark.parametrize(
    "bad", ["", "1-5759e988", "2-5759e988-bd862e3fe1be46a994272793", "1-zz59e988-bd862e3fe1be46a994272793"]
)
def test_malformed_xray_ids_are_rejected(bad: str) -> None:
    assert xray_to_trace_id(bad) is None


def test_new_trace_ids_start_with_the_epoch_second() -> None:
    now = time.time()
    trace_id = new_trace_id(now)
    assert trace_id >> 96 == int(now)
    xray = trace_id_to_xray(trace_id)
    assert int(xray.split("-")[1], 16) == int(now)
    assert new_trace_id(now) != trace_id  # the other 96 bits are random


def test_parse_the_documented_header() -> None:
    header = parse_amzn_trace_id("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1")
    assert header.root == "1-5759e988-bd862e3fe1be46a994272793"
    assert header.trace_id == 0x5759E988BD862E3FE1BE46A994272793
    assert header.parent == "53995c3f42cd8ad8"
    assert header.span_id == 0x53995C3F42CD8AD8
    assert header.sampled is True
    assert header.extra == ()
    assert header.format() == "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"


def test_self_lineage_and_custom_fields_pass_through_in_order() -> None:
    # the ALB example (Self=, a custom field) and a Lambda recursion Lineage
    raw = (
        "Self=1-67891234-12456789abcdef012345678;Root=1-67891233-abcdef012345678912345678;"
        "CalledFrom=app;Sampled=0;Lineage=a87bd80c:1|68fd508a:5"
    )
    header = parse_amzn_trace_id(raw)
    assert header.root == "1-67891233-abcdef012345678912345678"
    assert header.parent is None and header.sampled is False
    assert header.extra == (
        ("Self", "1-67891234-12456789abcdef012345678"),
        ("CalledFrom", "app"),
        ("Lineage", "a87bd80c:1|68fd508a:5"),
    )
    assert header.format() == (
        "Root=1-67891233-abcdef012345678912345678;Sampled=0;Self=1-67891234-12456789abcdef012345678;"
        "CalledFrom=app;Lineage=a87bd80c:1|68fd508a:5"
    )


def test_undecided_and_malformed_fields() -> None:
    header = parse_amzn_trace_id("Root=1-bad;Parent=xyz;Sampled=?")
    assert header.root is None and header.parent is None and header.sampled is None
    assert parse_amzn_trace_id("Root=1-5759e988-bd862e3fe1be46a994272793").sampled is None


def test_format_amzn_trace_id() -> None:
    assert (
        format_amzn_trace_id(
            0x5759E988BD862E3FE1BE46A994272793, 0x53995C3F42CD8AD8, True, (("Lineage", "x:1"),)
        )
        == "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1;Lineage=x:1"
    )
    assert format_amzn_trace_id(1 << 100, None, None) == "Root=1-00000010-000000000000000000000000"


def test_traceparent_w3c_example() -> None:
    tp = parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
    assert tp is not None
    assert tp.trace_id == 0x4BF92F3577B34DA6A3CE929D0E0E4736
    assert tp.span_id == 0x00F067AA0BA902B7
    assert tp.sampled is True
    assert tp.format() == "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    assert format_traceparent(tp.trace_id, tp.span_id, False).endswith("-00")


@pytest.mark.parametrize(
    "bad",
    [
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",  # zero trace id
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",  # zero parent id
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",  # version ff
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",  # upper case
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",  # version 00 has no more fields
        "garbage",
    ],
)
def test_invalid_traceparents_are_ignored(bad: str) -> None:
    assert parse_traceparent(bad) is None


def test_future_traceparent_versions_are_read() -> None:
    tp = parse_traceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-03-more")
    assert tp is not None and tp.sampled


@pytest.mark.parametrize(
    "value", [0, 1, 0xABC, (1 << 64) - 1, 1 << 64, (0x5759E988 << 96) | 0xBD862E3FE1BE46A994272793,
              (1 << 128) - 1, 1 << 128, 1 << 140, -5],
)  # fmt: skip
def test_hex_helpers_write_what_format_writes(value: int) -> None:
    assert hex32(value) == f"{value:032x}"
    assert hex16(value) == f"{value:016x}"


@pytest.mark.parametrize("span_id", [0, 1, 0x53995C3F42CD8AD8, (1 << 64) - 1])
@pytest.mark.parametrize("sampled", [True, False])
def test_format_both_is_the_two_formatters(span_id: int, sampled: bool) -> None:
    trace_id = (0x5759E988 << 96) | 0xBD862E3FE1BE46A994272793
    extra = (("Self", "1-67891234-12456789abcdef012345678"), ("Lineage", "a:1"))
    for fields in ((), extra):
        assert format_both(trace_id, span_id, sampled, fields) == (
            format_amzn_trace_id(trace_id, span_id, sampled, fields),
            format_traceparent(trace_id, span_id, sampled),
        )
    assert format_amzn_trace_id(trace_id, span_id, sampled) == (
        "Root=1-5759e988-bd862e3fe1be46a994272793"
        + (f";Parent={span_id:016x}" if span_id else "")
        + (";Sampled=1" if sampled else ";Sampled=0")
    )
    assert format_traceparent(trace_id, span_id, sampled) == (
        f"00-5759e988bd862e3fe1be46a994272793-{span_id:016x}-{'01' if sampled else '00'}"
    )
