"""The ASCII fast path of the body check answers what the full character check answers."""

from __future__ import annotations

from overcast_sqs.provider import _valid_ascii, _valid_text


def test_ascii_fast_path_agrees_with_the_character_check_for_every_ascii_character() -> None:
    for code in range(128):
        text = f"ab{chr(code)}cd"
        assert _valid_ascii(text.encode()) == _valid_text(text), code
    assert not _valid_ascii(b"x" * 1000 + b"\x00")
    assert not _valid_ascii(b"\x1f")
    assert _valid_ascii(b'{\n  "Type" : "Notification",\r\n\t"x": 1\n}')
