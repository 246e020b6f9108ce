"""Settings: environment over defaults, flags over environment, bad values named clearly."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest
from overcast_common.config import ConfigError, Settings
from overcast_common.logs import configure_logging


def test_defaults() -> None:
    s = Settings.from_env({})
    assert (s.host, s.port, s.data_dir) == ("127.0.0.1", 4566, Path(".overcast"))
    assert (s.default_account_id, s.default_access_key_id, s.default_secret_access_key) == (
        "000000000000",
        "test",
        "test",
    )
    assert (s.default_region, s.unknown_keys, s.log_level) == ("us-east-1", "accept", "INFO")
    assert "sts" in s.services
    assert s.service_addresses == {}


def test_environment() -> None:
    s = Settings.from_env(
        {
            "OVERCAST_HOST": "0.0.0.0",
            "OVERCAST_PORT": "5000",
            "OVERCAST_DATA_DIR": "/tmp/x",
            "OVERCAST_DEFAULT_ACCOUNT_ID": "123456789012",
            "OVERCAST_DEFAULT_ACCESS_KEY_ID": "AKIAX",
            "OVERCAST_DEFAULT_SECRET_ACCESS_KEY": "s3cret",
            "OVERCAST_DEFAULT_REGION": "eu-west-1",
            "OVERCAST_UNKNOWN_KEYS": "Reject",
            "OVERCAST_LOG_LEVEL": "debug",
            "OVERCAST_SERVICES": " sts , sts",
            "OVERCAST_SERVICE_ADDRESS_STS": "sts:50051",
        }
    )
    assert (s.host, s.port, s.data_dir) == ("0.0.0.0", 5000, Path("/tmp/x"))
    assert (s.default_account_id, s.default_access_key_id, s.default_secret_access_key) == (
        "123456789012",
        "AKIAX",
        "s3cret",
    )
    assert (s.default_region, s.unknown_keys, s.log_level) == ("eu-west-1", "reject", "DEBUG")
    assert s.services == ("sts",)
    assert s.service_addresses == {"sts": "sts:50051"}


def test_services_given_an_address_run_even_when_not_installed() -> None:
    s = Settings.from_env({"OVERCAST_SERVICE_ADDRESS_ROUTE53": "route53:50051"})
    assert s.services[-1] == "route53" and "sts" in s.services
    assert Settings.from_env(
        {"OVERCAST_SERVICE_ADDRESS_STS": "x:1", "OVERCAST_SERVICES": "sts"}
    ).services == ("sts",)


def test_flags_override_environment_and_none_means_not_given() -> None:
    s = Settings.from_env({"OVERCAST_PORT": "5000", "OVERCAST_HOST": "0.0.0.0"})
    s = s.override(port=6000, host=None, data_dir="d", services="sts")
    assert (s.port, s.host, s.data_dir, s.services) == (6000, "0.0.0.0", Path("d"), ("sts",))


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("OVERCAST_DEFAULT_ACCOUNT_ID", "123"),
        ("OVERCAST_UNKNOWN_KEYS", "maybe"),
        ("OVERCAST_LOG_LEVEL", "LOUD"),
        ("OVERCAST_PORT", "http"),
        ("OVERCAST_PORT", "70000"),
        ("OVERCAST_SERVICES", "sts,nosuch"),
    ],
)
def test_bad_values_name_the_variable(var: str, value: str) -> None:
    with pytest.raises(ConfigError, match=var):
        Settings.from_env({var: value})


def test_service_data_dir_is_created(tmp_path: Path) -> None:
    path = Settings(data_dir=tmp_path / "data").service_data_dir("sts")
    assert path == tmp_path / "data" / "sts" and path.is_dir()


def test_json_log_lines() -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        configure_logging("INFO", stream)
        logging.getLogger("overcast.test").info("request", extra={"fields": {"status": 200, "level": "x"}})
        try:
            raise ValueError("boom")
        except ValueError:
            logging.getLogger("overcast.test").exception("failed")
        logging.getLogger("overcast.test").debug("hidden")
    finally:
        root.handlers[:], root.level = saved[0], saved[1]
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert len(lines) == 2
    assert lines[0]["message"] == "request" and lines[0]["status"] == 200
    assert lines[0]["level"] == "INFO"  # a field cannot overwrite the record's own keys
    assert lines[0]["logger"] == "overcast.test" and lines[0]["time"].endswith("+00:00")
    assert "ValueError: boom" in lines[1]["traceback"]
