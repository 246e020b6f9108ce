"""Cluster mode: ``python -m overcast_gateway``, configured only by ``OVERCAST_*`` variables.

Each service is reached at ``OVERCAST_SERVICE_ADDRESS_<NAME>``; a service without an address runs
in this process if its package is installed (in the gateway's image, none is).
"""

import sys

from overcast_common.config import Settings

from overcast_gateway.server import run

sys.exit(run(Settings.from_env()))
