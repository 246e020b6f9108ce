from __future__ import annotations

import base64
import hashlib
import zlib

import pytest
from overcast_common.sigv4 import checksums

CHECK = b"123456789"  # the standard CRC check input


def test_crc_check_values() -> None:
    assert checksums.crc32c(CHECK) == 0xE3069283
    assert checksums.crc64nvme(CHECK) == 0xAE8B14860A799888
    assert checksums.crc32c(b"") == 0 and checksums.crc64nvme(b"") == 0


def test_aws_documented_crc32c_of_the_streaming_example() -> None:
    # sigv4-streaming-trailers: 66560 bytes of 'a' carry x-amz-checksum-crc32c:sOO8/Q==
    assert checksums.checksum_b64("crc32c", b"a" * 66560) == "sOO8/Q=="


@pytest.mark.parametrize("algo", checksums.ALGORITHMS)
def test_incremental_equals_one_shot(algo: str) -> None:
    data = bytes(range(256)) * 40
    c = checksums.new_checksum(algo)
    for i in range(0, len(data), 777):
        c.update(memoryview(data)[i : i + 777])
    assert checksums.b64(c.digest()) == checksums.checksum_b64(algo, data)
    assert len(c.digest()) == checksums.DIGEST_SIZES[algo]


def test_values_match_the_standard_libraries() -> None:
    data = b"hello world" * 100
    assert (
        checksums.checksum_b64("crc32", data)
        == base64.b64encode(zlib.crc32(data).to_bytes(4, "big")).decode()
    )
    assert checksums.checksum_b64("SHA256", data) == base64.b64encode(hashlib.sha256(data).digest()).decode()
    assert checksums.checksum_b64("sha1", data) == base64.b64encode(hashlib.sha1(data).digest()).decode()


def test_crc_continuation() -> None:
    assert checksums.crc32c(b"6789", checksums.crc32c(b"12345")) == 0xE3069283
    assert checksums.crc64nvme(b"89", checksums.crc64nvme(b"1234567")) == 0xAE8B14860A799888


def test_validation_helpers() -> None:
    assert checksums.is_valid_b64("crc32", "sOO8/Q==")
    assert not checksums.is_valid_b64("crc64nvme", "sOO8/Q==")
    assert not checksums.is_valid_b64("crc32", "not base64!")
    assert checksums.algorithm_of_header("X-Amz-Checksum-CRC64NVME") == "crc64nvme"
    assert checksums.algorithm_of_header("x-amz-checksum-md5") is None
    with pytest.raises(ValueError):
        checksums.new_checksum("md5")
