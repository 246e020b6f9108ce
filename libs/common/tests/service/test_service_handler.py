"""ServiceHandler: params to typed kwargs, the authorization step, results and errors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from overcast_common.api.sqs import QueueDoesNotExist, SqsApi
from overcast_common.api.sts import GetAccessKeyInfoResponse, GetCallerIdentityResponse, StsApi
from overcast_common.authz import AllowRoot, resources
from overcast_common.context import Principal, RequestContext
from overcast_common.errors import AccessDenied, InvalidAction, ServiceError
from overcast_common.service import OperationNotImplemented, ServiceHandler


class RecordingAuthorizer:
    def __init__(self, deny: bool = False) -> None:
        self.calls: list[tuple[str, list[str]]] = []
        self.deny = deny

    async def authorize(self, context: RequestContext, action: str, resources: Sequence[str]) -> None:
        self.calls.append((action, list(resources)))
        if self.deny:
            raise AccessDenied(f"not authorized to perform: {action}")


class FakeSts(StsApi):
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    async def get_caller_identity(self, context: RequestContext) -> GetCallerIdentityResponse:
        self.calls.append(("GetCallerIdentity", {}))
        return {"Account": context.account_id, "Arn": f"arn:aws:iam::{context.account_id}:root"}

    @resources("arn:{partition}:iam::{account}:user/{AccessKeyId}/{NotAMember}")
    async def get_access_key_info(
        self, context: RequestContext, *, access_key_id: str
    ) -> GetAccessKeyInfoResponse:
        self.calls.append(("GetAccessKeyInfo", {"access_key_id": access_key_id}))
        return {"Account": "111122223333"}

    @resources(lambda context, params: [f"arn:aws:sts::{context.account_id}:token/{params['TokenCode']}"],
               action="sts:GetSessionTokenCustom")  # fmt: skip
    async def get_session_token(self, context: RequestContext, **kwargs: Any) -> Any:
        self.calls.append(("GetSessionToken", kwargs))
        return None

    async def decode_authorization_message(self, context: RequestContext, *, encoded_message: str) -> Any:
        raise NotImplementedError("only plain messages")


def ctx(operation: str, service: str = "sts", **kwargs: Any) -> RequestContext:
    return RequestContext(
        request_id="req-1", service=service, operation=operation, account_id="123456789012", **kwargs
    )


async def test_calls_the_method_with_the_context_and_returns_its_result() -> None:
    provider, authz = FakeSts(), RecordingAuthorizer()
    result = await ServiceHandler(provider, authz)(ctx("GetCallerIdentity"), {})
    assert result == {"Account": "123456789012", "Arn": "arn:aws:iam::123456789012:root"}
    assert authz.calls == [("sts:GetCallerIdentity", ["*"])]  # undeclared resources: "*"


async def test_params_become_snake_case_kwargs_and_templates_fill_from_context_and_params() -> None:
    provider, authz = FakeSts(), RecordingAuthorizer()
    result = await ServiceHandler(provider, authz)(
        ctx("GetAccessKeyInfo", region="cn-north-1"), {"AccessKeyId": "AKIAEXAMPLE", "Unmodeled": 1}
    )
    assert result == {"Account": "111122223333"}
    assert provider.calls == [
        ("GetAccessKeyInfo", {"access_key_id": "AKIAEXAMPLE"})
    ]  # unknown member dropped
    assert authz.calls == [("sts:GetAccessKeyInfo", ["arn:aws-cn:iam::123456789012:user/AKIAEXAMPLE/*"])]


async def test_none_result_is_an_empty_dict_and_declared_action_and_resource_function_are_used() -> None:
    provider, authz = FakeSts(), RecordingAuthorizer()
    params = {"DurationSeconds": 900, "SerialNumber": "sn", "TokenCode": "123456"}
    assert await ServiceHandler(provider, authz)(ctx("GetSessionToken"), params) == {}
    assert provider.calls == [
        ("GetSessionToken", {"duration_seconds": 900, "serial_number": "sn", "token_code": "123456"})
    ]
    assert authz.calls == [("sts:GetSessionTokenCustom", ["arn:aws:sts::123456789012:token/123456"])]


async def test_unimplemented_operation_is_internal_failure_501() -> None:
    handler = ServiceHandler(FakeSts(), RecordingAuthorizer())
    with pytest.raises(OperationNotImplemented) as caught:
        await handler(
            ctx("AssumeRole"), {"RoleArn": "arn:aws:iam::123456789012:role/r", "RoleSessionName": "s"}
        )
    error = caught.value
    assert isinstance(error, ServiceError)
    assert (error.code, error.status_code, error.sender_fault) == ("InternalFailure", 501, False)
    assert "AssumeRole" in error.message and "sts" in error.message
    with pytest.raises(OperationNotImplemented, match="only plain messages"):
        await handler(ctx("DecodeAuthorizationMessage"), {"EncodedMessage": "x"})


async def test_denied_call_never_reaches_the_provider() -> None:
    provider = FakeSts()
    with pytest.raises(ServiceError) as caught:
        await ServiceHandler(provider, RecordingAuthorizer(deny=True))(ctx("GetCallerIdentity"), {})
    assert (caught.value.code, caught.value.status_code) == ("AccessDenied", 403)
    assert provider.calls == []


async def test_provider_errors_propagate_unchanged() -> None:
    class Sqs(SqsApi):
        async def get_queue_url(self, context: RequestContext, **kwargs: Any) -> Any:
            raise QueueDoesNotExist("The specified queue does not exist.")

    with pytest.raises(QueueDoesNotExist):
        await ServiceHandler(Sqs(), AllowRoot())(ctx("GetQueueUrl", service="sqs"), {"QueueName": "q"})


async def test_operation_of_another_service_is_invalid_action() -> None:
    with pytest.raises(InvalidAction):
        await ServiceHandler(FakeSts(), RecordingAuthorizer())(ctx("SendMessage"), {})


def test_handler_names_its_service() -> None:
    assert ServiceHandler(FakeSts(), AllowRoot()).service == "sts"


def _principal(kind: Any, verified: bool = True) -> Principal:
    arn = "arn:aws:iam::123456789012:root" if kind == "Root" else "arn:aws:iam::123456789012:user/bob"
    return Principal(account_id="123456789012", arn=arn, principal_type=kind, verified=verified)


@pytest.mark.parametrize(
    "principal",
    [None, _principal("Root"), _principal("Anonymous"), _principal("IAMUser", verified=False)],
    ids=["anonymous", "root", "anonymous-principal", "unverified-key"],
)
async def test_allow_root_allows_root_unverified_and_anonymous(principal: Principal | None) -> None:
    await AllowRoot().authorize(ctx("GetCallerIdentity", principal=principal), "sts:GetCallerIdentity", ["*"])


@pytest.mark.parametrize(
    ("service", "code", "query_code"),
    [("sts", "AccessDenied", None), ("sqs", "AccessDeniedException", "AccessDenied"),
     ("dynamodb", "AccessDeniedException", None), ("s3", "AccessDenied", None)],
)  # fmt: skip
async def test_allow_root_denies_other_principals_as_the_service_would(
    service: str, code: str, query_code: str | None
) -> None:
    context = ctx("AnyOperation", service=service, principal=_principal("IAMUser"))
    with pytest.raises(AccessDenied) as caught:
        await AllowRoot().authorize(context, f"{service}:AnyOperation", ["arn:aws:x"])
    error = caught.value
    assert (error.code, error.status_code) == (code, 403)
    assert getattr(error, "query_code", None) == query_code
    assert error.message.startswith(
        f"User: arn:aws:iam::123456789012:user/bob is not authorized to perform: {service}:AnyOperation "
        "on resource: arn:aws:x"
    )


def test_default_resource_arns_and_action() -> None:
    provider = FakeSts()
    params: Mapping[str, Any] = {}
    assert provider.resource_arns(ctx("GetCallerIdentity"), "GetCallerIdentity", params) == ["*"]
    assert provider.iam_action("GetCallerIdentity") == "sts:GetCallerIdentity"


class CountingSts(FakeSts):
    """Counts how often the handler asks which resources a call touches."""

    def __init__(self) -> None:
        super().__init__()
        self.resource_questions = 0

    def resource_arns(
        self, context: RequestContext, operation: str, params: Mapping[str, Any]
    ) -> Sequence[str]:
        self.resource_questions += 1
        return super().resource_arns(context, operation, params)


@pytest.mark.parametrize(
    "principal",
    [
        None,
        Principal(account_id="123456789012", arn="arn:aws:iam::123456789012:root"),
        Principal(account_id="1", arn="arn:aws:iam::1:user/u", principal_type="IAMUser", verified=False),
    ],
)
async def test_allow_root_callers_skip_the_resource_question(principal: Principal | None) -> None:
    provider = CountingSts()
    result = await ServiceHandler(provider, AllowRoot())(
        ctx("GetAccessKeyInfo", principal=principal), {"AccessKeyId": "AKIDEXAMPLE"}
    )
    assert result == {"Account": "111122223333"}
    assert provider.resource_questions == 0


async def test_other_principals_are_still_asked_about_and_denied() -> None:
    provider = CountingSts()
    user = Principal(account_id="1", arn="arn:aws:iam::1:user/u", principal_type="IAMUser")
    with pytest.raises(AccessDenied) as caught:
        await ServiceHandler(provider, AllowRoot())(
            ctx("GetAccessKeyInfo", principal=user), {"AccessKeyId": "AKIDEXAMPLE"}
        )
    assert provider.resource_questions == 1 and provider.calls == []
    assert "sts:GetAccessKeyInfo on resource: arn:aws:iam::123456789012:user/AKIDEXAMPLE/*" in str(
        caught.value
    )


async def test_another_authorizer_is_always_asked() -> None:
    provider, authz = CountingSts(), RecordingAuthorizer()
    root = Principal(account_id="123456789012", arn="arn:aws:iam::123456789012:root")
    await ServiceHandler(provider, authz)(ctx("GetAccessKeyInfo", principal=root), {"AccessKeyId": "AKID"})
    assert provider.resource_questions == 1
    assert authz.calls == [("sts:GetAccessKeyInfo", ["arn:aws:iam::123456789012:user/AKID/*"])]
