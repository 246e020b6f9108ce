"""Issued credentials cross overcast.control.v1 whole: a remote STS's session keys keep their principal,
expiry and session context (CloudTrail's creationDate, mfaAuthenticated) in cluster mode."""

from __future__ import annotations

from datetime import UTC, datetime

from overcast_common._generated.overcast.control.v1 import control_pb2 as pb
from overcast_common.context import Principal
from overcast_common.control import decode_credential, encode_credential
from overcast_common.identity import Credential


def test_a_session_credential_round_trips() -> None:
    created = datetime(2026, 11, 28, 21, 0, 1, tzinfo=UTC)
    principal = Principal(
        account_id="000000000000",
        arn="arn:aws:iam::000000000000:root",
        principal_type="Root",
        principal_id="000000000000",
        access_key_id="ASIAEXAMPLE000000001",
        session_token="token",
        session_created=created,
        mfa_authenticated=True,
    )
    credential = Credential(
        "ASIAEXAMPLE000000001",
        "secret",
        principal,
        "token",
        datetime(2026, 11, 28, 22, 0, 1, 250, tzinfo=UTC),
    )
    message = pb.Credential()
    encode_credential(credential, message)
    assert decode_credential(pb.Credential.FromString(message.SerializeToString())) == credential


def test_a_credential_without_session_context_stays_without() -> None:
    principal = Principal("111122223333", "arn:aws:iam::111122223333:root", "Root", "111122223333", "AKIA1")
    message = pb.Credential()
    encode_credential(Credential("AKIA1", "s", principal), message)
    decoded = decode_credential(message)
    assert decoded.principal.session_created is None and decoded.principal.mfa_authenticated is False
    assert decoded.expires_at is None
