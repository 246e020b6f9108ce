"""Cluster mode: ``python -m overcast_sns`` serves Sns in its own process.

gRPC dispatch, gRPC health and the control API on ``OVERCAST_HOST:OVERCAST_PORT``; readiness, liveness
and Prometheus metrics over HTTP on ``OVERCAST_HEALTH_PORT`` (see ``overcast_common.servicehost``).
"""

import sys

from overcast_common.servicehost import main

from overcast_sns.embedded import SERVICE

if __name__ == "__main__":
    sys.exit(main(SERVICE))
