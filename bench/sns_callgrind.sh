#!/usr/bin/env bash
# Instructions per SNS publish (fan-out to two SQS queues included) of the server process, counted by
# callgrind: repeatable on a shared, noisy machine where CPU time drifts by tens of percent.
#
#   [TREE=<another checkout>] bench/sns_callgrind.sh [REQUESTS] [extra bench/sns_cpu.py flags, e.g. --kafka]
#
# Runs bench/sns_cpu.py with one and with two measured rounds (same start-up, same warm-up round); the
# difference divided by REQUESTS is one round's instructions per publish. The client and the Tansu broker
# are child processes callgrind does not follow (``--kafka``: the broker's CPU is printed by sns_cpu.py).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
tree="${TREE:-$repo}"
if [ "$tree" != "$repo" ]; then # its packages shadow the editable ones (as bench/run.py does)
  export PYTHONPATH="$tree/src:$tree/libs/common$(for d in "$tree"/services/*/; do printf ':%s' "${d%/}"; done)"
fi
requests="${1:-1000}"
shift || true
out="$(mktemp -d /tmp/sns-callgrind.XXXXXX)"
keys="$out/keys"
.venv/bin/python -c "import sys; from pathlib import Path; from overcast_sns.signing import Signer; Signer.load_or_create(Path(sys.argv[1]))" "$keys"
run() { # name rounds
  # span batches, X-Ray's linger, CloudTrail's delivery follow wall time, which callgrind stretches: pinned
  SNS_BENCH_KEYS="$keys" PYTHONHASHSEED=0 OTEL_BSP_SCHEDULE_DELAY=3600000 valgrind --tool=callgrind \
    --callgrind-out-file="$out/$1.out" "$repo/.venv/bin/python" "$tree/bench/sns_cpu.py" --counting \
    --requests "$requests" --rounds "$2" "${@:3}" >"$out/$1.log" 2>&1
}
run one 1 "$@" &
run two 2 "$@" &
wait
total() { grep -m1 '^summary:' "$out/$1.out" | cut -d' ' -f2; }
echo "$(( ($(total two) - $(total one)) / requests )) instructions/publish (callgrind files and logs in $out)"
