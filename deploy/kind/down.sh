#!/usr/bin/env bash
# `make kind-down`: delete the kind cluster (and with it every Overcast pod and volume).
set -euo pipefail
CLUSTER=${KIND_CLUSTER:-overcast}
command -v kind >/dev/null || { echo "kind-down needs kind on PATH (see docs/deploy.md)" >&2; exit 1; }
if kind get clusters | grep -qx "$CLUSTER"; then
  kind delete cluster --name "$CLUSTER"
else
  echo "no kind cluster named $CLUSTER"
fi
