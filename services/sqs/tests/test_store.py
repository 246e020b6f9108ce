"""The store contract suite (``store_contract.py``), run against every adapter in ``ADAPTERS``."""

from store_contract import *  # noqa: F403
