#!/bin/bash
# same-run SQS send throughput: tracing+auditing on (default) vs off, alternating
# needs the bench venv bench/run.py creates (/tmp/overcast-bench/venv); docs/performance.md § Tracing and auditing on vs off
cd "$(dirname "$0")/.."
PY=/tmp/overcast-bench/venv/bin/python
AB=${AWSBENCH:-../shared/bench/awsbench.py}
for round in 1 2; do
  for mode in on off; do
    D=$(mktemp -d /tmp/ovh-XXXX)
    if [ $mode = off ]; then export OTEL_SDK_DISABLED=true OVERCAST_AUDIT=off; else unset OTEL_SDK_DISABLED OVERCAST_AUDIT; fi
    export OVERCAST_SQS_STRICT_TIMING=0
    echo "== round $round mode $mode"
    $PY $AB --label "overcast-$mode" --endpoint http://127.0.0.1:5631 \
      --spawn "$PWD/.venv/bin/python -m overcast serve --host 127.0.0.1 --port 5631 --data-dir $D" \
      --server-cpus 0 --client-cpus 1 --scenarios sqs-send --duration 10 --warmup 1 --concurrency 16 --repeat 1 2>&1 | grep -E "sqs-send +ops"
    rm -rf $D
  done
done
