"""Replication: AWS's validation, rules (filters, priority, delete markers, storage class), the async
copy with the source's version id, and the PENDING → COMPLETED / REPLICA status headers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_common.service import ServiceHandler
from overcast_s3.background import Background
from overcast_s3.blobs import FileBlobStore
from overcast_s3.features import FeatureSettings
from overcast_s3.provider import S3Provider
from overcast_s3.store.sql import SqlS3Store

ACCOUNT = "000000000000"
OTHER = "111122223333"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/replication"


class Client:
    def __init__(self, provider: S3Provider) -> None:
        self.provider = provider
        self.handler = ServiceHandler(provider, AllowRoot())

    async def __call__(
        self, operation: str, account: str = ACCOUNT, region: str = "us-east-1", **params: Any
    ) -> dict[str, Any]:
        context = RequestContext(
            request_id="r",
            service="s3",
            operation=operation,
            protocol="rest-xml",
            account_id=account,
            region=region,
            principal=root_principal(account, "test"),
        )
        return await self.handler(context, params)

    async def error(self, operation: str, **params: Any) -> ServiceError:
        with pytest.raises(ServiceError) as caught:
            await self(operation, **params)
        return caught.value

    async def drain(self) -> None:
        assert self.provider.outbox is not None
        await self.provider.outbox.drain()


@pytest.fixture
async def s3(tmp_path: Path) -> AsyncIterator[Client]:
    store = await SqlS3Store.open(tmp_path / "s3.db")
    provider = S3Provider(store, FileBlobStore(tmp_path / "s3" / "blobs", fsync=False))
    background = Background(provider, store, tmp_path / "s3", fsync=False, settings=FeatureSettings())
    await background.start()
    client = Client(provider)
    enabled = {"Status": "Enabled"}
    await client("CreateBucket", Bucket="src")
    await client("PutBucketVersioning", Bucket="src", VersioningConfiguration=enabled)
    await client(
        "CreateBucket",
        Bucket="dst",
        region="eu-west-1",
        CreateBucketConfiguration={"LocationConstraint": "eu-west-1"},
    )
    await client("PutBucketVersioning", Bucket="dst", VersioningConfiguration=enabled)
    await client("CreateBucket", Bucket="theirs", account=OTHER)
    await client("PutBucketVersioning", Bucket="theirs", account=OTHER, VersioningConfiguration=enabled)
    yield client
    await background.close()
    await store.close()


def rule(rule_id: str, dest: str, priority: int = 1, **fields: Any) -> dict[str, Any]:
    return {
        "ID": rule_id,
        "Priority": priority,
        "Status": "Enabled",
        "Filter": fields.pop("Filter", {}),
        "DeleteMarkerReplication": fields.pop("DeleteMarkerReplication", {"Status": "Disabled"}),
        "Destination": {"Bucket": f"arn:aws:s3:::{dest}", **fields.pop("Destination", {})},
        **fields,
    }


async def replicate(s3: Client, *rules: dict[str, Any]) -> None:
    await s3(
        "PutBucketReplication", Bucket="src", ReplicationConfiguration={"Role": ROLE, "Rules": list(rules)}
    )


async def test_versioning_is_required_on_both_sides(s3: Client) -> None:
    await s3("CreateBucket", Bucket="unversioned")
    config = {"Role": ROLE, "Rules": [rule("r", "dst")]}
    err = await s3.error("PutBucketReplication", Bucket="unversioned", ReplicationConfiguration=config)
    assert (err.code, err.message) == (
        "InvalidRequest",
        "Versioning must be 'Enabled' on the bucket to apply a replication configuration",
    )
    config = {"Role": ROLE, "Rules": [rule("r", "unversioned")]}
    err = await s3.error("PutBucketReplication", Bucket="src", ReplicationConfiguration=config)
    assert (err.code, err.message) == ("InvalidRequest", "Destination bucket must have versioning enabled.")
    no_marker_flag = rule("r", "dst")
    del no_marker_flag["DeleteMarkerReplication"]
    config = {"Role": ROLE, "Rules": [no_marker_flag]}
    assert (await s3.error("PutBucketReplication", Bucket="src", ReplicationConfiguration=config)).code == (
        "InvalidRequest"
    )
    err = await s3.error("GetBucketReplication", Bucket="src")
    assert (err.code, err.status_code) == ("ReplicationConfigurationNotFoundError", 404)


async def test_object_is_replicated_with_its_version_id(s3: Client) -> None:
    await replicate(s3, rule("all", "dst", Destination={"StorageClass": "STANDARD_IA"}))
    got = await s3("GetBucketReplication", Bucket="src")
    assert got["ReplicationConfiguration"]["Rules"][0]["ID"] == "all"
    put = await s3("PutObject", Bucket="src", Key="a/b", Body=b"payload", Metadata={"m": "1"})
    await s3.drain()
    source = await s3("HeadObject", Bucket="src", Key="a/b")
    assert source["ReplicationStatus"] == "COMPLETED"
    replica = await s3("GetObject", Bucket="dst", Key="a/b")
    assert replica["ReplicationStatus"] == "REPLICA"
    assert replica["VersionId"] == put["VersionId"]
    assert replica["StorageClass"] == "STANDARD_IA"
    assert replica["Metadata"] == {"m": "1"}
    assert b"".join([c async for c in replica["Body"]]) == b"payload"


async def test_filters_priority_and_cross_account(s3: Client) -> None:
    await replicate(
        s3,
        rule("logs", "dst", 1, Filter={"Prefix": "logs/"}),
        rule(
            "tagged", "theirs", 2, Filter={"And": {"Prefix": "logs/", "Tags": [{"Key": "x", "Value": "1"}]}}
        ),
    )
    await s3("PutObject", Bucket="src", Key="logs/plain", Body=b"1")
    await s3("PutObject", Bucket="src", Key="logs/tagged", Body=b"2", Tagging="x=1")
    await s3("PutObject", Bucket="src", Key="other", Body=b"3")
    await s3.drain()
    assert [o["Key"] for o in (await s3("ListObjectsV2", Bucket="dst")).get("Contents", [])] == ["logs/plain"]
    theirs = await s3("ListObjectsV2", Bucket="theirs", account=OTHER)
    assert [o["Key"] for o in theirs["Contents"]] == ["logs/tagged"]
    assert "ReplicationStatus" not in await s3("HeadObject", Bucket="src", Key="other")


async def test_delete_markers_follow_the_flag(s3: Client) -> None:
    await replicate(
        s3,
        rule("markers", "dst", 2, Filter={"Prefix": "m/"}, DeleteMarkerReplication={"Status": "Enabled"}),
        rule("nomarkers", "dst", 1, Filter={"Prefix": "n/"}),
    )
    await s3("PutObject", Bucket="src", Key="m/1", Body=b"1")
    await s3("PutObject", Bucket="src", Key="n/1", Body=b"1")
    await s3.drain()
    marker = await s3("DeleteObject", Bucket="src", Key="m/1")
    await s3("DeleteObject", Bucket="src", Key="n/1")
    await s3.drain()
    listed = await s3("ListObjectVersions", Bucket="dst")
    assert [(m["Key"], m["VersionId"]) for m in listed["DeleteMarkers"]] == [("m/1", marker["VersionId"])]
    assert (await s3("HeadObject", Bucket="dst", Key="n/1"))["ReplicationStatus"] == "REPLICA"


async def test_pending_versions_are_requeued_at_start(s3: Client) -> None:
    put = await s3("PutObject", Bucket="src", Key="early", Body=b"before the rule")
    await replicate(s3, rule("all", "dst"))
    # as if a crash came between the version's commit (PENDING) and its outbox entry
    await s3.provider.store.set_extras("src", "early", put["VersionId"], {"replication_status": "PENDING"})
    assert await s3.provider.requeue_pending_replication() == 1
    await s3.drain()
    assert (await s3("HeadObject", Bucket="src", Key="early"))["ReplicationStatus"] == "COMPLETED"
    replica = await s3("HeadObject", Bucket="dst", Key="early")
    assert (replica["ReplicationStatus"], replica["VersionId"]) == ("REPLICA", put["VersionId"])


async def test_copies_out_of_order_keep_the_sources_latest(s3: Client) -> None:
    # the outbox runs entries side by side and retries them: the newer copy may run first
    config = {"Role": ROLE, "Rules": [rule("all", "dst")]}
    await s3.provider.store.put_config("src", "replication", config)  # no outbox entries
    first = await s3("PutObject", Bucket="src", Key="k", Body=b"one")
    second = await s3("PutObject", Bucket="src", Key="k", Body=b"two")
    for put in (first, second):
        await s3.provider.store.set_extras("src", "k", put["VersionId"], {"replication_status": "PENDING"})
    for put in (second, first):
        entry = {"kind": "replicate", "bucket": "src", "key": "k", "version_id": put["VersionId"]}
        await s3.provider.run_outbox_entry({**entry, "rule": rule("all", "dst")}, False)
    listed = await s3("ListObjectVersions", Bucket="dst")
    assert [(v["VersionId"], v["IsLatest"]) for v in listed["Versions"]] == [
        (second["VersionId"], True),
        (first["VersionId"], False),
    ]
    for put in (first, second):
        assert (await s3("HeadObject", Bucket="src", Key="k", VersionId=put["VersionId"]))[
            "ReplicationStatus"
        ] == "COMPLETED"
