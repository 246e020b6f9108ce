#!/usr/bin/env bash
# Instructions per SQS SendMessage for each tracing/auditing mode, counted by callgrind: repeatable on a
# shared, loaded machine where CPU time drifts by tens of percent (docs/performance.md).
#
#   bench/tracing_callgrind.sh [REQUESTS] [extra bench/tracing_overhead.py flags, e.g. --trace-header 1]
#
# Each mode runs twice, with 1 request and with REQUESTS: (total - its 1-request total) / (REQUESTS - 1) is
# that mode's per-request count. A start-up run per mode, not one shared: turning tracing on imports and
# builds the SDK's objects once, which is no per-request cost. Two runs at a time; each takes a few minutes
# (callgrind runs Python ~50x slower). ``--via http`` sends raw bytes through the gateway's own HTTP server
# (what ``overcast serve`` runs) instead of ASGI messages. The tree is byte-compiled first: a run that
# compiles a changed file would count that too.
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-2000}"
shift || true
out="$(mktemp -d /tmp/tracing-callgrind.XXXXXX)"
.venv/bin/python -m compileall -q libs services bench >/dev/null || true
run() { # name requests
  # batches and X-Ray's ingest linger follow wall time, which callgrind stretches: fixed, the count repeats
  PYTHONHASHSEED=0 OTEL_BSP_SCHEDULE_DELAY=3600000 valgrind --tool=callgrind --callgrind-out-file="$out/$1.out" \
    .venv/bin/python bench/tracing_overhead.py --only "$3" --requests "$2" --rounds 1 --xray-linger 3600 "${@:4}" \
    >"$out/$1.log" 2>&1
}
for mode in "both off" "tracing off" "audit off" "all on"; do
  name="${mode// /-}"
  run "$name-startup" 1 "$mode" "$@" &
  run "$name" "$requests" "$mode" "$@" &
  wait
done
total() { grep -m1 '^summary:' "$out/$1.out" | cut -d' ' -f2; }
per() { echo $(( ($(total "$1") - $(total "$1-startup")) / (requests - 1) )); }
off=$(per both-off)
for name in both-off tracing-off audit-off all-on; do
  n=$(per "$name")
  echo "$name: $n instructions/request ($(( (n - off) * 1000 / off )) per mille vs both off)"
done
echo "(callgrind files in $out)"
