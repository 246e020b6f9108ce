"""MFA delete: with versioning's ``MFADelete`` enabled, permanently deleting a version and changing the
versioning state need ``x-amz-mfa`` (``<device serial> <code>``).

There is no MFA device registry here, so any well-formed serial and code pass; a missing header is
S3's 403 ``AccessDenied`` and a malformed one its 400 ``InvalidArgument``. Enabling or disabling MFA
delete needs the header too, as on AWS.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from overcast_common.errors import AccessDenied

from overcast_s3.errors import MALFORMED_XML, InvalidArgument, MalformedXML
from overcast_s3.store import S3Store

CONFIG = "mfa_delete"
"""The bucket config holding ``Enabled`` / ``Disabled``."""
MISSING = "Mfa Authentication must be used for this request"
MALFORMED = "Mfa header is invalid -- the header should be formatted as {serialNumber}(space){tokenCode}"


def check_header(mfa: str | None) -> None:
    if mfa is None or not mfa.strip():
        raise AccessDenied(MISSING)
    serial, _, code = mfa.strip().partition(" ")
    if not serial or not code.strip() or " " in code.strip():
        raise InvalidArgument(MALFORMED, ArgumentName="x-amz-mfa", ArgumentValue=mfa)


async def enabled(store: S3Store, bucket: str) -> bool:
    return bool(await store.get_config(bucket, CONFIG) == "Enabled")


async def check_versioning_change(
    store: S3Store, bucket: str, configuration: Mapping[str, Any], mfa: str | None
) -> None:
    """PutBucketVersioning: MFA when MFA delete is on, or when the request turns it on."""
    wanted = configuration.get("MFADelete")
    if wanted is not None and wanted not in ("Enabled", "Disabled"):
        raise MalformedXML(MALFORMED_XML)
    if wanted == "Enabled" or await enabled(store, bucket):
        check_header(mfa)


async def check_version_delete(store: S3Store, bucket: str, mfa: str | None) -> None:
    """DeleteObject(s) naming a version id: MFA when MFA delete is on."""
    if await enabled(store, bucket):
        check_header(mfa)
