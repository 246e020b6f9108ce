#!/usr/bin/env bash
# `make kind-up`: a kind cluster running Overcast, checked end to end by `helm test`.
# `make images` has built the images already; the arguments are the components to load.
# Needs docker, kind, kubectl and helm on PATH (docs/deploy.md). Safe to run again: it upgrades.
set -euo pipefail
cd "$(dirname "$0")/../.."

CLUSTER=${KIND_CLUSTER:-overcast}
RELEASE=${RELEASE:-overcast}
NAMESPACE=${NAMESPACE:-overcast}
IMAGE_PREFIX=${IMAGE_PREFIX:-overcast}
IMAGE_TAG=${IMAGE_TAG:-dev}

for tool in docker kind kubectl helm; do
  command -v "$tool" >/dev/null || { echo "kind-up needs $tool on PATH (see docs/deploy.md)" >&2; exit 1; }
done
[ "$#" -gt 0 ] || { echo "usage: $0 COMPONENT... (make kind-up passes every image)" >&2; exit 2; }

if ! kind get clusters | grep -qx "$CLUSTER"; then
  kind create cluster --name "$CLUSTER" --config deploy/kind/cluster.yaml --wait 120s
fi
kubectl config use-context "kind-$CLUSTER" >/dev/null

for component in "$@"; do
  kind load docker-image --name "$CLUSTER" "$IMAGE_PREFIX/$component:$IMAGE_TAG"
done

# --wait: every Deployment and StatefulSet ready (Kafka's first start takes the longest)
helm upgrade --install "$RELEASE" deploy/helm/overcast \
  --namespace "$NAMESPACE" --create-namespace \
  --values deploy/kind/values.yaml \
  --set image.repository="$IMAGE_PREFIX" --set image.tag="$IMAGE_TAG" \
  --wait --timeout 10m

helm test "$RELEASE" --namespace "$NAMESPACE" --logs --timeout 5m

echo
echo "Overcast is up: AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test aws --endpoint-url http://localhost:4566 sts get-caller-identity"
