"""Overcast's shared library. Importing it first serves the mypyc-compiled hot modules when this
checkout's build matches its sources (``overcast_common.compiled``)."""

from overcast_common.compiled import activate as _activate

_activate()
