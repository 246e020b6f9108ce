# Container images, kind, and the chart checks. The Makefile includes this file; it uses the
# Makefile's PY, PYTEST_ARGS and install target. docs/deploy.md walks through all of it.

IMAGE_PREFIX ?= overcast
IMAGE_TAG ?= dev
DOCKER ?= docker
# every services/<name>/Dockerfile is one image, overcast/<name> (the gateway included)
IMAGE_COMPONENTS := $(sort $(patsubst services/%/Dockerfile,%,$(wildcard services/*/Dockerfile)))

.PHONY: images image-base kind-up kind-down helm-check

image-base:
	@command -v $(DOCKER) >/dev/null || { echo "make images needs Docker (see docs/deploy.md)" >&2; exit 1; }
	$(DOCKER) build -f deploy/docker/Dockerfile.base --target build -t $(IMAGE_PREFIX)/base-build:$(IMAGE_TAG) .
	$(DOCKER) build -f deploy/docker/Dockerfile.base --target runtime -t $(IMAGE_PREFIX)/base-runtime:$(IMAGE_TAG) .

images: image-base
	@set -e; for c in $(IMAGE_COMPONENTS); do \
		echo "--- $(IMAGE_PREFIX)/$$c:$(IMAGE_TAG)"; \
		$(DOCKER) build -f services/$$c/Dockerfile --build-arg BASE=$(IMAGE_PREFIX)/base \
			--build-arg TAG=$(IMAGE_TAG) -t $(IMAGE_PREFIX)/$$c:$(IMAGE_TAG) services/$$c; \
	done

kind-up: images
	IMAGE_PREFIX=$(IMAGE_PREFIX) IMAGE_TAG=$(IMAGE_TAG) deploy/kind/up.sh $(IMAGE_COMPONENTS)

kind-down:
	deploy/kind/down.sh

# render, lint and schema-validate the chart (also part of `make test`)
helm-check: install
	$(PY) -m pytest -q tests/deploy $(PYTEST_ARGS)
