"""The committed ``overcast_common.api`` modules are exactly what the generator writes today."""

from __future__ import annotations

from pathlib import Path

import overcast_common.api
from overcast_common.codegen import SERVICES, module_name
from overcast_common.codegen.__main__ import main

API_DIR = Path(overcast_common.api.__file__).parent


def test_regenerating_gives_byte_identical_modules(tmp_path: Path) -> None:
    main(["--out", str(tmp_path)])
    generated = sorted(p.name for p in tmp_path.glob("*.py"))
    assert generated == sorted(f"{module_name(s)}.py" for s in SERVICES)
    stale = [
        name
        for name in generated
        if not (API_DIR / name).exists() or (API_DIR / name).read_bytes() != (tmp_path / name).read_bytes()
    ]
    assert not stale, f"regenerate with `python -m overcast_common.codegen`: {stale} differ"


def test_no_module_outside_the_generator() -> None:
    committed = {p.name for p in API_DIR.glob("*.py")} - {"__init__.py"}
    assert committed == {f"{module_name(s)}.py" for s in SERVICES}


def test_header_says_generated_and_how_to_regenerate() -> None:
    head = (API_DIR / "sqs.py").read_text().splitlines()[:2]
    assert head[0].startswith("# Generated from botocore ")
    assert "python -m overcast_common.codegen sqs" in head[1]
