"""XrayProvider through its dispatch handler, as the gateway calls it."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import ServiceHandler
from overcast_xray.provider import XrayProvider
from overcast_xray.store.sql import SqlXrayStore

from .conftest import seg_id, segment, text

NOW = time.time()


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlXrayStore]:
    s = await SqlXrayStore.open(tmp_path / "xray.db")
    yield s
    await s.close()


@pytest.fixture
def call(store: SqlXrayStore) -> Any:
    handler = ServiceHandler(XrayProvider(store), AllowRoot())

    async def run(operation: str, **params: Any) -> dict[str, Any]:
        context = RequestContext(request_id="r", service="xray", operation=operation, protocol="rest-json")
        return await handler(context, params)

    return run


def window(minutes: int = 10) -> dict[str, datetime]:
    now = datetime.now(UTC)
    return {"StartTime": now - timedelta(minutes=minutes), "EndTime": now + timedelta(minutes=1)}


async def put(call: Any, *docs: dict[str, Any]) -> None:
    result = await call("PutTraceSegments", TraceSegmentDocuments=[text(d) for d in docs])
    assert result["UnprocessedTraceSegments"] == []


def two_service_trace(**root_fields: Any) -> list[dict[str, Any]]:
    """client → web → (subsegment calls) api, plus web → DynamoDB inferred."""
    web = segment(
        "web",
        http={"request": {"method": "GET", "url": "https://shop/cart"}, "response": {"status": 200}},
        **root_fields,
    )
    call_api = {
        "id": seg_id(),
        "name": "api",
        "namespace": "remote",
        "start_time": web["start_time"] + 0.01,
        "end_time": web["start_time"] + 0.05,
    }
    dynamo = {
        "id": seg_id(),
        "name": "DynamoDB",
        "namespace": "aws",
        "start_time": web["start_time"] + 0.06,
        "end_time": web["start_time"] + 0.07,
        "aws": {"operation": "GetItem"},
    }
    web["subsegments"] = [call_api, dynamo]
    api = segment(
        "api",
        trace_id=web["trace_id"],
        parent_id=call_api["id"],
        start=web["start_time"] + 0.02,
        duration=0.02,
    )
    return [web, api]


async def test_put_then_summaries_and_batch_get(call: Any) -> None:
    docs = two_service_trace(annotations={"customer": "alice"}, user="bob")
    await put(call, *docs)
    summaries = (await call("GetTraceSummaries", **window()))["TraceSummaries"]
    assert len(summaries) == 1
    s = summaries[0]
    assert s["Id"] == docs[0]["trace_id"]
    assert s["EntryPoint"]["Name"] == "web"
    assert s["Http"] == {"HttpURL": "https://shop/cart", "HttpStatus": 200, "HttpMethod": "GET"}
    assert s["Annotations"]["customer"][0]["AnnotationValue"] == {"StringValue": "alice"}
    assert s["Users"][0]["UserName"] == "bob"
    assert {x["Name"] for x in s["ServiceIds"]} == {"web", "api", "DynamoDB"}
    assert s["ResponseTime"] == pytest.approx(0.1) and not s["HasFault"]
    traces = await call(
        "BatchGetTraces", TraceIds=[docs[0]["trace_id"], "1-00000000-000000000000000000000000"]
    )
    assert traces["UnprocessedTraceIds"] == ["1-00000000-000000000000000000000000"]
    segments = traces["Traces"][0]["Segments"]
    assert {json.loads(x["Document"])["name"] for x in segments} == {"web", "api"}


async def test_independent_subsegments_merge_into_their_parent(call: Any) -> None:
    root = segment("web", in_progress=True)
    del root["end_time"]
    sub = segment("work", trace_id=root["trace_id"], type="subsegment", parent_id=root["id"])
    await put(call, root, sub)
    assert (await call("GetTraceSummaries", **window()))["TraceSummaries"][0]["IsPartial"] is True
    await put(call, {**root, "end_time": root["start_time"] + 1, "in_progress": False})
    await put(call, root)  # a late in-progress copy does not undo the completed segment
    document = json.loads(
        (await call("BatchGetTraces", TraceIds=[root["trace_id"]]))["Traces"][0]["Segments"][0]["Document"]
    )
    assert document["end_time"] == root["start_time"] + 1
    assert [s["id"] for s in document["subsegments"]] == [sub["id"]]
    assert "trace_id" not in document["subsegments"][0]


async def test_unprocessed_segments_are_reported(call: Any) -> None:
    result = await call(
        "PutTraceSegments", TraceSegmentDocuments=[text(segment()), text(segment(name="a<b"))]
    )
    assert [u["ErrorCode"] for u in result["UnprocessedTraceSegments"]] == ["InvalidName"]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ('service("api")', {"ok-trace", "fault-trace"}),
        ('service("web") { fault }', {"fault-trace"}),
        ('edge("web", "api")', {"ok-trace", "fault-trace"}),
        ('edge("web", "api") { responsetime > 0.5 }', {"slow-trace"} - {"slow-trace"}),
        ("fault", {"fault-trace"}),
        ("ok", {"ok-trace", "plain"}),
        ("!ok", {"fault-trace", "throttled"}),
        ("fault = false AND error = false AND throttle = false", {"ok-trace", "plain"}),
        ("throttle", {"throttled"}),
        ("error", {"throttled"}),
        ("http.status = 500", {"fault-trace"}),
        ("http.status >= 400 AND http.status < 500", {"throttled"}),
        ('http.url CONTAINS "cart"', {"ok-trace", "fault-trace"}),
        ('http.url BEGINSWITH "https://shop"', {"ok-trace", "fault-trace"}),
        ('http.method = "POST"', {"throttled"}),
        ("responsetime > 2", {"plain"}),
        ("duration < 1", {"ok-trace", "fault-trace", "throttled"}),
        ('annotation.tag = "ok-trace"', {"ok-trace"}),
        ("annotation.n >= 2", {"fault-trace", "throttled"}),
        ("annotation.flag = true", {"plain"}),
        ('annotation[tag] ENDSWITH "-trace"', {"ok-trace", "fault-trace"}),
        ('annotation.tag = "plain" OR (fault AND http.status = 500)', {"plain", "fault-trace"}),
        ('NOT service("api")', {"throttled", "plain"}),
        ('service(id(name: "api", type: "service"))', {"ok-trace", "fault-trace"}),
        ('id(name: "DynamoDB", type: "AWS::DynamoDB")', {"ok-trace", "fault-trace"}),
        ('user = "carol"', {"plain"}),
    ],
)
async def test_filter_expressions(call: Any, expression: str, expected: set[str]) -> None:
    ok = two_service_trace(annotations={"tag": "ok-trace", "n": 1})
    fault = two_service_trace(annotations={"tag": "fault-trace", "n": 2})
    fault[0]["http"]["response"]["status"] = 500
    fault[0]["fault"] = True
    throttled = segment(
        "web",
        annotations={"tag": "throttled", "n": 3},
        http={"request": {"method": "POST"}, "response": {"status": 429}},
    )
    plain = segment("worker", duration=3, annotations={"tag": "plain", "flag": True}, user="carol")
    await put(call, *ok, *fault, throttled, plain)
    result = await call("GetTraceSummaries", **window(), FilterExpression=expression)
    tags = {s["Annotations"]["tag"][0]["AnnotationValue"]["StringValue"] for s in result["TraceSummaries"]}
    assert tags == expected


@pytest.mark.parametrize(
    "expression",
    ['service("a"', "responsetime > fast", "bogus", 'http.url > "x"', "annotation.bad-key = 1", "fault AND"],
)
async def test_bad_filter_expressions_are_invalid_requests(call: Any, expression: str) -> None:
    with pytest.raises(ServiceError) as err:
        await call("GetTraceSummaries", **window(), FilterExpression=expression)
    assert err.value.code == "InvalidRequestException"


async def test_time_ranges_and_pagination(call: Any) -> None:
    old = segment("old", start=NOW - 3 * 3600)
    await put(call, old, *(segment(f"svc{i}") for i in range(130)))
    pages, token = [], None
    while True:
        params: dict[str, Any] = {**window(), **({"NextToken": token} if token else {})}
        page = await call("GetTraceSummaries", **params)
        pages.append(page["TraceSummaries"])
        token = page.get("NextToken")
        if not token:
            break
    assert [len(p) for p in pages] == [100, 30]
    assert len({s["Id"] for p in pages for s in p}) == 130
    by_id = await call(
        "GetTraceSummaries",
        TimeRangeType="TraceId",
        StartTime=datetime.fromtimestamp(NOW - 4 * 3600, UTC),
        EndTime=datetime.fromtimestamp(NOW - 2 * 3600, UTC),
    )
    assert [s["Id"] for s in by_id["TraceSummaries"]] == [old["trace_id"]]
    with pytest.raises(ServiceError, match="24 hours"):
        await call(
            "GetTraceSummaries",
            StartTime=datetime(2030, 1, 1, tzinfo=UTC),
            EndTime=datetime(2030, 1, 3, tzinfo=UTC),
        )
    with pytest.raises(ServiceError) as err:
        await call("GetTraceSummaries", **window(), NextToken="garbage!")
    assert err.value.code == "InvalidRequestException"


async def test_service_graph_client_to_services_with_statistics(call: Any) -> None:
    ok = two_service_trace()
    fault = two_service_trace(fault=True)
    await put(call, *ok, *fault)
    services = (await call("GetServiceGraph", **window()))["Services"]
    by_name = {s.get("Name", "client"): s for s in services}
    client, web, api = by_name["client"], by_name["web"], by_name["api"]
    assert client["Type"] == "client"
    assert [e["ReferenceId"] for e in client["Edges"]] == [web["ReferenceId"]]
    assert web["Root"] is True and api["Root"] is False
    assert {services[e["ReferenceId"]].get("Name") for e in web["Edges"]} == {"api", "DynamoDB"}
    assert web["SummaryStatistics"]["TotalCount"] == 2
    assert web["SummaryStatistics"]["FaultStatistics"]["TotalCount"] == 1
    assert web["SummaryStatistics"]["OkCount"] == 1
    edge = client["Edges"][0]
    assert edge["SummaryStatistics"]["TotalCount"] == 2
    assert sum(h["Count"] for h in edge["ResponseTimeHistogram"]) == 2
    assert by_name["DynamoDB"]["Type"] == "AWS::DynamoDB" and by_name["DynamoDB"]["State"] == "unknown"
    graph = (await call("GetTraceGraph", TraceIds=[ok[0]["trace_id"]]))["Services"]
    assert {s.get("Name", "client") for s in graph} == {"client", "web", "api", "DynamoDB"}
    series = (
        await call(
            "GetTimeSeriesServiceStatistics", **window(), EntitySelectorExpression='service("web")', Period=60
        )
    )["TimeSeriesServiceStatistics"]
    assert sum(p["ServiceSummaryStatistics"]["TotalCount"] for p in series) == 2


async def test_groups_filter_graphs_and_summaries(call: Any) -> None:
    await put(call, *two_service_trace(), segment("lonely"))
    group = (await call("CreateGroup", GroupName="apis", FilterExpression='service("api")'))["Group"]
    assert group["GroupARN"].startswith("arn:aws:xray:us-east-1:000000000000:group/apis/")
    graph = (await call("GetServiceGraph", **window(), GroupName="apis"))["Services"]
    assert "lonely" not in {s.get("Name") for s in graph}
    via_group = await call("GetTraceSummaries", **window(), FilterExpression='group.name = "apis"')
    assert len(via_group["TraceSummaries"]) == 1
    names = [g["GroupName"] for g in (await call("GetGroups"))["Groups"]]
    assert names == ["Default", "apis"]
    with pytest.raises(ServiceError, match="already exists"):
        await call("CreateGroup", GroupName="apis")
    with pytest.raises(ServiceError) as err:
        await call("CreateGroup", GroupName="bad", FilterExpression="service(")
    assert err.value.code == "InvalidRequestException"
    updated = await call("UpdateGroup", GroupARN=group["GroupARN"], FilterExpression="fault")
    assert updated["Group"]["FilterExpression"] == "fault"
    await call("DeleteGroup", GroupName="apis")
    with pytest.raises(ServiceError, match="Group not found"):
        await call("GetGroup", GroupName="apis")
    with pytest.raises(ServiceError):
        await call("DeleteGroup", GroupName="Default")


async def test_sampling_rules_and_targets(call: Any) -> None:
    records = (await call("GetSamplingRules"))["SamplingRuleRecords"]
    default = records[0]["SamplingRule"]
    assert (default["RuleName"], default["ReservoirSize"], default["FixedRate"], default["Priority"]) == (
        "Default",
        1,
        0.05,
        10000,
    )
    rule = {
        "RuleName": "checkout",
        "ResourceARN": "*",
        "Priority": 5,
        "FixedRate": 0.5,
        "ReservoirSize": 4,
        "ServiceName": "web",
        "ServiceType": "*",
        "Host": "*",
        "HTTPMethod": "POST",
        "URLPath": "/checkout*",
        "Version": 1,
    }
    created = (await call("CreateSamplingRule", SamplingRule=rule, Tags=[{"Key": "team", "Value": "pay"}]))[
        "SamplingRuleRecord"
    ]
    arn = created["SamplingRule"]["RuleARN"]
    assert arn == "arn:aws:xray:us-east-1:000000000000:sampling-rule/checkout"
    assert [
        r["SamplingRule"]["RuleName"] for r in (await call("GetSamplingRules"))["SamplingRuleRecords"]
    ] == ["checkout", "Default"]
    assert (await call("ListTagsForResource", ResourceARN=arn))["Tags"] == [{"Key": "team", "Value": "pay"}]
    with pytest.raises(ServiceError, match="already exists"):
        await call("CreateSamplingRule", SamplingRule=rule)
    with pytest.raises(ServiceError, match="Version"):
        await call("CreateSamplingRule", SamplingRule={**rule, "RuleName": "v2", "Version": 2})
    now = datetime.now(UTC)

    def stats(client: str) -> list[dict[str, Any]]:
        return [
            {
                "RuleName": "checkout",
                "ClientID": client,
                "Timestamp": now,
                "RequestCount": 10,
                "SampledCount": 3,
                "BorrowCount": 1,
            },
            {"RuleName": "nope", "ClientID": client, "Timestamp": now, "RequestCount": 1, "SampledCount": 1},
        ]

    first = await call("GetSamplingTargets", SamplingStatisticsDocuments=stats("a" * 24))
    target = first["SamplingTargetDocuments"][0]
    assert (target["RuleName"], target["FixedRate"], target["ReservoirQuota"], target["Interval"]) == (
        "checkout",
        0.5,
        4,
        10,
    )
    assert target["ReservoirQuotaTTL"] > now
    assert first["UnprocessedStatistics"][0]["RuleName"] == "nope"
    second = await call("GetSamplingTargets", SamplingStatisticsDocuments=stats("b" * 24)[:1])
    assert second["SamplingTargetDocuments"][0]["ReservoirQuota"] == 2  # two clients share the reservoir
    summary = (await call("GetSamplingStatisticSummaries"))["SamplingStatisticSummaries"]
    assert (
        summary[0]["RuleName"] == "checkout"
        and summary[0]["RequestCount"] == 20
        and summary[0]["SampledCount"] == 6
    )
    updated = await call("UpdateSamplingRule", SamplingRuleUpdate={"RuleName": "checkout", "FixedRate": 0.1})
    assert updated["SamplingRuleRecord"]["SamplingRule"]["FixedRate"] == 0.1
    await call("UpdateSamplingRule", SamplingRuleUpdate={"RuleName": "Default", "ReservoirSize": 5})
    with pytest.raises(ServiceError):
        await call("UpdateSamplingRule", SamplingRuleUpdate={"RuleName": "Default", "ServiceName": "x"})
    with pytest.raises(ServiceError):
        await call("DeleteSamplingRule", RuleName="Default")
    deleted = await call("DeleteSamplingRule", RuleARN=arn)
    assert deleted["SamplingRuleRecord"]["SamplingRule"]["RuleName"] == "checkout"
    with pytest.raises(ServiceError) as err:
        await call("ListTagsForResource", ResourceARN=arn)
    assert err.value.code == "ResourceNotFoundException"


async def test_encryption_policies_indexing_insights(call: Any) -> None:
    assert (await call("GetEncryptionConfig"))["EncryptionConfig"] == {"Type": "NONE", "Status": "ACTIVE"}
    put_config = await call("PutEncryptionConfig", Type="KMS", KeyId="alias/mine")
    assert put_config["EncryptionConfig"]["Status"] == "UPDATING"
    assert (await call("GetEncryptionConfig"))["EncryptionConfig"] == {
        "Type": "KMS",
        "KeyId": "alias/mine",
        "Status": "ACTIVE",
    }
    document = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "sns.amazonaws.com"},
                    "Action": "xray:PutTraceSegments",
                    "Resource": "*",
                }
            ],
        }
    )
    policy = (await call("PutResourcePolicy", PolicyName="sns", PolicyDocument=document))["ResourcePolicy"]
    with pytest.raises(ServiceError) as err:
        await call("PutResourcePolicy", PolicyName="sns", PolicyDocument=document, PolicyRevisionId="99")
    assert err.value.code == "InvalidPolicyRevisionIdException"
    with pytest.raises(ServiceError) as err:
        await call("PutResourcePolicy", PolicyName="bad", PolicyDocument="{not json")
    assert err.value.code == "MalformedPolicyDocumentException"
    assert [p["PolicyName"] for p in (await call("ListResourcePolicies"))["ResourcePolicies"]] == ["sns"]
    await call("DeleteResourcePolicy", PolicyName="sns", PolicyRevisionId=policy["PolicyRevisionId"])
    assert (await call("ListResourcePolicies"))["ResourcePolicies"] == []
    rules = (await call("GetIndexingRules"))["IndexingRules"]
    assert rules[0]["Name"] == "Default"
    await call(
        "UpdateIndexingRule", Name="Default", Rule={"Probabilistic": {"DesiredSamplingPercentage": 10.0}}
    )
    rules = (await call("GetIndexingRules"))["IndexingRules"]
    assert rules[0]["Rule"]["Probabilistic"]["DesiredSamplingPercentage"] == 10.0
    assert (await call("GetInsightSummaries", **window()))["InsightSummaries"] == []
    assert (await call("GetInsightEvents", InsightId="x"))["InsightEvents"] == []
    assert (
        await call(
            "PutTelemetryRecords", TelemetryRecords=[{"Timestamp": datetime.now(UTC), "SegmentsSentCount": 1}]
        )
        == {}
    )
    assert (await call("GetTraceSegmentDestination"))["Destination"] == "XRay"


async def test_trace_retrieval(call: Any) -> None:
    docs = two_service_trace()
    await put(call, *docs)
    token = (await call("StartTraceRetrieval", TraceIds=[docs[0]["trace_id"]], **window()))["RetrievalToken"]
    listed = await call("ListRetrievedTraces", RetrievalToken=token)
    assert listed["RetrievalStatus"] == "COMPLETE" and len(listed["Traces"][0]["Spans"]) == 2
    graph = await call("GetRetrievedTracesGraph", RetrievalToken=token)
    assert {s["Service"].get("Name") for s in graph["Services"]} >= {"web", "api"}
    with pytest.raises(ServiceError) as err:
        await call("ListRetrievedTraces", RetrievalToken="unknown")
    assert err.value.code == "ResourceNotFoundException"


async def test_retention_forgets_traces_after_30_days(store: SqlXrayStore, call: Any) -> None:
    await put(call, segment("fresh"))
    later = XrayProvider(store, clock=lambda: datetime.now(UTC) + timedelta(days=31))
    assert await later.expire() == 1
    assert (await call("GetTraceSummaries", **window()))["TraceSummaries"] == []


async def test_accounts_are_isolated(store: SqlXrayStore, call: Any) -> None:
    await put(call, segment("mine"))
    handler = ServiceHandler(XrayProvider(store), AllowRoot())
    other = RequestContext(
        request_id="r", service="xray", operation="GetTraceSummaries", account_id="111122223333"
    )
    assert (await handler(other, window()))["TraceSummaries"] == []
