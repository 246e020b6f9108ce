"""Who may do what to a bucket and its objects, and how objects are encrypted: ``AccessMixin``.

``S3Provider`` takes this mixin as a base. It brings

- the operations: bucket and object ACLs, ownership controls, public access block, policy status,
  ``PutBucketPolicy`` (validated, Block Public Policy), default encryption, request payment,
  transfer acceleration (logging comes from ``access_log.LoggingMixin``);
- the hooks the provider's object paths call: ``_new_bucket_access`` / ``_init_bucket_access``
  (CreateBucket: S3's defaults since April 2023 — Block Public Access on, ACLs disabled),
  ``_protect_write`` (a write's ACL and encryption, and the blob store its bytes go through: SSE-C
  encrypts), ``_read_blobs`` / ``_part_blobs`` (the key check of SSE-C reads and parts);
- ``authorize_anonymous``: an unsigned request runs only if the bucket policy allows it for ``"*"``
  (explicit deny wins; Restrict Public Buckets honoured) or, ACLs enabled and not ignored, a grant to
  AllUsers does. Signed callers are the authorizer's business (``AllowRoot`` until IAM lands);
- ``iam_action`` / ``resource_arns`` as S3's authorization reference names them (``ListObjectsV2`` is
  ``s3:ListBucket`` on the bucket ARN), so IAM's evaluation can use them as they are.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from overcast_common.context import RequestContext
from overcast_common.dispatch.interface import Handler
from overcast_common.errors import AccessDenied

from overcast_s3 import acl, encryption, policy
from overcast_s3.access_log import LoggingMixin
from overcast_s3.blobs import BlobStore
from overcast_s3.errors import MALFORMED_XML, InvalidRequest, MalformedXML, NoSuchBucketPolicy, S3Error
from overcast_s3.sse_c import SseCBlobs, check_part, check_read, customer_key
from overcast_s3.store import Bucket, ObjectVersion, S3Store, Upload

OWNERSHIPS = ("BucketOwnerPreferred", "ObjectWriter", "BucketOwnerEnforced")
PAB_FIELDS = ("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets")
NEW_BUCKET_PAB = dict.fromkeys(PAB_FIELDS, True)
ACCESS_DENIED = "Access Denied"
ENCRYPTION_CACHE_SECONDS = 2.0

# operation → (IAM action, whether its resource is the object rather than the bucket)
_ACTIONS: dict[str, tuple[str, bool]] = {
    "HeadObject": ("GetObject", True),
    "SelectObjectContent": ("GetObject", True),
    "GetObjectAttributes": ("GetObjectAttributes", True),
    "CopyObject": ("PutObject", True),
    "CreateMultipartUpload": ("PutObject", True),
    "UploadPart": ("PutObject", True),
    "UploadPartCopy": ("PutObject", True),
    "CompleteMultipartUpload": ("PutObject", True),
    "AbortMultipartUpload": ("AbortMultipartUpload", True),
    "ListParts": ("ListMultipartUploadParts", True),
    "DeleteObjects": ("DeleteObject", True),
    "ListObjects": ("ListBucket", False),
    "ListObjectsV2": ("ListBucket", False),
    "HeadBucket": ("ListBucket", False),
    "ListObjectVersions": ("ListBucketVersions", False),
    "ListMultipartUploads": ("ListBucketMultipartUploads", False),
    "ListBuckets": ("ListAllMyBuckets", False),
    "DeleteBucketTagging": ("PutBucketTagging", False),
    "GetBucketCors": ("GetBucketCORS", False),
    "PutBucketCors": ("PutBucketCORS", False),
    "DeleteBucketCors": ("PutBucketCORS", False),
    "GetBucketLifecycleConfiguration": ("GetLifecycleConfiguration", False),
    "PutBucketLifecycleConfiguration": ("PutLifecycleConfiguration", False),
    "DeleteBucketLifecycle": ("PutLifecycleConfiguration", False),
    "GetBucketNotificationConfiguration": ("GetBucketNotification", False),
    "PutBucketNotificationConfiguration": ("PutBucketNotification", False),
    "GetBucketReplication": ("GetReplicationConfiguration", False),
    "PutBucketReplication": ("PutReplicationConfiguration", False),
    "DeleteBucketReplication": ("PutReplicationConfiguration", False),
    "GetBucketEncryption": ("GetEncryptionConfiguration", False),
    "PutBucketEncryption": ("PutEncryptionConfiguration", False),
    "DeleteBucketEncryption": ("PutEncryptionConfiguration", False),
    "GetBucketAccelerateConfiguration": ("GetAccelerateConfiguration", False),
    "PutBucketAccelerateConfiguration": ("PutAccelerateConfiguration", False),
    "DeleteBucketOwnershipControls": ("PutBucketOwnershipControls", False),
    "GetPublicAccessBlock": ("GetBucketPublicAccessBlock", False),
    "PutPublicAccessBlock": ("PutBucketPublicAccessBlock", False),
    "DeletePublicAccessBlock": ("PutBucketPublicAccessBlock", False),
    "GetObjectLockConfiguration": ("GetBucketObjectLockConfiguration", False),
    "PutObjectLockConfiguration": ("PutBucketObjectLockConfiguration", False),
    "DeleteBucketWebsite": ("DeleteBucketWebsite", False),
}
_OBJECT_OPERATIONS = frozenset(
    {
        "GetObject", "PutObject", "DeleteObject", "GetObjectAcl", "PutObjectAcl", "GetObjectTagging",
        "PutObjectTagging", "DeleteObjectTagging", "GetObjectLegalHold", "PutObjectLegalHold",
        "GetObjectRetention", "PutObjectRetention", "RestoreObject", "GetObjectTorrent",
    }
)  # fmt: skip
_VERSIONED = {
    "GetObject": "GetObjectVersion",
    "HeadObject": "GetObjectVersion",
    "DeleteObject": "DeleteObjectVersion",
    "GetObjectAcl": "GetObjectVersionAcl",
    "PutObjectAcl": "PutObjectVersionAcl",
    "GetObjectTagging": "GetObjectVersionTagging",
    "PutObjectTagging": "PutObjectVersionTagging",
    "DeleteObjectTagging": "DeleteObjectVersionTagging",
    "GetObjectAttributes": "GetObjectVersionAttributes",
}
# the ACL permission an anonymous caller needs for an action: (on the object?, permission)
_ACL_NEEDS: dict[str, tuple[bool, str]] = {
    "s3:GetObject": (True, "READ"),
    "s3:GetObjectVersion": (True, "READ"),
    "s3:GetObjectAcl": (True, "READ_ACP"),
    "s3:GetObjectVersionAcl": (True, "READ_ACP"),
    "s3:PutObjectAcl": (True, "WRITE_ACP"),
    "s3:PutObjectVersionAcl": (True, "WRITE_ACP"),
    "s3:ListBucket": (False, "READ"),
    "s3:ListBucketVersions": (False, "READ"),
    "s3:ListBucketMultipartUploads": (False, "READ"),
    "s3:PutObject": (False, "WRITE"),
    "s3:DeleteObject": (False, "WRITE"),
    "s3:DeleteObjectVersion": (False, "WRITE"),
    "s3:AbortMultipartUpload": (False, "WRITE"),
    "s3:GetBucketAcl": (False, "READ_ACP"),
    "s3:PutBucketAcl": (False, "WRITE_ACP"),
}


def s3_action(operation: str, params: Mapping[str, Any] | None = None) -> str:
    """The IAM action of one call (``s3:GetObjectVersion`` for a GetObject naming a version)."""
    name = _ACTIONS.get(operation, (operation, False))[0]
    if params and params.get("VersionId") and operation in _VERSIONED:
        name = _VERSIONED[operation]
    return f"s3:{name}"


def is_object_operation(operation: str) -> bool:
    return operation in _OBJECT_OPERATIONS or _ACTIONS.get(operation, ("", False))[1]


def bucket_arn(bucket: str) -> str:
    return f"arn:aws:s3:::{bucket}"


def object_arn(bucket: str, key: str) -> str:
    return f"arn:aws:s3:::{bucket}/{key}"


def guard_anonymous(handler: Handler, provider: AccessMixin) -> Handler:
    """``handler`` with unsigned requests checked against the bucket's policy and ACLs first.

    Peer calls (another Overcast service acting for an account) and the internal browser-facing
    operations (``overcast:S3…``: CORS preflights, the website endpoint, signed POST uploads) have
    rules of their own and pass through."""

    async def guarded(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        if (
            context.principal is None
            and "overcast-peer" not in context.extra
            and not context.operation.startswith("overcast:")
        ):
            await provider.authorize_anonymous(context, params)
        return await handler(context, params)

    return guarded


class OwnershipControlsNotFoundError(S3Error):
    code = "OwnershipControlsNotFoundError"
    status_code = 404


class NoSuchPublicAccessBlockConfiguration(S3Error):
    code = "NoSuchPublicAccessBlockConfiguration"
    status_code = 404


class MissingSecurityHeader(S3Error):
    code = "MissingSecurityHeader"


@dataclass
class Protection:
    """What a write records about access and encryption, and where its bytes go."""

    blobs: BlobStore
    encryption: encryption.WriteEncryption
    extras: dict[str, Any] = field(default_factory=dict)

    def headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        return encryption.with_headers(headers, self.encryption)

    def respond(self, result: dict[str, Any]) -> None:
        encryption.output(result, self.encryption.headers, self.extras)


class AccessMixin(LoggingMixin):
    store: S3Store
    blobs: BlobStore
    clock: Callable[[], datetime]

    if TYPE_CHECKING:

        async def _bucket(self, context: RequestContext, name: str) -> Bucket: ...

        async def _object(
            self, bucket: Bucket, key: str, version_id: str | None, *, method: str = "GET"
        ) -> ObjectVersion: ...

    # --- how S3 names actions and resources ----------------------------------------------------

    def iam_action(self, operation: str) -> str:
        return s3_action(operation)

    def resource_arns(
        self, context: RequestContext, operation: str, params: Mapping[str, Any]
    ) -> Sequence[str]:
        bucket = params.get("Bucket")
        if not bucket:
            return ["*"]
        if is_object_operation(operation) and params.get("Key"):
            return [object_arn(bucket, params["Key"])]
        if operation == "DeleteObjects":
            keys = [o.get("Key", "") for o in (params.get("Delete") or {}).get("Objects") or []]
            return [object_arn(bucket, k) for k in keys] or [bucket_arn(bucket)]
        return [bucket_arn(bucket)]

    # --- anonymous requests --------------------------------------------------------------------

    async def authorize_anonymous(self, context: RequestContext, params: Mapping[str, Any]) -> None:
        """Let an unsigned request through (as the bucket owner) only where the bucket says so."""
        name = params.get("Bucket")
        if not name:
            raise AccessDenied(ACCESS_DENIED)
        bucket = await self.store.get_bucket(name)
        if bucket is None:
            return  # the provider answers NoSuchBucket, as S3 does for anyone
        if await self.store.get_config(name, "request_payment") == "Requester":
            raise AccessDenied(ACCESS_DENIED)  # Requester Pays buckets do not serve anonymous requests
        operation = context.operation
        action = s3_action(operation, params)
        if operation == "DeleteObjects":
            keys = [o.get("Key", "") for o in (params.get("Delete") or {}).get("Objects") or []]
            targets = [(k, None) for k in keys] or [(None, None)]
        elif is_object_operation(operation):
            targets = [(params.get("Key"), params.get("VersionId"))]
        else:
            targets = [(None, None)]
        for key, version_id in targets:
            if not await self._anonymous_allowed(context, bucket, action, key, version_id, params):
                raise AccessDenied(ACCESS_DENIED)
        if operation in ("CopyObject", "UploadPartCopy"):
            from overcast_s3.provider import parse_copy_source  # the provider imports this module

            source_name, source_key, source_version = parse_copy_source(str(params.get("CopySource", "")))
            source = await self.store.get_bucket(source_name)
            if source is None or not await self._anonymous_allowed(
                context, source, "s3:GetObject", source_key, source_version, {}
            ):
                raise AccessDenied(ACCESS_DENIED)
        context.account_id = bucket.account_id

    async def _anonymous_allowed(
        self,
        context: RequestContext,
        bucket: Bucket,
        action: str,
        key: str | None,
        version_id: str | None,
        params: Mapping[str, Any],
    ) -> bool:
        pab = await self.store.get_config(bucket.name, "public_access_block") or {}
        stored = await self.store.get_config(bucket.name, "policy")
        if stored:
            document = policy.parse(stored["text"])
            request = policy.Request(
                action=action,
                resource=object_arn(bucket.name, key) if key is not None else bucket_arn(bucket.name),
                keys=policy.request_keys(
                    source_ip=context.source_ip,
                    secure=context.extra.get("scheme") == "https",
                    user_agent=context.user_agent,
                    now=self.clock(),
                    principal_type="Anonymous",
                    account_id=None,
                    extra=[
                        ("s3:prefix", params.get("Prefix")),
                        ("s3:delimiter", params.get("Delimiter")),
                        ("s3:max-keys", None if params.get("MaxKeys") is None else str(params["MaxKeys"])),
                        ("s3:VersionId", version_id),
                        ("s3:x-amz-acl", params.get("ACL")),
                        ("s3:x-amz-server-side-encryption", params.get("ServerSideEncryption")),
                        ("s3:ResourceAccount", bucket.account_id),
                        ("aws:Referer", context.extra.get("referer")),
                    ],
                ),
            )
            decision = policy.evaluate(document, request)
            if decision == "Deny":
                return False
            if decision == "Allow" and not (pab.get("RestrictPublicBuckets") and policy.is_public(document)):
                return True
        if pab.get("IgnorePublicAcls") or await self._acls_disabled(bucket.name):
            return False
        need = _ACL_NEEDS.get(action)
        if need is None:
            return False
        on_object, permission = need
        if on_object:
            if key is None:
                return False
            version = await self.store.get_version(bucket.name, key, version_id)
            if version is None:
                return False
            grants = (version.extras.get("acl") or {}).get("grants") or []
        else:
            grants = await self._bucket_grants(bucket)
        return acl.allows(grants, acl.ALL_USERS, permission)

    async def _acls_disabled(self, bucket: str) -> bool:
        ownership = await self.store.get_config(bucket, "ownership")
        return bool(ownership) and ownership.get("ObjectOwnership") == "BucketOwnerEnforced"

    # --- hooks the provider calls -----------------------------------------------------------

    def _new_bucket_access(self, context: RequestContext, params: Mapping[str, Any]) -> dict[str, Any]:
        """CreateBucket's access settings, validated before the bucket exists: bucket config name → document."""
        ownership = params.get("object_ownership") or "BucketOwnerEnforced"
        if ownership not in OWNERSHIPS:
            raise MalformedXML(MALFORMED_XML)
        grants = acl.from_request(params, owner=context.account_id, for_bucket=True)
        if grants is not None and not acl.only_owner_full_control(grants, context.account_id):
            if ownership == "BucketOwnerEnforced":
                raise acl.InvalidBucketAclWithObjectOwnership(
                    "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting"
                )
            if acl.is_public(grants):
                raise AccessDenied(ACCESS_DENIED)  # Block Public Access is on for every new bucket
        configs: dict[str, Any] = {
            "ownership": {"ObjectOwnership": ownership},
            "public_access_block": dict(NEW_BUCKET_PAB),
        }
        if grants is not None:
            configs["acl"] = {"grants": grants}
        return configs

    async def _init_bucket_access(self, bucket: str, configs: Mapping[str, Any]) -> None:
        for name, document in configs.items():
            await self.store.put_config(bucket, name, document)

    async def _protect_write(
        self, context: RequestContext, bucket: Bucket, params: Mapping[str, Any]
    ) -> Protection:
        """A write's ACL (``x-amz-acl`` / grants) and encryption, checked against the bucket's settings."""
        rules = await self._encryption_rules(bucket)
        chosen = encryption.resolve(
            params,
            None if rules is None else rules.get("Rules"),
            region=bucket.region,
            account_id=bucket.account_id,
        )
        extras = dict(chosen.extras)
        grants = acl.from_request(
            params, owner=context.account_id, bucket_owner=bucket.account_id, for_bucket=False
        )
        if grants is not None:
            await self._check_acl_allowed(bucket.name, grants, context.account_id)
            extras["acl"] = {"grants": grants}
        blobs = self.blobs if chosen.key is None else SseCBlobs(self.blobs, chosen.key)
        return Protection(blobs, chosen, extras)

    async def _encryption_rules(self, bucket: Bucket) -> Any:
        """The bucket's default encryption, cached briefly: every PUT needs it, few buckets change it.
        Keyed by creation time too, so a bucket deleted and created again never sees the old rules."""
        cache: dict[tuple[str, datetime], tuple[float, Any]] = self.__dict__.setdefault(
            "_encryption_cache", {}
        )
        key, now = (bucket.name, bucket.created), time.monotonic()
        hit = cache.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        rules = await self.store.get_config(bucket.name, "encryption")
        if len(cache) > 10_000:
            cache.clear()
        cache[key] = (now + ENCRYPTION_CACHE_SECONDS, rules)
        return rules

    def _forget_encryption(self, bucket: str) -> None:
        cache: dict[tuple[str, datetime], tuple[float, Any]] = self.__dict__.get("_encryption_cache", {})
        for key in [k for k in cache if k[0] == bucket]:
            del cache[key]

    def _read_blobs(
        self, version: ObjectVersion, params: Mapping[str, Any], *, copy_source: bool = False
    ) -> BlobStore:
        """The blob store to read ``version`` through; refuses a missing or wrong SSE-C key as S3 does."""
        key = check_read(version.extras.get("sse_c"), customer_key(params, copy_source=copy_source))
        return self.blobs if key is None else SseCBlobs(self.blobs, key)

    def _part_blobs(self, upload: Upload, params: Mapping[str, Any]) -> BlobStore:
        key = check_part(upload.extras.get("sse_c"), customer_key(params))
        return self.blobs if key is None else SseCBlobs(self.blobs, key)

    async def _check_acl_allowed(self, bucket: str, grants: list[dict[str, Any]], owner: str) -> None:
        if not acl.only_owner_full_control(grants, owner) and await self._acls_disabled(bucket):
            raise acl.AccessControlListNotSupported("The bucket does not allow ACLs")
        pab = await self.store.get_config(bucket, "public_access_block") or {}
        if pab.get("BlockPublicAcls") and acl.is_public(grants):
            raise AccessDenied(ACCESS_DENIED)

    async def _bucket_grants(self, bucket: Bucket) -> list[dict[str, Any]]:
        stored = await self.store.get_config(bucket.name, "acl")
        if not stored:
            return acl.canned("private", bucket.account_id)
        if "canned" in stored:  # written before grants were stored
            return acl.canned(stored["canned"], bucket.account_id)
        grants: list[dict[str, Any]] = stored["grants"]
        return grants

    # --- ACLs -----------------------------------------------------------------------------------

    async def put_bucket_acl(self, context: RequestContext, *, bucket: str, **params: Any) -> None:
        found = await self._bucket(context, bucket)
        grants = acl.from_request(params, owner=found.account_id, for_bucket=True)
        if grants is None:
            raise MissingSecurityHeader(
                "Your request was missing a required header", MissingHeaderName="x-amz-acl"
            )
        await self._check_acl_allowed(bucket, grants, found.account_id)
        await self.store.put_config(bucket, "acl", {"grants": grants})

    async def get_bucket_acl(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        found = await self._bucket(context, bucket)
        grants = await self._bucket_grants(found)
        return {"Owner": acl.owner_of(found.account_id), "Grants": grants}

    async def put_object_acl(
        self, context: RequestContext, *, bucket: str, key: str, version_id: str | None = None, **params: Any
    ) -> Any:
        found = await self._bucket(context, bucket)
        version = await self._object(found, key, version_id, method="PUT")
        grants = acl.from_request(
            params, owner=version.owner, bucket_owner=found.account_id, for_bucket=False
        )
        if grants is None:
            raise MissingSecurityHeader(
                "Your request was missing a required header", MissingHeaderName="x-amz-acl"
            )
        await self._check_acl_allowed(bucket, grants, version.owner)
        extras = {**version.extras, "acl": {"grants": grants}}
        await self.store.set_extras(bucket, key, version.version_id, extras)
        features: Any = self  # S3Features: the event goes out as the other object events do
        await features._emit(context, found, "ObjectAcl:Put", key, version, version.version_id)
        return {}

    async def get_object_acl(
        self, context: RequestContext, *, bucket: str, key: str, version_id: str | None = None, **_: Any
    ) -> Any:
        found = await self._bucket(context, bucket)
        version = await self._object(found, key, version_id)
        stored = (version.extras.get("acl") or {}).get("grants")
        grants = stored if stored is not None else acl.canned("private", version.owner)
        return {"Owner": acl.owner_of(version.owner), "Grants": grants}

    # --- ownership controls -------------------------------------------------------------------

    async def put_bucket_ownership_controls(
        self, context: RequestContext, *, bucket: str, ownership_controls: Mapping[str, Any], **_: Any
    ) -> None:
        found = await self._bucket(context, bucket)
        rules = ownership_controls.get("Rules") or []
        if len(rules) != 1 or rules[0].get("ObjectOwnership") not in OWNERSHIPS:
            raise MalformedXML(MALFORMED_XML)
        ownership = rules[0]["ObjectOwnership"]
        if ownership == "BucketOwnerEnforced":
            grants = await self._bucket_grants(found)
            if not acl.only_owner_full_control(grants, found.account_id):
                raise acl.InvalidBucketAclWithObjectOwnership(
                    "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting"
                )
        await self.store.put_config(bucket, "ownership", {"ObjectOwnership": ownership})

    async def get_bucket_ownership_controls(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        await self._bucket(context, bucket)
        stored = await self.store.get_config(bucket, "ownership")
        if not stored:
            raise OwnershipControlsNotFoundError(
                "The bucket ownership controls were not found", BucketName=bucket
            )
        return {"OwnershipControls": {"Rules": [stored]}}

    async def delete_bucket_ownership_controls(
        self, context: RequestContext, *, bucket: str, **_: Any
    ) -> None:
        await self._bucket(context, bucket)
        await self.store.put_config(bucket, "ownership", None)

    # --- public access block and policy ------------------------------------------------------------

    async def put_public_access_block(
        self,
        context: RequestContext,
        *,
        bucket: str,
        public_access_block_configuration: Mapping[str, Any],
        **_: Any,
    ) -> None:
        await self._bucket(context, bucket)
        document = {name: bool(public_access_block_configuration.get(name, False)) for name in PAB_FIELDS}
        await self.store.put_config(bucket, "public_access_block", document)

    async def get_public_access_block(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        await self._bucket(context, bucket)
        stored = await self.store.get_config(bucket, "public_access_block")
        if stored is None:
            raise NoSuchPublicAccessBlockConfiguration(
                "The public access block configuration was not found", BucketName=bucket
            )
        return {"PublicAccessBlockConfiguration": stored}

    async def delete_public_access_block(self, context: RequestContext, *, bucket: str, **_: Any) -> None:
        await self._bucket(context, bucket)
        await self.store.put_config(bucket, "public_access_block", None)

    async def put_bucket_policy(self, context: RequestContext, *, bucket: str, policy: str, **_: Any) -> None:
        await self._bucket(context, bucket)
        document = _policy_module.validate(policy, bucket)
        pab = await self.store.get_config(bucket, "public_access_block") or {}
        if pab.get("BlockPublicPolicy") and _policy_module.is_public(document):
            who = context.principal.arn if context.principal else "anonymous"
            raise AccessDenied(
                f"User: {who} is not authorized to perform: s3:PutBucketPolicy on resource: "
                f'"{bucket_arn(bucket)}" because public policies are blocked by the BlockPublicPolicy '
                "block public access setting."
            )
        await self.store.put_config(bucket, "policy", {"text": policy})

    async def get_bucket_policy_status(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        await self._bucket(context, bucket)
        stored = await self.store.get_config(bucket, "policy")
        if not stored:
            raise NoSuchBucketPolicy("The bucket policy does not exist", BucketName=bucket)
        return {"PolicyStatus": {"IsPublic": _policy_module.is_public(_policy_module.parse(stored["text"]))}}

    # --- default encryption ---------------------------------------------------------------------

    async def put_bucket_encryption(
        self,
        context: RequestContext,
        *,
        bucket: str,
        server_side_encryption_configuration: Mapping[str, Any],
        **_: Any,
    ) -> None:
        await self._bucket(context, bucket)
        stored = await self.store.get_config(bucket, "encryption")
        rules = encryption.validate_configuration(
            server_side_encryption_configuration, None if stored is None else stored["Rules"]
        )
        await self.store.put_config(bucket, "encryption", {"Rules": rules})
        self._forget_encryption(bucket)

    async def get_bucket_encryption(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        await self._bucket(context, bucket)
        stored = await self.store.get_config(bucket, "encryption")
        rules = stored["Rules"] if stored else [encryption.DEFAULT_RULE]
        return {"ServerSideEncryptionConfiguration": {"Rules": rules}}

    async def delete_bucket_encryption(self, context: RequestContext, *, bucket: str, **_: Any) -> None:
        await self._bucket(context, bucket)
        await self.store.put_config(bucket, "encryption", None)  # back to S3's default, SSE-S3
        self._forget_encryption(bucket)

    # --- request payment and transfer acceleration -------------------------------------------------

    async def put_bucket_request_payment(
        self,
        context: RequestContext,
        *,
        bucket: str,
        request_payment_configuration: Mapping[str, Any],
        **_: Any,
    ) -> None:
        await self._bucket(context, bucket)
        payer = request_payment_configuration.get("Payer")
        if payer not in ("Requester", "BucketOwner"):
            raise MalformedXML(MALFORMED_XML)
        await self.store.put_config(bucket, "request_payment", None if payer == "BucketOwner" else payer)

    async def get_bucket_request_payment(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        await self._bucket(context, bucket)
        return {"Payer": await self.store.get_config(bucket, "request_payment") or "BucketOwner"}

    async def put_bucket_accelerate_configuration(
        self, context: RequestContext, *, bucket: str, accelerate_configuration: Mapping[str, Any], **_: Any
    ) -> None:
        await self._bucket(context, bucket)
        status = accelerate_configuration.get("Status")
        if status not in ("Enabled", "Suspended"):
            raise MalformedXML(MALFORMED_XML)
        if "." in bucket:
            raise InvalidRequest(
                "S3 Transfer Acceleration is not supported for buckets with periods (.) in their names"
            )
        await self.store.put_config(bucket, "accelerate", status)

    async def get_bucket_accelerate_configuration(
        self, context: RequestContext, *, bucket: str, **_: Any
    ) -> Any:
        await self._bucket(context, bucket)
        status = await self.store.get_config(bucket, "accelerate")
        return {"Status": status} if status else {}


_policy_module = policy  # ``put_bucket_policy`` has a parameter named ``policy``
