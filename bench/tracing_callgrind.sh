#!/usr/bin/env bash
# Instructions per SQS SendMessage for each tracing/auditing mode, counted by callgrind: repeatable on a
# shared, loaded machine where CPU time drifts by tens of percent (docs/performance.md).
#
#   bench/tracing_callgrind.sh [REQUESTS] [extra bench/tracing_overhead.py flags, e.g. --trace-header 1]
#
# Every mode starts the same server (same start-up instructions) and then sends REQUESTS messages; the
# "both off" mode also runs with 0 requests, so (total - start-up) / REQUESTS is each mode's per-request
# count. Two runs at a time; each takes a few minutes (callgrind runs Python ~50x slower).
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-2000}"
shift || true
out="$(mktemp -d /tmp/tracing-callgrind.XXXXXX)"
run() { # name requests
  PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file="$out/$1.out" \
    .venv/bin/python bench/tracing_overhead.py --only "$3" --requests "$2" --rounds 1 "${@:4}" \
    >"$out/$1.log" 2>&1
}
run startup 1 "both off" "$@" &
run both-off "$requests" "both off" "$@" &
wait
run tracing-off "$requests" "tracing off" "$@" &
run audit-off "$requests" "audit off" "$@" &
wait
run all-on "$requests" "all on" "$@"
total() { grep -m1 '^summary:' "$out/$1.out" | cut -d' ' -f2; }
base=$(total startup)
off=$(( ($(total both-off) - base) / requests ))
for name in both-off tracing-off audit-off all-on; do
  per=$(( ($(total "$name") - base) / requests ))
  echo "$name: $per instructions/request ($(( (per - off) * 1000 / off )) per mille vs both off)"
done
echo "(callgrind files in $out)"
