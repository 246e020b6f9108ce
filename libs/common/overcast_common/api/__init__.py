"""Typed per-service APIs generated from botocore's models: one module per service.

Every module except this one is written by ``python -m overcast_common.codegen`` and checked by a
drift test; never edit them by hand. See ``overcast_common.codegen`` for what they contain and
``overcast_common.service`` for how a provider built on them is called.
"""
