"""Facts the botocore models lack that the generator needs."""

from __future__ import annotations

# IAM action prefixes that differ from the model's signing name.
IAM_PREFIX: dict[str, str] = {
    "cloudwatch": "cloudwatch",  # signs as "monitoring"
    "sesv2": "ses",
    "pinpoint-email": "ses",
    "opensearch": "es",
    "iot-data": "iot",
    "iot-jobs-data": "iot",
}

# Statuses the SQS JSON model lost with its query error codes (those live in the codec:
# ``overcast_common.protocol.serializers.query_compat``). From SQS's last query model.
ERROR_STATUS: dict[str, dict[str, int]] = {
    "sqs": {"OverLimit": 403, "PurgeQueueInProgress": 403},
}
