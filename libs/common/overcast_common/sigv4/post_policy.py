"""The signature of an S3 browser POST upload: the form's policy, signed with SigV4 (or SigV2).

A POST form carries no ``Authorization`` header: the signer's key signs the base64 ``policy`` field
itself (SigV4: ``hex(HMAC-SHA256(kSigning, policy))`` with ``x-amz-credential``'s scope; SigV2:
``base64(HMAC-SHA1(secret, policy))``). ``verify_post_policy`` checks that signature against the
key's secret, as ``authenticate`` does for headers; the policy's *conditions* are S3's business
(``overcast_s3.post_upload``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime

from overcast_common.identity import CredentialProvider, account_for_unknown_key, root_principal
from overcast_common.sigv4 import canonical as cn
from overcast_common.sigv4.auth_errors import AuthErrors, InvalidArgument
from overcast_common.sigv4.verifier import AuthResult, UnknownKeyPolicy

SERVICE = "s3"


def _missing(field: str) -> InvalidArgument:
    return InvalidArgument(
        f"Bucket POST must contain a field named '{field}'.  If it is specified, please check the order of "
        "the fields.",
        ArgumentName=field,
        ArgumentValue="",
    )


async def verify_post_policy(
    fields: Mapping[str, str],
    *,
    credentials: CredentialProvider,
    unknown_keys: UnknownKeyPolicy = "accept",
    default_account: str = "000000000000",
    default_region: str = "us-east-1",
    now: datetime | None = None,
) -> AuthResult:
    """Who signed the form's policy (``fields`` keyed by lower-cased names); anonymous when the form
    has no policy. Raises S3's error for a missing field, unknown key, bad token or wrong signature."""
    errors = AuthErrors(SERVICE)
    policy = fields.get("policy")
    if policy is None:
        return AuthResult(None, default_region, SERVICE, verified=False)
    if "x-amz-signature" in fields or "x-amz-credential" in fields or "x-amz-algorithm" in fields:
        for name in ("x-amz-algorithm", "x-amz-credential", "x-amz-date", "x-amz-signature"):
            if name not in fields:
                raise _missing(name)
        if fields["x-amz-algorithm"] != cn.ALGORITHM:
            raise InvalidArgument(
                "Only AWS4-HMAC-SHA256 is supported for x-amz-algorithm",
                ArgumentName="x-amz-algorithm",
                ArgumentValue=fields["x-amz-algorithm"],
            )
        pieces = fields["x-amz-credential"].split("/")
        if len(pieces) != 5 or pieces[4] != "aws4_request":
            raise InvalidArgument(
                "Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting "
                '"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".',
                ArgumentName="x-amz-credential",
                ArgumentValue=fields["x-amz-credential"],
            )
        access_key_id, date, region, service = pieces[:4]
        provided = fields["x-amz-signature"]
    elif "awsaccesskeyid" in fields or "signature" in fields:
        for name, shown in (("awsaccesskeyid", "AWSAccessKeyId"), ("signature", "Signature")):
            if name not in fields:
                raise _missing(shown)
        access_key_id, date, region, service = fields["awsaccesskeyid"], "", default_region, SERVICE
        provided = fields["signature"]
    else:
        raise _missing("AWSAccessKeyId")

    credential = await credentials.lookup(access_key_id)
    if credential is None:
        if unknown_keys != "accept":
            raise errors.unknown_key(access_key_id)
        principal = root_principal(account_for_unknown_key(access_key_id, default_account), access_key_id)
        return AuthResult(principal, region, service, verified=False)
    token = fields.get("x-amz-security-token")
    if token != credential.session_token and (token or credential.session_token):
        raise errors.bad_session_token()
    if credential.expires_at is not None and credential.expires_at <= (now or datetime.now(UTC)):
        raise errors.expired_session_token()
    secret = credential.secret_access_key
    if date:
        expected = hmac.new(
            cn.signing_key(secret, date, region, service), policy.encode(), hashlib.sha256
        ).hexdigest()
        matches = hmac.compare_digest(expected, provided.lower())
    else:
        digest = hmac.digest(secret.encode(), policy.encode(), "sha1")
        matches = hmac.compare_digest(base64.b64encode(digest).decode(), provided)
    if not matches:
        raise errors.signature_mismatch(
            access_key_id=access_key_id, string_to_sign=policy, signature=provided
        )
    principal = credential.principal
    if principal.access_key_id != access_key_id or principal.session_token != token:
        principal = replace(principal, access_key_id=access_key_id, session_token=token)
    return AuthResult(principal, region, service, verified=True)
