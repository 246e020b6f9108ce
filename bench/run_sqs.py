"""``bench/run.py`` with the SQS scenarios (sqs-send, sqs-roundtrip) as its default: ``make bench``.

python3 bench/run_sqs.py                      # all three servers, 10 s x 3 runs per scenario
python3 bench/run_sqs.py --servers overcast --scenarios sqs-send,s3-put-4k   # any awsbench scenario
"""

from __future__ import annotations

import sys

from run import REPO, ensure_venv, find_awsbench, main

__all__ = ["REPO", "ensure_venv", "find_awsbench", "main"]

if __name__ == "__main__":
    sys.exit(main(("sqs-send", "sqs-roundtrip")))
