# Overcast: `make run` starts it, `make test` proves it. Both install what they need the first time.
SHELL := /bin/bash
HOST ?= 127.0.0.1
PORT ?= 4566
DATA_DIR ?= ./.overcast
PYTEST_ARGS ?=

export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/.venv
UV_VERSION := 0.13.9
UV := $(CURDIR)/.tools/bin/uv
PY := $(CURDIR)/.venv/bin/python
STAMP := .venv/.overcast-installed
PROTO_OUT := libs/common/overcast_common/_generated

.PHONY: run test install compiled system-deps lint typecheck e2e e2e-cluster bench proto codegen clean protocol-coverage

run: install
	$(PY) -m overcast serve --host $(HOST) --port $(PORT) --data-dir $(DATA_DIR)

test: install system-deps lint typecheck
	$(PY) -m pytest -q -n 2 $(PYTEST_ARGS)
	OVERCAST_E2E_TARGET=cluster $(PY) -m pytest -q -n 2 tests/e2e $(PYTEST_ARGS)

# the same e2e suite against `overcast cluster` (every service its own process, on Redis and PostgreSQL)
e2e-cluster: install system-deps
	OVERCAST_E2E_TARGET=cluster $(PY) -m pytest -q -n 2 tests/e2e $(PYTEST_ARGS)

# real servers the tests start on free ports, the browser of the CORS test and AWS CLI v2 (Debian
# packages; CLI v1 comes from PyPI); tests fail loudly without them
SYSTEM_PACKAGES := redis-server postgresql chromium awscli
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

install: $(STAMP) compiled

# the request path's hot modules compiled with mypyc into .build/mypyc/ (overcast_common/compiled.py):
# a no-op while the build matches its sources, else a rebuild (a few minutes); a failed build fails here.
# OVERCAST_COMPILED=0 skips it (and makes every process run interpreted)
compiled: $(STAMP)
ifneq ($(OVERCAST_COMPILED),0)
	$(PY) -m overcast_common.compiled_build
endif

$(UV):
	python3 -m venv .tools
	.tools/bin/pip install -q --disable-pip-version-check uv==$(UV_VERSION)

$(STAMP): $(UV) pyproject.toml uv.lock libs/common/pyproject.toml $(wildcard services/*/pyproject.toml) $(shell find proto -name '*.proto')
	$(UV) sync --frozen --python python3
	$(MAKE) --no-print-directory proto
	touch $(STAMP)

# internal contracts: generated at build time from proto/, never committed
proto: $(UV)
	rm -rf $(PROTO_OUT) && mkdir -p $(PROTO_OUT)
	$(PY) -m grpc_tools.protoc -Iproto --python_out=$(PROTO_OUT) --grpc_python_out=$(PROTO_OUT) \
		--pyi_out=$(PROTO_OUT) $$(find proto -name '*.proto')
	$(PY) -m overcast_common.protobuild $(PROTO_OUT)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: install
	$(PY) -m mypy

e2e: install
	$(PY) -m pytest -q tests/e2e $(PYTEST_ARGS)

# SQS throughput vs ministack and moto_server, server on core 0, load on core 1 (docs/performance.md)
bench: install
	$(PY) bench/run_sqs.py $(BENCH_ARGS)

# typed API stubs and error classes from botocore's models (committed; a test catches drift)
codegen: install
	$(PY) -m overcast_common.codegen

protocol-coverage: install
	$(PY) -m overcast_common.protocol.conformance docs/protocol-coverage.md

clean:
	rm -rf .venv .tools $(PROTO_OUT) .build
include deploy/deploy.mk
