#!/usr/bin/env bash
# Instructions per SQS SendMessage in the gateway's protocol layer alone (no pipeline, a fixed 200 answer),
# HTTP/1.1 (httpserver.HttpProtocol) vs HTTP/2 (http2.Http2Connection and the h2/hpack work it drives),
# counted by callgrind (deterministic on a noisy shared box).
#
#   bench/http2_callgrind.sh [REQUESTS] [h1|h2]      (default 1000, both sides)
#
# Each side runs with 1 request and with REQUESTS: (total - 1-request total) / (REQUESTS - 1). The HTTP/2
# requests are pre-encoded by a raw h2 client (bench/h2/h2gen.py), each with a new body, so each carries a
# new Authorization value as from a real SDK. Two valgrind runs at a time.
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-1000}"
sides="${2:-h1 h2}"
out="$(mktemp -d /tmp/http2-callgrind.XXXXXX)"
.venv/bin/python -m compileall -q libs services bench >/dev/null || true
.venv/bin/python bench/h2/h2gen.py "$requests" "$out/frames.pickle" >/dev/null
run() { # name script requests
  PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file="$out/$1.out" \
    .venv/bin/python "bench/h2/$2" "$3" "$out/frames.pickle" >"$out/$1.log" 2>&1
}
for side in $sides; do
  run "$side-startup" "${side}only.py" 1 &
  run "$side" "${side}only.py" "$requests" &
  wait
done
total() { grep -m1 '^summary:' "$out/$1.out" | cut -d' ' -f2; }
per() { echo $(( ($(total "$1") - $(total "$1-startup")) / (requests - 1) )); }
for side in $sides; do
  case $side in
    h1) echo "HTTP/1.1 HttpProtocol: $(per h1) instructions/request" ;;
    h2) echo "HTTP/2 Http2Connection: $(per h2) instructions/request" ;;
  esac
done
echo "(callgrind files in $out)"
