"""STS business logic: who is calling, and temporary credentials for them.

A provider overrides the typed methods of its generated API class (``StsApi``); every operation it
does not override answers "not implemented yet". It never sees HTTP: it gets the call's
``RequestContext`` and typed keyword arguments, returns the output members as a dict and raises the
generated AWS errors. State lives behind the store port, passed in.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from overcast_common.api.sts import GetCallerIdentityResponse, GetSessionTokenResponse, StsApi
from overcast_common.context import Principal, RequestContext
from overcast_common.errors import AccessDenied
from overcast_common.identity import root_principal

from overcast_sts.store import SessionCredentials, StsStore
from overcast_sts.validation import validate

SESSION_KEY_PREFIX = "ASIA"
"""AWS's prefix for temporary access key ids; SigV4 only asks the STS store about these."""

# GetSessionToken durations (seconds), as AWS documents them; the model's range bounds the rest
DEFAULT_DURATION = 43_200
MAX_ROOT_DURATION = 3_600

_KEY_ALPHABET = string.ascii_uppercase + "234567"


def _now() -> datetime:
    return datetime.now(UTC)


class StsProvider(StsApi):
    def __init__(self, store: StsStore, *, clock: Callable[[], datetime] = _now) -> None:
        self.store = store
        self.clock = clock

    async def get_caller_identity(self, context: RequestContext) -> GetCallerIdentityResponse:
        caller = _caller(context)
        return {
            "UserId": caller.principal_id or caller.account_id,
            "Account": caller.account_id,
            "Arn": caller.arn,
        }

    async def get_session_token(
        self,
        context: RequestContext,
        *,
        duration_seconds: int | None = None,
        serial_number: str | None = None,
        token_code: str | None = None,
    ) -> GetSessionTokenResponse:
        validate(
            "GetSessionToken",
            {"DurationSeconds": duration_seconds, "SerialNumber": serial_number, "TokenCode": token_code},
        )
        caller = _caller(context)
        if caller.session_token:
            raise AccessDenied("Cannot call GetSessionToken with session credentials")
        duration = DEFAULT_DURATION if duration_seconds is None else duration_seconds
        if caller.principal_type == "Root":
            duration = min(duration, MAX_ROOT_DURATION)  # AWS caps root sessions at one hour
        session = SessionCredentials(
            access_key_id=SESSION_KEY_PREFIX + "".join(secrets.choice(_KEY_ALPHABET) for _ in range(16)),
            secret_access_key=secrets.token_urlsafe(30)[:40],
            session_token=secrets.token_urlsafe(96),
            expiration=(self.clock() + timedelta(seconds=duration)).replace(microsecond=0),
            account_id=caller.account_id,
            arn=caller.arn,
            principal_type=caller.principal_type,
            principal_id=caller.principal_id or caller.account_id,
            created=self.clock().replace(microsecond=0),
            mfa=serial_number is not None and token_code is not None,
        )
        await self.store.delete_expired(self.clock())  # housekeeping, while we are writing anyway
        await self.store.put_session(session)
        return {
            "Credentials": {
                "AccessKeyId": session.access_key_id,
                "SecretAccessKey": session.secret_access_key,
                "SessionToken": session.session_token,
                "Expiration": session.expiration,
            }
        }


def _caller(context: RequestContext) -> Principal:
    # STS always requires a signature; the fallback only serves callers built without one (tests)
    return context.principal or root_principal(context.account_id)
