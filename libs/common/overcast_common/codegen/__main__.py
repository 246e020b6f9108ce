"""``python -m overcast_common.codegen [--out DIR] [service ...]``"""

from __future__ import annotations

import argparse
from pathlib import Path

from overcast_common.codegen.generator import SERVICES, generate_module, module_name

API_DIR = Path(__file__).resolve().parent.parent / "api"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m overcast_common.codegen", description=__doc__)
    parser.add_argument("services", nargs="*", help=f"botocore service names (default: {' '.join(SERVICES)})")
    parser.add_argument("--out", type=Path, default=API_DIR, help="output directory (default: %(default)s)")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for service in args.services or SERVICES:
        path = out / f"{module_name(service)}.py"
        path.write_text(generate_module(service), encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
