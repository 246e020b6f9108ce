"""Errors of the background features (notifications, lifecycle, replication, object lock, restore)
that neither the botocore model nor ``overcast_s3.errors`` declares, with AWS's codes and statuses."""

from __future__ import annotations

from overcast_s3.errors import S3Error


class NoSuchLifecycleConfiguration(S3Error):
    code = "NoSuchLifecycleConfiguration"
    status_code = 404


class ReplicationConfigurationNotFoundError(S3Error):
    code = "ReplicationConfigurationNotFoundError"
    status_code = 404


class ObjectLockConfigurationNotFoundError(S3Error):
    code = "ObjectLockConfigurationNotFoundError"
    status_code = 404


class NoSuchObjectLockConfiguration(S3Error):
    code = "NoSuchObjectLockConfiguration"
    status_code = 404


class InvalidBucketState(S3Error):
    code = "InvalidBucketState"
    status_code = 409


class RestoreAlreadyInProgress(S3Error):
    code = "RestoreAlreadyInProgress"
    status_code = 409


class InvalidObjectStateError(S3Error):
    """``InvalidObjectState`` (403): a GET of an archived object that is not restored."""

    code = "InvalidObjectState"
    status_code = 403


class AccessDeniedLocked(S3Error):
    """``AccessDenied`` (403) for a delete or retention change that object lock forbids."""

    code = "AccessDenied"
    status_code = 403
