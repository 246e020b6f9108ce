# first: installs the import hook that serves the compiled modules (overcast_common.compiled)
import overcast_common  # noqa: F401
