"""The SigV4 canonical request, string to sign and signing key, computed from the request as received.

Everything here mirrors what signers (botocore's ``SigV4Auth`` and ``S3SigV4Auth``, the other SDKs)
compute on the client side, starting from the raw path and query the client sent.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Final
from urllib.parse import quote, unquote_to_bytes

ALGORITHM = "AWS4-HMAC-SHA256"
_sha256: Final = hashlib.sha256  # compiled, a static: no module attribute lookup per hash
EMPTY_SHA256 = _sha256(b"").hexdigest()
_UNRESERVED = "-_.~"
_ALREADY_CANONICAL = re.compile(r"[A-Za-z0-9\-_.~]*").fullmatch
_PLAIN_PATH = re.compile(r"[A-Za-z0-9\-_.~/]*").fullmatch


@lru_cache(maxsize=4096)
def signing_key(secret: str, date: str, region: str, service: str) -> bytes:
    """``kSigning`` for one (secret, day, region, service): four HMACs, cached because every
    request of a day reuses it."""
    k = hmac.digest(("AWS4" + secret).encode("utf-8"), date.encode("utf-8"), "sha256")
    k = hmac.digest(k, region.encode("utf-8"), "sha256")
    k = hmac.digest(k, service.encode("utf-8"), "sha256")
    return hmac.digest(k, b"aws4_request", "sha256")


_IPAD = bytes(x ^ 0x36 for x in range(256))
_OPAD = bytes(x ^ 0x5C for x in range(256))


@lru_cache(maxsize=4096)
def _pads(key: bytes) -> tuple[hashlib._Hash, hashlib._Hash]:
    """SHA-256 states that absorbed HMAC's inner and outer padded key (RFC 2104; a signing key is
    32 bytes, shorter than the block, so it is only zero-padded)."""
    block = key.ljust(64, b"\0") if len(key) <= 64 else hashlib.sha256(key).digest().ljust(64, b"\0")
    return hashlib.sha256(block.translate(_IPAD)), hashlib.sha256(block.translate(_OPAD))


@lru_cache(maxsize=4096)
def signing_pads(secret: str, date: str, region: str, service: str) -> tuple[hashlib._Hash, hashlib._Hash]:
    """``_pads`` of ``signing_key``: what ``sign_with`` needs, in one lookup."""
    return _pads(signing_key(secret, date, region, service))


def sign(key: bytes, string_to_sign: str) -> str:
    """HMAC-SHA256 of ``string_to_sign`` as lower-case hex."""
    return sign_with(_pads(key), string_to_sign)


def sign_with(pads: tuple[hashlib._Hash, hashlib._Hash], string_to_sign: str) -> str:
    # two copied SHA-256 states cost less than an OpenSSL HMAC context's copy, digest and free
    inner, outer = pads
    mac = inner.copy()
    mac.update(string_to_sign.encode("utf-8"))
    out = outer.copy()
    out.update(mac.digest())
    return out.hexdigest()


def payload_hash(body: bytes) -> str:
    """The hex SHA-256 of a body held in memory."""
    return _sha256(body).hexdigest() if body else EMPTY_SHA256


def string_to_sign(amz_date: str, scope: str, canonical_request: str) -> str:
    digest = _sha256(canonical_request.encode("utf-8")).hexdigest()
    return f"{ALGORITHM}\n{amz_date}\n{scope}\n{digest}"


def _remove_dot_segments(path: str) -> str:
    # RFC 3986 5.2.4, plus AWS's collapsing of repeated slashes (as botocore's normalize_url_path)
    out: list[str] = []
    for seg in path.split("/"):
        if not seg or seg == ".":
            continue
        if seg == "..":
            if out:
                out.pop()
        else:
            out.append(seg)
    first = "/" if path.startswith("/") else ""
    last = "/" if path.endswith("/") and out else ""
    return first + "/".join(out) + last


def canonical_uri(raw_path: str, *, s3: bool) -> str:
    """S3 signs the path exactly as sent; every other service signs it normalized and encoded again."""
    if not raw_path:
        return "/"
    if s3:
        return raw_path
    return _normalized_path(raw_path)


@lru_cache(maxsize=1024)  # a service's few paths (``/``, a queue's path...) come back on every request
def _normalized_path(path: str) -> str:
    if "//" in path or "/." in path:
        path = _remove_dot_segments(path) or "/"
    return path if _PLAIN_PATH(path) else quote(path, safe="/~")


def s3_alternative_uri(raw_path: str) -> str | None:
    """The spec's form (decode, then encode once) when a client sent a path encoded differently
    from how it signed it; None when that form is the raw path itself."""
    alt = quote(unquote_to_bytes(raw_path), safe="/~")
    return None if alt == raw_path else alt


def _encode_component(text: str) -> str:
    if _ALREADY_CANONICAL(text):
        return text
    # decode to bytes first: a %XX that is not UTF-8 must survive the round trip unchanged
    return quote(unquote_to_bytes(text) if "%" in text else text, safe=_UNRESERVED)


def canonical_query(raw_query: str, *, exclude_signature: bool = False) -> str:
    """Query pairs re-encoded per the spec (``%XX`` upper case, only unreserved characters left
    bare) and sorted by key, then value."""
    if not raw_query:
        return ""
    pairs: list[tuple[str, str]] = []
    for part in raw_query.split("&"):
        if not part:
            continue
        key, _, value = part.partition("=")
        if exclude_signature and key == "X-Amz-Signature":
            continue
        pairs.append((_encode_component(key), _encode_component(value)))
    pairs.sort()
    return "&".join(f"{k}={v}" for k, v in pairs)


def raw_sorted_query(raw_query: str, *, exclude_signature: bool = False) -> str:
    """The query pairs as sent, only sorted (what botocore signs for a URL it was handed)."""
    pairs = [tuple(p.partition("=")[::2]) for p in raw_query.split("&") if p]
    if exclude_signature:
        pairs = [p for p in pairs if p[0] != "X-Amz-Signature"]
    return "&".join(f"{k}={v}" for k, v in sorted(pairs))


def header_index(raw_headers: list[tuple[str, str]]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for name, value in raw_headers:
        index.setdefault(name.lower(), []).append(value)
    return index


def _trimmed(value: str) -> str:
    # isprintable() rules out every whitespace but " ", so the common case needs no split/join
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
        return value
    return " ".join(value.split())


_TRIMMED: Final[dict[str, str]] = {}
"""Header values seen before (host, content type, target...) → their trimmed form."""
_TRIMMED_MAX: Final = 4096


def canonical_headers(index: Mapping[str, list[str]], signed: Sequence[str]) -> str:
    """``name:value\\n`` for each signed header (repeats joined with commas, whitespace trimmed
    and runs of spaces collapsed); a signed header that is absent signs as empty."""
    if isinstance(index, dict) and isinstance(signed, tuple):
        return _canonical_headers(index, signed)
    return _canonical_headers(dict(index), tuple(signed))


def _canonical_headers(index: dict[str, list[str]], signed: tuple[str, ...]) -> str:
    # concrete types: compiled, the lookups and the loop are the dict's and tuple's own
    lines = []
    for name in signed:
        values = index.get(name)
        if values is None:
            lines.append(f"{name}:\n")
        elif len(values) == 1:
            value = values[0]
            trimmed = _TRIMMED.get(value)
            if trimmed is None:
                trimmed = _trimmed(value)
                if len(_TRIMMED) >= _TRIMMED_MAX:
                    _TRIMMED.clear()
                _TRIMMED[value] = trimmed
            lines.append(f"{name}:{trimmed}\n")
        else:
            lines.append(f"{name}:{','.join(_trimmed(v) for v in values)}\n")
    return "".join(lines)


def canonical_request(
    method: str, uri: str, query: str, headers: str, signed_headers: str, payload_hash: str
) -> str:
    return f"{method}\n{uri}\n{query}\n{headers}\n{signed_headers}\n{payload_hash}"
