"""``python -m overcast_common.protocol.conformance OUT.md``: rewrite the protocol coverage report."""

from __future__ import annotations

import sys
from pathlib import Path

from .report import measure, render


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/protocol-coverage.md")
    out.write_text(render(measure()))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
