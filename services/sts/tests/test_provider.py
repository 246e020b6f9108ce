"""StsProvider through its dispatch handler, as the gateway calls it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import Principal, RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_common.service import ServiceHandler
from overcast_sts.credentials import SessionKeys
from overcast_sts.provider import StsProvider
from overcast_sts.store.sql import SqlStsStore

NOW = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStsStore]:
    s = await SqlStsStore.open(tmp_path / "sts.sqlite3")
    yield s
    await s.close()


@pytest.fixture
def handler(store: SqlStsStore) -> ServiceHandler:
    return ServiceHandler(StsProvider(store, clock=lambda: NOW), AllowRoot())


def context(operation: str, principal: Principal | None = None) -> RequestContext:
    principal = principal or root_principal("000000000000", "test")
    return RequestContext(
        request_id="r",
        service="sts",
        operation=operation,
        protocol="query",
        account_id=principal.account_id,
        principal=principal,
    )


async def test_get_caller_identity_of_root(handler: ServiceHandler) -> None:
    result = await handler(context("GetCallerIdentity"), {})
    assert result == {
        "UserId": "000000000000",
        "Account": "000000000000",
        "Arn": "arn:aws:iam::000000000000:root",
    }


async def test_get_caller_identity_of_another_account(handler: ServiceHandler) -> None:
    result = await handler(context("GetCallerIdentity", root_principal("111122223333", "111122223333")), {})
    assert result["Account"] == "111122223333"
    assert result["Arn"] == "arn:aws:iam::111122223333:root"


async def test_get_session_token_issues_keys_sigv4_can_find(
    handler: ServiceHandler, store: SqlStsStore
) -> None:
    result = await handler(context("GetSessionToken"), {"DurationSeconds": 900})
    creds = result["Credentials"]
    assert creds["AccessKeyId"].startswith("ASIA") and len(creds["AccessKeyId"]) == 20
    assert creds["Expiration"] == NOW + timedelta(seconds=900)
    found = await SessionKeys(store).lookup(creds["AccessKeyId"])
    assert found is not None
    assert found.secret_access_key == creds["SecretAccessKey"]
    assert found.session_token == creds["SessionToken"]
    assert found.principal.arn == "arn:aws:iam::000000000000:root"
    assert found.principal.session_token == creds["SessionToken"]
    assert found.expires_at == creds["Expiration"]
    # CloudTrail's sessionContext.attributes for calls made with these keys
    assert found.principal.session_created == NOW.replace(microsecond=0)
    assert found.principal.mfa_authenticated is False


async def test_a_session_issued_with_mfa_says_so(handler: ServiceHandler, store: SqlStsStore) -> None:
    params = {"SerialNumber": "arn:aws:iam::000000000000:mfa/me", "TokenCode": "123456"}
    creds = (await handler(context("GetSessionToken"), params))["Credentials"]
    found = await SessionKeys(store).lookup(creds["AccessKeyId"])
    assert found is not None and found.principal.mfa_authenticated is True


async def test_root_sessions_are_capped_at_one_hour(handler: ServiceHandler) -> None:
    result = await handler(context("GetSessionToken"), {"DurationSeconds": 7200})
    assert result["Credentials"]["Expiration"] == NOW + timedelta(hours=1)


@pytest.mark.parametrize("duration", [899, 129_601])
async def test_duration_out_of_range_is_a_validation_error(handler: ServiceHandler, duration: int) -> None:
    with pytest.raises(ServiceError) as err:
        await handler(context("GetSessionToken"), {"DurationSeconds": duration})
    assert (err.value.code, err.value.status_code) == ("ValidationError", 400)


async def test_session_credentials_cannot_get_another_session(handler: ServiceHandler) -> None:
    principal = root_principal("000000000000", "ASIAXXXXXXXXXXXXXXXX")
    principal.session_token = "tok"
    with pytest.raises(ServiceError) as err:
        await handler(context("GetSessionToken", principal), {})
    assert err.value.code == "AccessDenied"


async def test_session_keys_ignore_keys_sts_never_issues(store: SqlStsStore) -> None:
    assert await SessionKeys(store).lookup("AKIAIOSFODNN7EXAMPLE") is None
    assert await SessionKeys(store).lookup("ASIANEVERISSUED00000") is None


async def test_unimplemented_operation_is_501(handler: ServiceHandler) -> None:
    with pytest.raises(ServiceError) as err:
        await handler(context("GetFederationToken"), {"Name": "x"})
    assert err.value.status_code == 501


@pytest.mark.parametrize(
    ("params", "detail"),
    [
        (
            {"SerialNumber": "short"},
            "at 'serialNumber' failed to satisfy constraint: Member must have length",
        ),
        (
            {"SerialNumber": "arn with spaces"},
            "Member must satisfy regular expression pattern: [\\w+=/:,.@-]*",
        ),
        ({"TokenCode": "12345678"}, "at 'tokenCode' failed to satisfy constraint: Member must have length"),
        ({"TokenCode": "abcdef"}, "Value 'abcdef' at 'tokenCode' failed to satisfy constraint"),
    ],
)
async def test_mfa_members_outside_the_model_are_a_validation_error(
    handler: ServiceHandler, params: dict[str, str], detail: str
) -> None:
    with pytest.raises(ServiceError) as err:
        await handler(context("GetSessionToken"), params)
    assert (err.value.code, err.value.status_code) == ("ValidationError", 400)
    assert str(err.value.message).startswith("1 validation error detected: ")
    assert detail in str(err.value.message)
