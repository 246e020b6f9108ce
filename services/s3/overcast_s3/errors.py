"""S3 errors the botocore model does not declare (it names only a handful), with AWS's codes and statuses.

Extra keyword arguments become elements of the ``<Error>`` document (``BucketName``, ``Key``...).
"""

from __future__ import annotations

from overcast_common.errors import ServiceError


class S3Error(ServiceError):
    status_code = 400
    sender_fault = True


class InvalidBucketName(S3Error):
    code = "InvalidBucketName"


class BucketNotEmpty(S3Error):
    code = "BucketNotEmpty"
    status_code = 409


class IllegalLocationConstraintException(S3Error):
    code = "IllegalLocationConstraintException"


class InvalidLocationConstraint(S3Error):
    code = "InvalidLocationConstraint"


class InvalidArgument(S3Error):
    code = "InvalidArgument"


class InvalidRequest(S3Error):
    code = "InvalidRequest"


class InvalidRange(S3Error):
    code = "InvalidRange"
    status_code = 416


class PreconditionFailed(S3Error):
    code = "PreconditionFailed"
    status_code = 412


class NotModified(S3Error):
    code = "NotModified"
    status_code = 304


class MethodNotAllowed(S3Error):
    code = "MethodNotAllowed"
    status_code = 405


class NoSuchVersion(S3Error):
    code = "NoSuchVersion"
    status_code = 404


class NoSuchTagSet(S3Error):
    code = "NoSuchTagSet"
    status_code = 404


class NoSuchBucketPolicy(S3Error):
    code = "NoSuchBucketPolicy"
    status_code = 404


class InvalidTag(S3Error):
    code = "InvalidTag"


class MalformedXML(S3Error):
    code = "MalformedXML"


class MalformedPolicy(S3Error):
    code = "MalformedPolicy"


class BadDigest(S3Error):
    code = "BadDigest"


class InvalidDigest(S3Error):
    code = "InvalidDigest"


class EntityTooSmall(S3Error):
    code = "EntityTooSmall"


class EntityTooLarge(S3Error):
    code = "EntityTooLarge"


class InvalidPart(S3Error):
    code = "InvalidPart"


class InvalidPartOrder(S3Error):
    code = "InvalidPartOrder"


class ConditionalRequestConflict(S3Error):
    code = "ConditionalRequestConflict"
    status_code = 409


class NotImplementedHere(S3Error):
    code = "NotImplemented"
    status_code = 501


MALFORMED_XML = "The XML you provided was not well-formed or did not validate against our published schema"
