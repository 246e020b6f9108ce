"""``S3Features``: the mixin ``S3Provider`` inherits for event notifications, lifecycle, replication,
object lock and restore — their operations, and the hooks the provider's write, read and delete
paths call (``_feature_*``), which do nothing costly for a bucket without these configurations.

Work that happens after a response (delivering an event, replicating a version) goes through the
durable ``Outbox`` that ``start_background`` opens (``overcast_s3.background``); without it (unit
tests of other areas) events are not sent and nothing is marked for replication.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from overcast_common.context import RequestContext
from overcast_common.dispatch.partitioned import Partition
from overcast_common.peers import peers

from overcast_s3 import destination_policy, lifecycle, notifications, object_lock, replication, restore
from overcast_s3.blobs import BlobStore
from overcast_s3.errors import MALFORMED_XML, InvalidRequest, MalformedXML
from overcast_s3.feature_errors import (
    NoSuchLifecycleConfiguration,
    NoSuchObjectLockConfiguration,
    ObjectLockConfigurationNotFoundError,
    ReplicationConfigurationNotFoundError,
)
from overcast_s3.outbox import Outbox
from overcast_s3.store import NULL_VERSION, Bucket, ObjectVersion, S3Store, Upload

log = logging.getLogger("overcast.s3.features")

NOTIFICATION = "notification"
CACHE_S = 1.0
"""How long a bucket's configuration documents are reused on the write path (this process's own
changes invalidate at once)."""
LIFECYCLE_PRINCIPAL = "s3.amazonaws.com"


@dataclass(frozen=True)
class FeatureSettings:
    day_s: float = lifecycle.DAY_S
    """``OVERCAST_S3_LIFECYCLE_DAY_SECONDS``: how long a lifecycle (and restore) "day" lasts."""
    lifecycle_interval_s: float = 60.0
    """``OVERCAST_S3_LIFECYCLE_INTERVAL_SECONDS``: how often the lifecycle executor runs."""
    restore_s: float = 1.0
    """``OVERCAST_S3_RESTORE_SECONDS``: how long a RestoreObject takes."""
    sweep_grace_s: float = 3600.0
    """``OVERCAST_S3_SWEEP_GRACE_SECONDS``: how old an unreferenced blob must be to be swept."""
    sweep_interval_s: float = 600.0
    """``OVERCAST_S3_SWEEP_INTERVAL_SECONDS``: how often the orphan sweeper runs (also at start)."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> FeatureSettings:
        env = os.environ if environ is None else environ

        def number(name: str, default: float) -> float:
            raw = env.get(name, "").strip()
            return float(raw) if raw else default

        return cls(
            day_s=number("OVERCAST_S3_LIFECYCLE_DAY_SECONDS", lifecycle.DAY_S),
            lifecycle_interval_s=number("OVERCAST_S3_LIFECYCLE_INTERVAL_SECONDS", 60.0),
            restore_s=number("OVERCAST_S3_RESTORE_SECONDS", 1.0),
            sweep_grace_s=number("OVERCAST_S3_SWEEP_GRACE_SECONDS", 3600.0),
            sweep_interval_s=number("OVERCAST_S3_SWEEP_INTERVAL_SECONDS", 600.0),
        )


def _peer_error_reason(service: str) -> str:
    return {
        "sqs": "The destination queue does not exist",
        "sns": "The destination topic does not exist",
        "lambda": "The destination Lambda function does not exist",
    }[service]


class S3Features:
    store: S3Store
    blobs: BlobStore
    clock: Callable[[], datetime]
    feature_settings: FeatureSettings = FeatureSettings()
    outbox: Outbox | None = None
    partition: Partition = Partition()
    """The buckets this replica owns (cluster mode with several S3 replicas; ``overcast_s3.partitions``)."""
    _config_cache: dict[tuple[str, str], tuple[float, Any]]

    if TYPE_CHECKING:

        async def _bucket(self, context: RequestContext, name: str) -> Bucket: ...

        async def _object(
            self, bucket: Bucket, key: str, version_id: str | None, *, method: str = "GET"
        ) -> ObjectVersion: ...

        async def _free(self, blob_ids: Sequence[str]) -> None: ...

    # --- configuration documents, cached for the write path ----------------------------------

    async def _config(self, bucket: str, name: str) -> Any:
        cache = self.__dict__.setdefault("_config_cache", {})
        hit = cache.get((bucket, name))
        now = time.monotonic()
        if hit is not None and hit[0] > now:
            return hit[1]
        document = await self.store.get_config(bucket, name)
        cache[(bucket, name)] = (now + CACHE_S, document)
        return document

    async def _set_config(self, bucket: str, name: str, document: Any) -> None:
        await self.store.put_config(bucket, name, document)
        self.__dict__.setdefault("_config_cache", {}).pop((bucket, name), None)

    # --- event notifications ----------------------------------------------------------------

    async def put_bucket_notification_configuration(
        self,
        context: RequestContext,
        *,
        bucket: str,
        notification_configuration: Mapping[str, Any],
        skip_destination_validation: bool | None = None,
        **_: Any,
    ) -> None:
        found = await self._bucket(context, bucket)

        async def reachable(service: str, arn: str) -> str | None:
            return await self._destination_exists(service, arn, bucket=bucket, owner=found.account_id)

        stored = await notifications.validate(
            notification_configuration,
            reachable,
            skip_destinations=bool(skip_destination_validation),
        )
        await self._set_config(bucket, NOTIFICATION, stored or None)
        # AWS sends s3:TestEvent to each SQS / SNS destination once the configuration is accepted
        body = notifications.test_event(bucket, context.request_id)
        arns = {(c["QueueArn"], "sqs") for c in stored.get("QueueConfigurations", [])}
        arns |= {(c["TopicArn"], "sns") for c in stored.get("TopicConfigurations", [])}
        for arn, service in sorted(arns):
            await self._enqueue(
                {"kind": "notify", "service": service, "arn": arn, "body": body, "region": found.region}
            )

    async def get_bucket_notification_configuration(
        self, context: RequestContext, *, bucket: str, **_: Any
    ) -> Any:
        await self._bucket(context, bucket)
        stored = await self.store.get_config(bucket, NOTIFICATION)
        return dict(stored or {})

    async def _destination_exists(self, service: str, arn: str, *, bucket: str, owner: str) -> str | None:
        """None when the destination exists and its policy lets S3 publish; else AWS's reason."""
        region, account, name = notifications.arn_parts(arn)
        document: str | None = None
        try:
            if service == "sqs":
                params: dict[str, Any] = {"QueueName": name, "QueueOwnerAWSAccountId": account}
                url = await peers.call(
                    "sqs", "GetQueueUrl", params, account_id=account, region=region, caller="s3"
                )
                attributes = await peers.call(
                    "sqs",
                    "GetQueueAttributes",
                    {"QueueUrl": url["QueueUrl"], "AttributeNames": ["Policy"]},
                    account_id=account,
                    region=region,
                    caller="s3",
                )
                document = (attributes.get("Attributes") or {}).get("Policy")
            elif service == "sns":
                topic = await peers.call(
                    "sns",
                    "GetTopicAttributes",
                    {"TopicArn": arn},
                    account_id=account,
                    region=region,
                    caller="s3",
                )
                document = (topic.get("Attributes") or {}).get("Policy")
            else:
                await peers.call(
                    "lambda",
                    "GetFunction",
                    {"FunctionName": arn},
                    account_id=account,
                    region=region,
                    caller="s3",
                )
        except Exception:
            return _peer_error_reason(service)
        if service in destination_policy.ACTIONS and not destination_policy.allows_s3(
            document, service, arn, bucket=bucket, owner=owner
        ):
            return destination_policy.DENIED_REASONS[service]
        return None

    async def _emit(
        self,
        context: RequestContext | None,
        bucket: Bucket,
        event_name: str,
        key: str,
        version: ObjectVersion | None,
        version_id: str | None,
        *,
        restore_expiry: datetime | None = None,
    ) -> None:
        if self.outbox is None:
            return
        stored = await self._config(bucket.name, NOTIFICATION)
        targets = notifications.destinations(stored, event_name, key)
        if not targets:
            return
        if context is not None and context.principal is not None:
            p = context.principal
            principal_id = p.principal_id or p.account_id
            if p.principal_type != "Root":
                principal_id = f"AWS:{principal_id}"
            source_ip, request_id = context.source_ip, context.request_id
        else:
            principal_id, source_ip, request_id = (
                LIFECYCLE_PRINCIPAL,
                LIFECYCLE_PRINCIPAL,
                os.urandom(8).hex().upper(),
            )
        for target in targets:
            rec = notifications.record(
                event_name=event_name,
                region=bucket.region,
                principal_id=principal_id,
                source_ip=source_ip,
                request_id=request_id,
                configuration_id=target["configurationId"],
                bucket=bucket.name,
                bucket_owner_id=bucket.account_id,
                version=version,
                key=key,
                version_id=version_id,
                versioned=bucket.versioning is not None,
                restore_expiry=restore_expiry,
            )
            if target["service"] == "events":
                entry = notifications.eventbridge_entry(rec)
                await self._enqueue(
                    {"kind": "events", "entry": entry, "account": bucket.account_id, "region": bucket.region}
                )
                continue
            body = json.dumps({"Records": [rec]}, separators=(",", ":"))
            await self._enqueue(
                {
                    "kind": "notify",
                    "service": target["service"],
                    "arn": target["arn"],
                    "body": body,
                    "region": bucket.region,
                }
            )

    async def _enqueue(self, entry: dict[str, Any]) -> None:
        if self.outbox is not None:
            await self.outbox.put(entry)

    async def _deliver(self, entry: dict[str, Any]) -> None:
        kind = entry["kind"]
        if kind == "events":
            await peers.call(
                "events", "PutEvents", {"Entries": [entry["entry"]]},
                account_id=entry["account"], region=entry["region"], caller="s3",
            )  # fmt: skip
            return
        service, arn, body = entry["service"], entry["arn"], entry["body"]
        region, account, name = notifications.arn_parts(arn)
        if service == "sqs":
            found = await peers.call(
                "sqs", "GetQueueUrl", {"QueueName": name, "QueueOwnerAWSAccountId": account},
                account_id=account, region=region, caller="s3",
            )  # fmt: skip
            await peers.call(
                "sqs", "SendMessage", {"QueueUrl": found["QueueUrl"], "MessageBody": body},
                account_id=account, region=region, caller="s3",
            )  # fmt: skip
        elif service == "sns":
            await peers.call(
                "sns", "Publish", {"TopicArn": arn, "Message": body, "Subject": "Amazon S3 Notification"},
                account_id=account, region=region, caller="s3",
            )  # fmt: skip
        elif service == "lambda":
            await peers.call(
                "lambda", "Invoke", {"FunctionName": arn, "InvocationType": "Event", "Payload": body.encode()},
                account_id=account, region=region, caller="s3",
            )  # fmt: skip

    async def run_outbox_entry(self, entry: dict[str, Any], last: bool) -> None:
        """The outbox's runner: deliver an event or replicate a version."""
        if entry["kind"] == "restore-completed":
            await self._restore_completed(entry)
            return
        if entry["kind"] != "replicate":
            await self._deliver(entry)
            return
        try:
            await replication.replicate(
                self.store,
                self.blobs,
                entry["bucket"],
                entry["key"],
                entry["version_id"],
                entry["rule"],
                self.partition.owns,  # a destination on another replica: written by its owner
            )
        except Exception:
            if last:
                await replication.mark(
                    self.store, entry["bucket"], entry["key"], entry["version_id"], "FAILED"
                )
            raise

    async def requeue_pending_replication(self) -> int:
        """At start: versions still PENDING (a crash between their commit and their outbox entry) are
        queued again; a copy that already happened is not made twice."""
        queued = 0
        for bucket in await self.store.buckets_with_config(replication.CONFIG):
            if not self.partition.owns(bucket.name):
                continue  # its owner re-queues it
            config = await self.store.get_config(bucket.name, replication.CONFIG)
            after_key, after_seq = "", None
            while True:
                batch = await self.store.list_versions(
                    bucket.name, prefix="", after_key=after_key, after_sequence=after_seq, limit=1000
                )
                for version in batch:
                    rule = replication.rule_for(config, version)
                    if version.extras.get("replication_status") == "PENDING" and rule is not None:
                        await self._enqueue(
                            {"kind": "replicate", "bucket": bucket.name, "key": version.key,
                             "version_id": version.version_id, "rule": rule}
                        )  # fmt: skip
                        queued += 1
                if len(batch) < 1000:
                    break
                after_key, after_seq = batch[-1].key, batch[-1].sequence
        return queued

    # --- hooks the provider calls -------------------------------------------------------------

    async def _feature_prepare_write(
        self,
        context: RequestContext,
        bucket: Bucket,
        version: ObjectVersion,
        params: Mapping[str, Any],
        *,
        integrity: bool = True,
    ) -> None:
        """Before a new version commits: object lock state (headers or the bucket's default) and the
        replication mark, both in ``version.extras`` so they commit with it."""
        if "retention" not in version.extras and "legal_hold" not in version.extras:
            lock_config = await self._config(bucket.name, object_lock.CONFIG)
            version.extras.update(
                object_lock.write_extras(bucket, lock_config, params, self.clock(), integrity=integrity)
            )
        if self.outbox is not None and bucket.versioning == "Enabled":
            rule = replication.rule_for(await self._config(bucket.name, replication.CONFIG), version)
            if rule is not None:
                version.extras["replication_status"] = "PENDING"

    async def _feature_after_write(
        self,
        context: RequestContext,
        bucket: Bucket,
        version: ObjectVersion,
        event_name: str,
        result: dict[str, Any],
    ) -> None:
        """After a new version commits, before the response: queue its replication and its events;
        add ``x-amz-expiration``."""
        if event_name == "ObjectCreated:Put" and context.operation.endswith("PostObject"):
            event_name = "ObjectCreated:Post"  # a browser POST upload writes through put_object
        if version.extras.get("replication_status") == "PENDING":
            rule = replication.rule_for(await self._config(bucket.name, replication.CONFIG), version)
            if rule is not None:
                await self._enqueue(
                    {"kind": "replicate", "bucket": bucket.name, "key": version.key,
                     "version_id": version.version_id, "rule": rule}
                )  # fmt: skip
        await self._emit(context, bucket, event_name, version.key, version, version.version_id)
        rules = await self._config(bucket.name, lifecycle.CONFIG)
        if rules:
            header = lifecycle.expiration_header(rules.get("Rules", []), version, self.feature_settings.day_s)
            if header:
                result["Expiration"] = header

    async def _feature_read(
        self, bucket: Bucket, version: ObjectVersion, result: dict[str, Any], *, body: bool
    ) -> None:
        """GET / HEAD: refuse an archived object's bytes; add restore, replication, lock and
        expiration headers."""
        now = self.clock()
        if body:
            restore.check_readable(version, now)
        if version.storage_class in restore.ARCHIVED:
            header = restore.header(version, now)
            if header:
                result["Restore"] = header
        status = version.extras.get("replication_status")
        if status:
            result["ReplicationStatus"] = status
        result.update(object_lock.read_headers(version))
        if version.is_latest:
            rules = await self._config(bucket.name, lifecycle.CONFIG)
            if rules:
                header = lifecycle.expiration_header(
                    rules.get("Rules", []), version, self.feature_settings.day_s
                )
                if header:
                    result["Expiration"] = header

    def _feature_check_source(self, source: ObjectVersion) -> None:
        """CopyObject / UploadPartCopy: an archived source must be restored first."""
        restore.check_readable(source, self.clock())

    async def _feature_check_delete(self, bucket: Bucket, key: str, version_id: str, bypass: bool) -> None:
        """Before a version is removed for good: object lock may refuse."""
        if not object_lock.enabled(bucket, await self._config(bucket.name, object_lock.CONFIG)):
            return
        version = await self.store.get_version(bucket.name, key, version_id)
        if version is not None:
            object_lock.check_delete(version, self.clock(), bypass=bypass)

    async def _feature_after_delete(
        self,
        context: RequestContext,
        bucket: Bucket,
        key: str,
        outcome: Mapping[str, Any],
        gone: ObjectVersion | None,
        *,
        marker_created: bool,
    ) -> None:
        if marker_created:
            marker_id = str(outcome.get("VersionId", NULL_VERSION))
            await self._emit(context, bucket, "ObjectRemoved:DeleteMarkerCreated", key, None, marker_id)
            if self.outbox is not None and bucket.versioning == "Enabled":
                marker = ObjectVersion(
                    bucket=bucket.name, key=key, version_id=marker_id, last_modified=self.clock(),
                    owner=bucket.account_id, delete_marker=True,
                )  # fmt: skip
                rule = replication.rule_for(await self._config(bucket.name, replication.CONFIG), marker)
                if rule is not None:
                    await self._enqueue(
                        {
                            "kind": "replicate",
                            "bucket": bucket.name,
                            "key": key,
                            "version_id": marker_id,
                            "rule": rule,
                        }
                    )
        elif gone is not None:
            await self._emit(context, bucket, "ObjectRemoved:Delete", key, gone, gone.version_id)

    async def _feature_prepare_upload(self, upload: Upload, params: Mapping[str, Any]) -> None:
        """CreateMultipartUpload: lock headers become the completed object's starting ``extras``."""
        found = await self.store.get_bucket(upload.bucket)
        if found is None:
            return
        lock_config = await self._config(found.name, object_lock.CONFIG)
        upload.extras.update(
            object_lock.write_extras(found, lock_config, params, self.clock(), integrity=True)
        )

    async def _feature_upload_result(self, upload: Upload, result: dict[str, Any]) -> None:
        """``x-amz-abort-date`` / ``x-amz-abort-rule-id`` from an AbortIncompleteMultipartUpload rule."""
        rules = await self._config(upload.bucket, lifecycle.CONFIG)
        if rules:
            found = lifecycle.abort_date(rules.get("Rules", []), upload, self.feature_settings.day_s)
            if found is not None:
                result["AbortDate"], result["AbortRuleId"] = found

    # --- lifecycle ------------------------------------------------------------------------------

    async def put_bucket_lifecycle_configuration(
        self,
        context: RequestContext,
        *,
        bucket: str,
        lifecycle_configuration: Mapping[str, Any] | None = None,
        transition_default_minimum_object_size: str | None = None,
        **_: Any,
    ) -> Any:
        await self._bucket(context, bucket)
        stored = lifecycle.validate(lifecycle_configuration or {})
        stored["TransitionDefaultMinimumObjectSize"] = (
            transition_default_minimum_object_size or "all_storage_classes_128K"
        )
        await self._set_config(bucket, lifecycle.CONFIG, stored)
        return {"TransitionDefaultMinimumObjectSize": stored["TransitionDefaultMinimumObjectSize"]}

    async def get_bucket_lifecycle_configuration(
        self, context: RequestContext, *, bucket: str, **_: Any
    ) -> Any:
        await self._bucket(context, bucket)
        stored = await self.store.get_config(bucket, lifecycle.CONFIG)
        if not stored:
            raise NoSuchLifecycleConfiguration(
                "The lifecycle configuration does not exist", BucketName=bucket
            )
        return dict(stored)

    async def delete_bucket_lifecycle(self, context: RequestContext, *, bucket: str, **_: Any) -> None:
        await self._bucket(context, bucket)
        await self._set_config(bucket, lifecycle.CONFIG, None)

    async def lifecycle_pass(self) -> int:
        """Runs every bucket's lifecycle rules once (the background loop; tests call it directly)."""
        executor = lifecycle.LifecycleExecutor(
            self.store,
            self._lifecycle_act,
            self._lifecycle_abort,
            lambda version, now: object_lock.locked(version, now),
            day_s=self.feature_settings.day_s,
        )
        actions = 0
        for bucket in await self.store.buckets_with_config(lifecycle.CONFIG):
            if not self.partition.owns(bucket.name):
                continue  # its bytes are on another replica, which runs its rules
            try:
                actions += await executor.run_bucket(bucket, self.clock())
            except Exception:
                log.exception("lifecycle of bucket %s failed", bucket.name)
        return actions

    async def _lifecycle_act(self, bucket: Bucket, version: ObjectVersion, action: str) -> None:
        if action == "delete":
            gone, freed = await self.store.delete_version(bucket.name, version.key, version.version_id)
            await self._free(freed)
            if gone is not None:
                await self._emit(
                    None, bucket, "LifecycleExpiration:Delete", version.key, gone, gone.version_id
                )
        elif action == "marker":
            from overcast_s3.provider import new_version_id  # the provider owns version ids

            marker_id = new_version_id() if bucket.versioning == "Enabled" else NULL_VERSION
            marker = ObjectVersion(
                bucket=bucket.name, key=version.key, version_id=marker_id, last_modified=self.clock(),
                owner=bucket.account_id, delete_marker=True,
            )  # fmt: skip
            freed = await self.store.put_version(marker, keep_null=bucket.versioning == "Enabled")
            await self._free(freed)
            await self._emit(
                None, bucket, "LifecycleExpiration:DeleteMarkerCreated", version.key, None, marker_id
            )
        elif action.startswith("class:"):
            await self.store.set_storage_class(bucket.name, version.key, version.version_id, action[6:])
            await self._emit(None, bucket, "LifecycleTransition", version.key, version, version.version_id)

    async def _lifecycle_abort(self, upload: Upload) -> None:
        freed = await self.store.delete_upload(upload.upload_id)
        if freed:
            await self._free(freed)

    # --- replication ----------------------------------------------------------------------------

    async def put_bucket_replication(
        self, context: RequestContext, *, bucket: str, replication_configuration: Mapping[str, Any], **_: Any
    ) -> None:
        found = await self._bucket(context, bucket)
        stored = await replication.validate(found, replication_configuration, self.store)
        await self._set_config(bucket, replication.CONFIG, stored)
        if any(replication.replicates_existing(rule) for rule in stored["Rules"]):
            await self._replicate_existing(bucket, stored)

    async def _replicate_existing(self, bucket: str, config: Mapping[str, Any]) -> None:
        """``ExistingObjectReplication``: versions written before the rule (never replicated, or
        FAILED) go through the same queue as new writes, oldest first so the destination's latest
        version stays the source's."""
        if self.outbox is None:
            return
        after_key, after_seq = "", None
        while True:
            batch = await self.store.list_versions(
                bucket, prefix="", after_key=after_key, after_sequence=after_seq, limit=1000
            )
            for version in sorted(batch, key=lambda v: (v.key, v.sequence or 0)):
                if version.extras.get("replication_status") not in (None, "FAILED"):
                    continue  # done, on its way, or itself a replica
                rule = replication.rule_for(config, version)
                if rule is None or not replication.replicates_existing(rule):
                    continue
                if not version.delete_marker:
                    await replication.mark(self.store, bucket, version.key, version.version_id, "PENDING")
                await self._enqueue(
                    {"kind": "replicate", "bucket": bucket, "key": version.key,
                     "version_id": version.version_id, "rule": rule}
                )  # fmt: skip
            if len(batch) < 1000:
                break
            after_key, after_seq = batch[-1].key, batch[-1].sequence

    async def _put_replica_for_peer(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """``partitions.PUT_REPLICA``: another replica replicates into a bucket this one owns."""
        return await replication.put_replica_for_peer(self.store, self.blobs, params)

    async def get_bucket_replication(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        await self._bucket(context, bucket)
        stored = await self.store.get_config(bucket, replication.CONFIG)
        if not stored:
            raise ReplicationConfigurationNotFoundError(
                "The replication configuration was not found", BucketName=bucket
            )
        return {"ReplicationConfiguration": stored}

    async def delete_bucket_replication(self, context: RequestContext, *, bucket: str, **_: Any) -> None:
        await self._bucket(context, bucket)
        await self._set_config(bucket, replication.CONFIG, None)

    # --- object lock ----------------------------------------------------------------------------

    async def put_object_lock_configuration(
        self,
        context: RequestContext,
        *,
        bucket: str,
        object_lock_configuration: Mapping[str, Any] | None = None,
        **_: Any,
    ) -> Any:
        found = await self._bucket(context, bucket)
        stored = object_lock.validate_configuration(found, object_lock_configuration or {})
        await self._set_config(bucket, object_lock.CONFIG, stored)
        return {}

    async def get_object_lock_configuration(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        found = await self._bucket(context, bucket)
        stored = await self.store.get_config(bucket, object_lock.CONFIG)
        if not object_lock.enabled(found, stored):
            raise ObjectLockConfigurationNotFoundError(
                "Object Lock configuration does not exist for this bucket", BucketName=bucket
            )
        return {"ObjectLockConfiguration": dict(stored or {"ObjectLockEnabled": "Enabled"})}

    async def _locked_version(
        self, context: RequestContext, bucket: str, key: str, version_id: str | None
    ) -> tuple[Bucket, ObjectVersion]:
        found = await self._bucket(context, bucket)
        if not object_lock.enabled(found, await self._config(bucket, object_lock.CONFIG)):
            raise InvalidRequest(object_lock.MISSING)
        return found, await self._object(found, key, version_id)

    async def put_object_legal_hold(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        legal_hold: Mapping[str, Any] | None = None,
        version_id: str | None = None,
        **_: Any,
    ) -> Any:
        version = (await self._locked_version(context, bucket, key, version_id))[1]
        status = (legal_hold or {}).get("Status")
        if status not in ("ON", "OFF"):
            raise MalformedXML(MALFORMED_XML)
        await self.store.set_extras(bucket, key, version.version_id, {**version.extras, "legal_hold": status})
        return {}

    async def get_object_legal_hold(
        self, context: RequestContext, *, bucket: str, key: str, version_id: str | None = None, **_: Any
    ) -> Any:
        version = (await self._locked_version(context, bucket, key, version_id))[1]
        if "legal_hold" not in version.extras:
            raise NoSuchObjectLockConfiguration(
                "The specified object does not have a ObjectLock configuration"
            )
        return {"LegalHold": {"Status": version.extras["legal_hold"]}}

    async def put_object_retention(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        retention: Mapping[str, Any] | None = None,
        version_id: str | None = None,
        bypass_governance_retention: bool | None = None,
        **_: Any,
    ) -> Any:
        version = (await self._locked_version(context, bucket, key, version_id))[1]
        new = object_lock.check_retention_change(
            version, retention, self.clock(), bypass=bool(bypass_governance_retention)
        )
        extras = {k: v for k, v in version.extras.items() if k != "retention"}
        if new is not None:
            extras["retention"] = new
        await self.store.set_extras(bucket, key, version.version_id, extras)
        return {}

    async def get_object_retention(
        self, context: RequestContext, *, bucket: str, key: str, version_id: str | None = None, **_: Any
    ) -> Any:
        version = (await self._locked_version(context, bucket, key, version_id))[1]
        current = object_lock.retention_of(version)
        if current is None:
            raise NoSuchObjectLockConfiguration(
                "The specified object does not have a ObjectLock configuration"
            )
        return {"Retention": {"Mode": current[0], "RetainUntilDate": current[1]}}

    # --- restore --------------------------------------------------------------------------------

    async def restore_object(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        version_id: str | None = None,
        restore_request: Mapping[str, Any] | None = None,
        **_: Any,
    ) -> Any:
        found = await self._bucket(context, bucket)
        version = await self._object(found, key, version_id, method="POST")
        record, fresh = restore.request(
            version,
            restore_request,
            self.clock(),
            delay_s=self.feature_settings.restore_s,
            day_s=self.feature_settings.day_s,
        )
        await self.store.set_extras(bucket, key, version.version_id, {**version.extras, "restore": record})
        if fresh:
            await self._emit(context, found, "ObjectRestore:Post", key, version, version.version_id)
            ready = datetime.fromisoformat(record["ready"]).timestamp()
            await self._enqueue(
                {"kind": "restore-completed", "not_before": ready, "bucket": bucket, "key": key,
                 "version_id": version.version_id, "ready": record["ready"]}
            )  # fmt: skip
        return {}

    async def _restore_completed(self, entry: Mapping[str, Any]) -> None:
        """``ObjectRestore:Completed`` once the restored copy is readable (if that restore still stands)."""
        found = await self.store.get_bucket(entry["bucket"])
        version = await self.store.get_version(entry["bucket"], entry["key"], entry["version_id"])
        if (
            found is None
            or version is None
            or (version.extras.get("restore") or {}).get("ready") != entry["ready"]
        ):
            return
        expiry = datetime.fromisoformat(version.extras["restore"]["expiry"])
        await self._emit(
            None,
            found,
            "ObjectRestore:Completed",
            version.key,
            version,
            version.version_id,
            restore_expiry=expiry,
        )
