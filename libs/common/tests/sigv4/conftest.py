from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from overcast_common.identity import Credential, StaticCredentials, root_credential, root_principal


@pytest.fixture
def creds() -> StaticCredentials:
    """The built-in account, a second account's key, a live and an expired temporary key."""
    soon = datetime.now(UTC) + timedelta(hours=1)
    return StaticCredentials(
        [
            root_credential("000000000000", "test", "test"),
            root_credential("111111111111", "AKIAOTHERACCOUNT", "other-secret"),
            Credential(
                "ASIATEMP", "temp-secret", root_principal("000000000000", "ASIATEMP"), "the-token", soon
            ),
            Credential(
                "ASIAOLD",
                "old-secret",
                root_principal("000000000000", "ASIAOLD"),
                "old-token",
                datetime.now(UTC) - timedelta(seconds=1),
            ),
        ]
    )
