"""Generates ``overcast_common.api.<service>`` from botocore's service models.

Run ``python -m overcast_common.codegen [service ...]`` (no argument: every service in ``SERVICES``)
to rewrite the committed modules; ``--out DIR`` writes elsewhere (the drift test does that and
compares). Each module holds, for one service:

- a type alias per scalar shape (enums are ``str`` aliases; ``<Enum>Values`` holds their constants),
- a ``TypedDict`` per structure (members as named in the model, ``NotRequired`` unless required),
  ``list``/``dict`` aliases for lists and maps,
- an exception class per modeled error (``code``, ``query_code``, ``status_code``, ``sender_fault``,
  typed keyword arguments for the modeled fields),
- ``<Service>Api``: one ``async`` method per operation with typed keyword arguments, and the
  operation table ``overcast_common.service.ServiceHandler`` dispatches with.
"""

from overcast_common.codegen.generator import SERVICES, generate_module, module_name

__all__ = ["SERVICES", "generate_module", "module_name"]
