"""One codec for every AWS wire protocol, driven only by botocore's service models.

The four entry points and their owners (each lives in its own module):

- ``router.detect_service(request) -> str | None`` and
  ``router.detect_operation(service, request) -> RouteMatch``: which service, operation and
  protocol a request is, and the REST URI labels it carries (``router.caller_protocol`` names the
  protocol to answer in when no operation matches).
- ``parsers.parse_request(operation, protocol, request, uri_params) -> dict``: the operation's input
  as botocore's own parsed form (member names as in the model; ``bytes`` for blobs, tz-aware
  ``datetime`` for timestamps, ``int``/``float``/``bool``/``str``, lists and dicts; absent members
  omitted; a streaming blob payload is passed through as the request's ``BodyStream``).
- ``serializers.serialize_response(operation, protocol, result, request_id) -> HttpResponse`` and
  ``serializers.serialize_error(service_model, operation, protocol, error, request_id)``: the same
  value form back onto the wire, exactly as botocore's response parsers expect it.

``models.service_model(name)`` loads (and caches) a botocore service model.
"""
