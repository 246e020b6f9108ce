"""Data events are recorded only when a logging trail's selectors ask for them (as AWS): the selection
CloudTrail computes, the gateway hook that applies it, and the whole path through an embedded gateway."""

from __future__ import annotations

import gzip
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from overcast_cloudtrail.embedded import CloudtrailService
from overcast_cloudtrail.ingest import SELECTION_OPERATION as SERVICE_SIDE_SELECTION
from overcast_cloudtrail.ingest import parse_event
from overcast_cloudtrail.selectors import data_selection
from overcast_common.config import Settings
from overcast_common.context import Principal, RequestContext
from overcast_common.errors import ServiceError
from overcast_common.peers import peers
from overcast_common.protocol.models import service_model
from overcast_gateway.audit import SELECTION_OPERATION, Call, compile_selection, encode_record
from overcast_gateway.pipeline import Gateway
from overcast_gateway.services import ServiceRegistry

ACCOUNT = "000000000000"
CLOUDTRAIL = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101."


def trail(selectors: dict[str, Any], *, logging: bool = True, multi: bool = False) -> dict[str, Any]:
    return {
        "Trail": {"Name": "t", "HomeRegion": "eu-west-1", "IsMultiRegionTrail": multi},
        "Status": {"IsLogging": logging},
        **selectors,
    }


def test_the_internal_operation_names_agree() -> None:
    assert SELECTION_OPERATION == SERVICE_SIDE_SELECTION


def test_selection_from_basic_and_advanced_selectors() -> None:
    s3 = {"EventSelectors": [{"ReadWriteType": "WriteOnly", "DataResources": [
        {"Type": "AWS::S3::Object", "Values": ["arn:aws:s3:::b/"]}]}]}  # fmt: skip
    sqs = {"AdvancedEventSelectors": [{"FieldSelectors": [
        {"Field": "eventCategory", "Equals": ["Data"]},
        {"Field": "resources.type", "Equals": ["AWS::SQS::Queue"]},
        {"Field": "eventName", "Equals": ["SendMessage"]},
    ]}]}  # fmt: skip
    management = {"AdvancedEventSelectors": [{"FieldSelectors": [
        {"Field": "eventCategory", "Equals": ["Management"]}]}]}  # fmt: skip
    rules = data_selection([
        ("111111111111", trail(s3)),
        ("222222222222", trail(sqs, multi=True)),
        ("333333333333", trail(sqs, logging=False)),
        ("444444444444", trail(management)),
        ("555555555555", trail({})),  # default selectors: management events only
    ])  # fmt: skip
    assert rules == [
        {"Account": "111111111111", "Region": "eu-west-1", "Type": "AWS::S3::Object", "ReadOnly": "false"},
        {"Account": "222222222222", "Region": "*", "Type": "AWS::SQS::Queue", "ReadOnly": "*",
         "EventNames": ["SendMessage"]},
    ]  # fmt: skip
    wanted = compile_selection(rules)
    s3_writes = wanted[("111111111111", "eu-west-1")]
    assert ("s3", "PutObject") in s3_writes and ("s3", "GetObject") not in s3_writes
    assert not any(service != "s3" for service, _ in s3_writes)
    assert wanted[("222222222222", "*")] == {("sqs", "SendMessage")}
    assert compile_selection("garbage") == {} and compile_selection([None, 3]) == {}


def test_handed_over_fields_index_like_the_json() -> None:
    root = Principal(ACCOUNT, f"arn:aws:iam::{ACCOUNT}:root", "Root", ACCOUNT, "test")
    user = Principal(ACCOUNT, f"arn:aws:iam::{ACCOUNT}:user/bob", "IAMUser", "AIDA1", "AKIA2")

    def call(operation: str, params: dict[str, Any], result: Any = None, **kw: Any) -> Call:
        context = RequestContext("r", service="sqs", operation=operation, region="eu-west-1",
                                 account_id=ACCOUNT, principal=kw.get("principal", root))  # fmt: skip
        model = service_model("sqs").operation_model(operation)
        return Call(context, model, params, result, kw.get("error"), 1_900_000_000.0)

    calls = [
        call("CreateQueue", {"QueueName": "q"}, {"QueueUrl": f"http://h/{ACCOUNT}/q"}, principal=user),
        call("SendMessage", {"QueueUrl": f"http://h/{ACCOUNT}/q", "MessageBody": "b"}, {"MessageId": "m"}),
        call("GetQueueUrl", {"QueueName": "n"}, error=ServiceError("gone", code="QueueDoesNotExist")),
    ]
    for c in calls:
        document, fields = encode_record(c, columns=True)
        assert fields is not None
        assert parse_event(document, fields) == parse_event(document)


def signed(
    service: str, target: str, body: dict[str, Any], version: str = "1.0"
) -> tuple[dict[str, str], bytes]:
    data = json.dumps(body).encode()
    request = AWSRequest("POST", "http://localhost/", data=data,
                         headers={"X-Amz-Target": target, "Content-Type": f"application/x-amz-json-{version}"})  # fmt: skip
    SigV4Auth(Credentials("test", "test"), service, "us-east-1").add_auth(request)
    return dict(request.headers.items()), data


@pytest.fixture
async def gateway(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Gateway]:
    monkeypatch.setenv("OVERCAST_AUDIT", "on")
    settings = Settings(data_dir=tmp_path, services=("sqs", "s3", "cloudtrail"))
    gw = Gateway(settings, ServiceRegistry(settings))
    await gw.start()
    yield gw
    await gw.stop()


async def test_data_events_only_while_a_trail_wants_them(gateway: Gateway, tmp_path: Path) -> None:
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=gateway), base_url="http://localhost")

    async def api(service: str, operation: str, **body: Any) -> dict[str, Any]:
        if service == "sqs":
            headers, data = signed("sqs", f"AmazonSQS.{operation}", body)
        else:
            headers, data = signed("cloudtrail", CLOUDTRAIL + operation, body, "1.1")
        response = await http.post("/", headers=headers, content=data)
        assert response.status_code == 200, response.text
        return dict(response.json())

    cloudtrail = gateway.services._entries["cloudtrail"].embedded
    assert isinstance(cloudtrail, CloudtrailService) and cloudtrail.eventlog is not None

    async def stored() -> list[tuple[str, str]]:
        await gateway.audit.flush()
        assert cloudtrail.eventlog is not None and await cloudtrail.eventlog.drain()
        return [(e.event_name, e.category) for e in await cloudtrail.store.events_after(0, 1000)]

    async def s3(operation: str, **params: Any) -> Any:
        return await peers.call(
            "s3", operation, params, account_id=ACCOUNT, region="us-east-1", caller="test"
        )

    async with http:
        url = (await api("sqs", "CreateQueue", QueueName="q"))["QueueUrl"]
        await api("sqs", "SendMessage", QueueUrl=url, MessageBody="before any trail")
        assert await stored() == [("CreateQueue", "Management")]
        assert gateway.audit.stats.unwanted == 1

        await s3("CreateBucket", Bucket="trail-bucket")
        await api("cloudtrail", "CreateTrail", Name="data", S3BucketName="trail-bucket")
        await api("cloudtrail", "StartLogging", Name="data")
        await api("cloudtrail", "PutEventSelectors", TrailName="data", AdvancedEventSelectors=[
            {"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]},
                                {"Field": "resources.type", "Equals": ["AWS::SQS::Queue"]}]}])  # fmt: skip
        await stored()  # the trail change made the auditor fetch the selection
        await api("sqs", "SendMessage", QueueUrl=url, MessageBody="wanted")
        await api("sqs", "ReceiveMessage", QueueUrl=url)
        events = await stored()
        assert ("SendMessage", "Data") in events and ("ReceiveMessage", "Data") in events

        await api("cloudtrail", "StopLogging", Name="data")  # delivers what the trail logged
        listed = await s3("ListObjectsV2", Bucket="trail-bucket")
        delivered = []
        for item in listed["Contents"]:
            assert item["Key"].startswith(f"AWSLogs/{ACCOUNT}/CloudTrail/us-east-1/")
            body = (await s3("GetObject", Bucket="trail-bucket", Key=item["Key"]))["Body"]
            data = body if isinstance(body, bytes) else b"".join([chunk async for chunk in body])
            delivered.append(json.loads(gzip.decompress(data))["Records"])
        names = [r["eventName"] for records in delivered for r in records]
        assert "SendMessage" in names and "ReceiveMessage" in names
        assert "CreateTrail" not in names  # before logging started

        await stored()
        before = len(await stored())
        await api("sqs", "SendMessage", QueueUrl=url, MessageBody="after stop")
        await api("sqs", "GetQueueAttributes", QueueUrl=url, AttributeNames=["All"])
        after = await stored()
        assert after[before:] == [("GetQueueAttributes", "Management")]
