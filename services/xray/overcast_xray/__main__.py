"""Cluster mode: ``python -m overcast_xray`` serves X-Ray in its own process.

gRPC dispatch, gRPC health and the control API on ``OVERCAST_HOST:OVERCAST_PORT``; readiness, liveness
and Prometheus metrics over HTTP on ``OVERCAST_HEALTH_PORT`` (see ``overcast_common.servicehost``); the
OTLP receiver and the daemon port as ``embedded.start`` opens them (``OVERCAST_XRAY_*_PORT``).
"""

import sys

from overcast_common.servicehost import main

from overcast_xray.embedded import SERVICE

if __name__ == "__main__":
    sys.exit(main(SERVICE))
