"""Faster HPACK coders for the gateway's HTTP/2 server, drop-ins for ``hpack.Decoder`` and ``hpack.Encoder``.

``hpack`` is pure Python: it walks Huffman strings a nibble at a time, slices the rest of the block for
each literal and logs every field, so decoding a signed request's headers (each carries a new
``Authorization`` value) cost more than the whole HTTP/1.1 protocol layer. ``FastDecoder`` reads the block
in one loop and Huffman-decodes two bytes at a time through a table derived, entry by entry as met, from
hpack's own nibble state machine (so it accepts and refuses exactly what hpack does); the header table,
long integers and every error stay hpack's. ``FastEncoder`` writes responses without Huffman or dynamic
table (see its docstring).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from hpack import Decoder, Encoder
from hpack.exceptions import HPACKDecodingError, InvalidTableSizeError, OversizedHeaderListError
from hpack.hpack import decode_integer
from hpack.huffman_table import HUFFMAN_COMPLETE, HUFFMAN_EMIT_SYMBOL, HUFFMAN_FAIL, HUFFMAN_TABLE
from hpack.struct import HeaderTuple, NeverIndexedHeaderTuple
from hpack.table import HeaderTable

_FAIL = 256
"""The state after an invalid code; every byte keeps it there (checked once, at the end)."""
_CACHE_LIMIT = 1 << 17
"""Pair entries kept (~200 bytes each; the hex digits of SigV4 signatures meet ~70k, 14 MB, over some 20k
requests, then hit); the table starts over when full, so hostile input cannot grow it further."""
_LITTLE = sys.byteorder == "little"


class _ByteTable(dict[int, tuple[int, bytes, bool]]):
    """``state * 256 + byte`` → ``(next state, bytes emitted, whether the string may end there)``: two
    steps of hpack's nibble machine, filled as first met."""

    def __missing__(self, key: int) -> tuple[int, bytes, bool]:
        state, byte = divmod(key, 256)
        out = bytearray()
        flags = 0
        if state != _FAIL:
            for nibble in (byte >> 4, byte & 0x0F):
                state, flags, symbol = HUFFMAN_TABLE[state * 16 + nibble]
                if flags & HUFFMAN_FAIL:
                    break
                if flags & HUFFMAN_EMIT_SYMBOL:
                    out.append(symbol)
        failed = state == _FAIL or flags & HUFFMAN_FAIL
        entry = (_FAIL, b"", False) if failed else (state, bytes(out), bool(flags & HUFFMAN_COMPLETE))
        self[key] = entry
        return entry


_BYTES = _ByteTable()
_STATIC: tuple[tuple[bytes, bytes], ...] = ((b"", b""), *HeaderTable.STATIC_TABLE)
"""hpack's static table, 1-based (``HeaderTable.get_by_index`` is a Python call per field)."""
_STATIC_SIZE = HeaderTable.STATIC_TABLE_LENGTH
_PAIRS: dict[int, tuple[int, bytes, bool]] = {}
"""The same for two bytes at once: ``state * 65536 + word``, ``word`` two bytes read as a native ``uint16``
(``state`` kept multiplied by 65536); only the pairs met are kept, bounded. A plain dict: a subclass's
lookups take twice as long."""


def _learn_pair(key: int) -> tuple[int, bytes, bool]:
    state, word = divmod(key, 65536)
    first, second = (word & 0xFF, word >> 8) if _LITTLE else (word >> 8, word & 0xFF)
    state, head, _ = _BYTES[state * 256 + first]
    state, tail, complete = _BYTES[state * 256 + second]
    if len(_PAIRS) >= _CACHE_LIMIT:
        _PAIRS.clear()
    entry = _PAIRS[key] = (state * 65536, head + tail, complete)
    return entry


def decode_huffman(data: bytes) -> bytes:
    """What ``hpack.huffman_table.decode_huffman`` returns for ``data`` (and the same error)."""
    size = len(data)
    if not size:
        return b""
    pairs = _PAIRS
    state = 0
    complete = False
    out = bytearray()
    for word in memoryview(data)[: size & ~1].cast("H"):
        try:
            state, emitted, complete = pairs[state + word]
        except KeyError:
            state, emitted, complete = _learn_pair(state + word)
        out += emitted
    if size & 1:
        _, emitted, complete = _BYTES[(state >> 8) + data[-1]]
        out += emitted
    if not complete:  # an invalid code, or padding that is not a prefix of EOS
        raise HPACKDecodingError("Invalid Huffman string")
    return bytes(out)


def _string(data: bytes, i: int) -> tuple[bytes, int]:
    """The string literal at ``data[i]`` and the offset after it."""
    first = data[i]
    length = first & 0x7F
    if length == 0x7F:
        length, used = decode_integer(memoryview(data)[i:], 7)
        i += used
    else:
        i += 1
    end = i + length
    value = data[i:end]
    if len(value) != length:
        raise HPACKDecodingError("Truncated header block")
    if first & 0x80:
        value = decode_huffman(value)
    return value, end


class FastDecoder(Decoder):
    """``hpack.Decoder`` with a one-loop ``decode`` for ``raw=True`` (what h2 asks for)."""

    def decode(self, data: bytes, raw: bool = False) -> Iterable[HeaderTuple]:
        if not raw:
            return super().decode(data, raw)
        if not isinstance(data, bytes):
            data = bytes(data)
        table = self.header_table
        get = table.get_by_index
        new = tuple.__new__
        limit = self.max_header_list_size
        headers: list[HeaderTuple] = []
        inflated = 0
        size = len(data)
        i = 0
        try:
            while i < size:
                first = data[i]
                if first & 0x80:  # indexed field
                    index = first & 0x7F
                    if index == 0x7F:
                        index, used = decode_integer(memoryview(data)[i:], 7)
                        i += used
                    else:
                        i += 1
                    name, value = _STATIC[index] if 0 < index <= _STATIC_SIZE else get(index)
                    header = new(HeaderTuple, (name, value))
                elif first & 0x20 and not first & 0x40:  # dynamic table size update
                    if headers:
                        raise HPACKDecodingError("Table size update not at the start of the block")
                    new_size, used = decode_integer(memoryview(data)[i:], 5)
                    if new_size > self.max_allowed_table_size:
                        raise InvalidTableSizeError("Encoder exceeded max allowable table size")
                    self.header_table_size = new_size
                    i += used
                    continue
                else:  # literal field: incremental indexing, without indexing, or never indexed
                    indexing = first & 0x40
                    mask = 0x3F if indexing else 0x0F
                    index = first & mask
                    if index == mask:
                        index, used = decode_integer(memoryview(data)[i:], 6 if indexing else 4)
                        i += used
                    else:
                        i += 1
                    if index:
                        name = (_STATIC[index] if index <= _STATIC_SIZE else get(index))[0]
                    else:
                        name, i = _string(data, i)
                    value, i = _string(data, i)
                    if indexing:
                        header = new(HeaderTuple, (name, value))
                        table.add(name, value)
                    elif first & 0x10:
                        header = new(NeverIndexedHeaderTuple, (name, value))
                    else:
                        header = new(HeaderTuple, (name, value))
                headers.append(header)
                inflated += 32 + len(name) + len(value)
                if inflated > limit:
                    raise OversizedHeaderListError(f"A header list larger than {limit} has been received")
        except IndexError as error:
            raise HPACKDecodingError("Truncated header block") from error
        self._assert_valid_table_size()
        return headers


_STATIC_NAMES: dict[bytes, int] = {}
for _index, (_name, _) in enumerate(HeaderTable.STATIC_TABLE, 1):
    _STATIC_NAMES.setdefault(_name, _index)
_STATUS = {
    value: 0x80 | index
    for index, (name, value) in enumerate(HeaderTable.STATIC_TABLE, 1)
    if name == b":status"
}


def _length(n: int) -> bytes:
    """A string's length as HPACK writes it (7-bit prefix, H bit clear: no Huffman)."""
    return bytes((n,)) if n < 0x7F else b"\x7f" + _varint(n - 0x7F)


def _varint(n: int) -> bytes:
    """An HPACK integer's continuation bytes (RFC 7541 §5.1)."""
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


class _NameTable(dict[bytes, bytes]):
    """Field name → how a literal field *without indexing* starts with it: the static table's index
    (4-bit prefix), else the name as a literal. Bounded: the table starts over when full."""

    def __missing__(self, name: bytes) -> bytes:
        index = _STATIC_NAMES.get(name)
        if index is None:
            encoded = b"\x00" + _length(len(name)) + name
        elif index < 0x0F:
            encoded = bytes((index,))
        else:
            encoded = b"\x0f" + _varint(index - 0x0F)
        if len(self) >= 1024:
            self.clear()
        self[name] = encoded
        return encoded


_NAMES = _NameTable()


class FastEncoder(Encoder):
    """``hpack.Encoder`` for responses: every field a literal *without indexing* (its name from the static
    table where it is there), ``:status`` indexed where the static table has it, no Huffman. The dynamic
    table stays empty, so there is no search and nothing to add; responses carry a new request id and
    date each time anyway. Valid HPACK for any decoder (RFC 7541 §6.2.2), a few bytes larger."""

    def encode(self, headers: Iterable[tuple[bytes, bytes]], huffman: bool = False) -> bytes:  # type: ignore[override]
        names = _NAMES
        out = bytearray()
        table = self.header_table
        if table.resized:  # the peer changed SETTINGS_HEADER_TABLE_SIZE: acknowledge it first
            out += self._encode_table_size_change()
            table.resized = False
        for name, value in headers:
            if name == b":status":
                indexed = _STATUS.get(value)
                if indexed is not None:
                    out.append(indexed)
                    continue
            out += names[name]
            size = len(value)
            if size < 0x7F:
                out.append(size)
            else:
                out += _length(size)
            out += value
        return bytes(out)
