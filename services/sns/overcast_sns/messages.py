"""What Publish checks, what it appends to the log, and what subscribers receive.

A publish is appended to the delivery log as one compact JSON ``Published`` record; delivery workers
decode it and build each protocol's payload: the raw message, or the JSON envelope AWS sends
(``Type``, ``MessageId``, ``TopicArn``, ``Subject``, ``Message``, ``Timestamp``, ``SignatureVersion``,
``Signature``, ``SigningCertURL``, ``UnsubscribeURL``, ``MessageAttributes``; ``SequenceNumber`` on
FIFO topics), in AWS's member order.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final
from urllib.parse import quote

from overcast_common.api.sns import InvalidParameterException, InvalidParameterValueException

MAX_MESSAGE_BYTES = 262_144
MAX_ATTRIBUTES = 10
MAX_SUBJECT = 100
ATTRIBUTE_NAME = re.compile(
    r"^(?!\.)(?!.*\.\.)(?!.*\.$)(?!aws\.)(?!amazon\.)[A-Za-z0-9_.-]{1,256}$", re.IGNORECASE
)
MESSAGE_ID_CHARS = re.compile(r"^[\x21-\x7e]{1,128}$")
SIGNED_PROTOCOLS = frozenset({"http", "https", "sqs", "email-json", "firehose", "lambda", "application"})


_second: list[Any] = [None, ""]
_MILLIS: Final = [f"{i:03d}Z" for i in range(1000)]


def iso_millis(moment: datetime) -> str:
    """AWS's notification timestamp: ``2012-05-02T00:54:06.655Z`` (the second's text is reused)."""
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    # the fields of the second key the cache: cheaper than ``timestamp()`` (two ``utcoffset`` calls
    # and timedelta arithmetic) or building a datetime to compare
    second = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    if _second[0] != second:  # ``strftime("%Y-%m-%dT%H:%M:%S.")``, without its time-module round trip
        _second[0], _second[1] = (
            second,
            (
                f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
                f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}."
            ),
        )
    text: str = _second[1]
    return text + _MILLIS[moment.microsecond // 1000]


def check_message(
    message: str | None,
    subject: str | None,
    structure: str | None,
    attributes: Mapping[str, Any] | None = None,
    *,
    endpoint: bool = False,
) -> dict[str, str] | None:
    """Validate Publish's message members; returns the per-protocol messages of ``MessageStructure=json``."""
    if subject == "":
        raise InvalidParameterException("Invalid parameter: Subject")
    if message is None or message == "":
        raise InvalidParameterException("Invalid parameter: Empty message")
    if attributes:
        check_attributes(attributes)
        size = len(message.encode()) + attributes_size(attributes)
    else:  # ASCII text is one byte a character: its size without encoding it
        size = len(message) if message.isascii() else len(message.encode())
    if size > MAX_MESSAGE_BYTES:
        raise InvalidParameterException("Invalid parameter: Message too long")
    if subject is not None and (
        subject.strip() == ""
        or len(subject) >= MAX_SUBJECT
        or any(ord(c) < 32 or ord(c) == 127 for c in subject)
    ):
        raise InvalidParameterException("Invalid parameter: Subject")
    if structure is None:
        return None
    if structure != "json":
        raise InvalidParameterException("Invalid parameter: MessageStructure")
    try:
        parsed = json.loads(message)
    except ValueError:
        raise InvalidParameterException(
            "Invalid parameter: Message Structure - JSON message body failed to parse"
        ) from None
    if not isinstance(parsed, dict):
        raise InvalidParameterException(
            "Invalid parameter: Message Structure - JSON message body failed to parse"
        )
    # keys whose values are not strings are ignored, as AWS does
    messages = {k: v for k, v in parsed.items() if isinstance(v, str)}
    if "default" not in messages and not endpoint:
        raise InvalidParameterException(
            "Invalid parameter: Message Structure - No default entry in JSON message body"
        )
    return messages


def check_attributes(attributes: Mapping[str, Any] | None) -> None:
    if not attributes:
        return
    if len(attributes) > MAX_ATTRIBUTES:
        raise InvalidParameterValueException(
            f"Number of message attributes [{len(attributes)}] exceeds the allowed maximum [{MAX_ATTRIBUTES}]."
        )
    for name, value in attributes.items():
        check_attribute_name(name)
        data_type = str(value.get("DataType", ""))
        base = data_type.split(".", 1)[0]
        if data_type.startswith("String.Array"):
            base = "String.Array"
        if base not in ("String", "Number", "Binary", "String.Array"):
            raise InvalidParameterValueException(
                f"The message attribute '{name}' has an invalid message attribute type, the set of "
                "supported type prefixes is Binary, Number, and String."
            )
        field = "Binary" if base == "Binary" else "String"
        if "StringValue" not in value and "BinaryValue" not in value:
            raise InvalidParameterValueException(
                f"The message attribute '{name}' must contain non-empty message attribute value "
                f"for message attribute type '{data_type}'."
            )
        if f"{field}Value" not in value:
            raise InvalidParameterValueException(
                f"The message attribute '{name}' with type '{data_type}' must use field '{field}'."
            )
        if base == "Binary":
            if not value.get("BinaryValue"):
                raise InvalidParameterValueException(
                    f"The message attribute '{name}' must contain non-empty message attribute value "
                    f"for message attribute type '{data_type}'."
                )
            continue
        text = value.get("StringValue")
        if text is None or text == "":
            raise InvalidParameterValueException(
                f"The message attribute '{name}' must contain non-empty message attribute value "
                f"for message attribute type '{data_type}'."
            )
        if base == "Number":
            try:
                float(text)
            except ValueError:
                raise InvalidParameterValueException(
                    f"An error occurred while trying to parse the value of message attribute '{name}' "
                    f"of type '{data_type}'. Value: '{text}'."
                ) from None
        if base == "String.Array":
            try:
                items = json.loads(text)
            except ValueError:
                items = None
            if not isinstance(items, list) or any(isinstance(i, (dict, list)) for i in items):
                raise InvalidParameterValueException(
                    f"The message attribute '{name}' with type 'String.Array' has an invalid value."
                )


def check_attribute_name(name: str) -> None:
    """AWS's checks, in its order, with its messages."""
    if len(name.encode()) > 256:
        raise InvalidParameterValueException("Length of message attribute name must be less than 256 bytes.")
    if ATTRIBUTE_NAME.match(name):
        return
    if name.startswith("."):
        raise InvalidParameterValueException(
            "Invalid message attribute name starting with character '.' was found."
        )
    if name.endswith("."):
        raise InvalidParameterValueException(
            "Invalid message attribute name ending with character '.' was found."
        )
    for index, char in enumerate(name):
        if not (char.isascii() and (char.isalnum() or char in "-_.")):
            raise InvalidParameterValueException(
                f"Invalid non-alphanumeric character '#x{ord(char):X}' was found in the message attribute name. "
                "Can only include alphanumeric characters, hyphens, underscores, or dots."
            )
        if char == "." and name[index - 1] == ".":
            raise InvalidParameterValueException(
                "Message attribute name can not have successive '.' character."
            )
    raise InvalidParameterValueException(f"Invalid message attribute name: {name}")


def check_group_and_dedup(
    fifo: bool, content_dedup: bool, group_id: str | None, dedup_id: str | None, *, prefix: str = ""
) -> None:
    if fifo:
        if not group_id:
            raise InvalidParameterException(
                f"Invalid parameter: {prefix}The MessageGroupId parameter is required for FIFO topics"
            )
        if not dedup_id and not content_dedup:
            raise InvalidParameterException(
                f"Invalid parameter: {prefix}The topic should either have ContentBasedDeduplication "
                "enabled or MessageDeduplicationId provided explicitly"
            )
    elif dedup_id is not None:
        raise InvalidParameterException(
            "Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId "
            "parameter that is not valid for this topic type"
        )
    for what, value in (("MessageGroupId", group_id), ("MessageDeduplicationId", dedup_id)):
        if value is not None and not MESSAGE_ID_CHARS.match(value):
            raise InvalidParameterException(f"Invalid parameter: {what}")


def attributes_size(attributes: Mapping[str, Any] | None) -> int:
    total = 0
    for name, value in (attributes or {}).items():
        total += len(name.encode()) + len(str(value.get("DataType", "")).encode())
        total += len(value.get("BinaryValue") or b"") + len(str(value.get("StringValue") or "").encode())
    return total


# --- the log record --------------------------------------------------------------------------------


def logged_attributes(attributes: Mapping[str, Any] | None) -> dict[str, Any]:
    """Message attributes as ``Published.decode`` gives them back (only the members the log keeps)."""
    return {
        name: {
            "DataType": value["DataType"],
            **({"StringValue": value["StringValue"]} if "StringValue" in value else {}),
            **({"BinaryValue": bytes(value["BinaryValue"])} if "BinaryValue" in value else {}),
        }
        for name, value in (attributes or {}).items()
    }


_V2 = b"\x02"
_SEP = "\x1f"
_COMPACT = json.JSONEncoder(separators=(",", ":"))


@dataclass
class Published:
    """One accepted publish, as appended to the delivery log."""

    topic_arn: str
    message_id: str
    message: str
    timestamp: str
    base_url: str
    subject: str | None = None
    structure: dict[str, str] | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    group_id: str | None = None
    dedup_id: str | None = None
    sequence_number: str | None = None

    def encode(self) -> bytes:
        """The record: ``0x02``, then topic, id, timestamp, base URL, the optional members as compact
        JSON (or nothing) and the message, separated by ``0x1f``. The message goes last and raw, so the
        bulk of a record is never JSON-escaped or parsed; the separator cannot occur in the JSON part
        (JSON escapes control characters) and the few head fields that could hold it fall back to the
        all-JSON record that ``decode`` also reads (the format before this one)."""
        extra = self._extra()
        head = _SEP.join((self.topic_arn, self.message_id, self.timestamp, self.base_url))
        if head.count(_SEP) == 3:  # none of the four holds the separator
            optional = _COMPACT.encode(extra) if extra else ""
            try:
                return _V2 + f"{head}{_SEP}{optional}{_SEP}{self.message}".encode()
            except UnicodeEncodeError:
                pass  # a lone surrogate: JSON's escapes carry it
        doc: dict[str, Any] = {"t": self.topic_arn, "i": self.message_id, "m": self.message}
        doc["ts"], doc["u"] = self.timestamp, self.base_url
        return _COMPACT.encode({**doc, **extra}).encode()

    def _extra(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if self.subject is not None:
            extra["s"] = self.subject
        if self.structure is not None:
            extra["j"] = self.structure
        if self.attributes:
            extra["a"] = {
                k: {
                    "DataType": v["DataType"],
                    **({"StringValue": v["StringValue"]} if "StringValue" in v else {}),
                    **(
                        {"BinaryValue": base64.b64encode(v["BinaryValue"]).decode()}
                        if "BinaryValue" in v
                        else {}
                    ),
                }
                for k, v in self.attributes.items()
            }
        if self.group_id is not None:
            extra["g"] = self.group_id
        if self.dedup_id is not None:
            extra["d"] = self.dedup_id
        if self.sequence_number is not None:
            extra["q"] = self.sequence_number
        return extra

    @classmethod
    def decode(cls, data: bytes) -> Published:
        if data[:1] == _V2:
            topic_arn, message_id, timestamp, base_url, optional, message = data[1:].decode().split(_SEP, 5)
            doc: dict[str, Any] = json.loads(optional) if optional else {}
        else:
            doc = json.loads(data)
            topic_arn, message_id, message = doc["t"], doc["i"], doc["m"]
            timestamp, base_url = doc["ts"], doc.get("u", "")
        attributes = (
            {
                k: {
                    "DataType": v["DataType"],
                    **({"StringValue": v["StringValue"]} if "StringValue" in v else {}),
                    **({"BinaryValue": base64.b64decode(v["BinaryValue"])} if "BinaryValue" in v else {}),
                }
                for k, v in doc["a"].items()
            }
            if "a" in doc
            else {}
        )
        return cls(
            topic_arn=topic_arn,
            message_id=message_id,
            message=message,
            timestamp=timestamp,
            base_url=base_url,
            subject=doc.get("s"),
            structure=doc.get("j"),
            attributes=attributes,
            group_id=doc.get("g"),
            dedup_id=doc.get("d"),
            sequence_number=doc.get("q"),
        )

    def message_for(self, protocol: str) -> str:
        if self.structure is None:
            return self.message
        return self.structure.get(protocol, self.structure.get("default", ""))


def new_published(
    topic_arn: str,
    message_id: str,
    message: str,
    moment: datetime,
    base_url: str,
    subject: str | None,
    structure: dict[str, str] | None,
    attributes: Mapping[str, Any] | None,
    group_id: str | None = None,
    dedup_id: str | None = None,
) -> Published:
    """The ``Published`` of an accepted publish, as the log gives it back: delivery takes this very
    object (``DeliveryWorkers.appended``). Positional: it runs once per publish."""
    return Published(
        topic_arn,
        message_id,
        message,
        iso_millis(moment),
        base_url,
        subject,
        structure,
        logged_attributes(attributes) if attributes else {},
        group_id,
        dedup_id,
    )


# --- what subscribers receive --------------------------------------------------------------------


def envelope_attributes(attributes: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """Publish's attributes as the envelope shows them: ``{"Type": ..., "Value": ...}``."""
    shown: dict[str, dict[str, str]] = {}
    for name, value in attributes.items():
        if "BinaryValue" in value:
            shown[name] = {
                "Type": value["DataType"],
                "Value": base64.b64encode(value["BinaryValue"]).decode(),
            }
        else:
            shown[name] = {"Type": value["DataType"], "Value": value.get("StringValue", "")}
    return shown


def unsubscribe_url(base_url: str, subscription_arn: str) -> str:
    return f"{base_url}/_overcast/sns/unsubscribe?Action=Unsubscribe&SubscriptionArn={quote(subscription_arn, safe='')}"


def subscribe_url(base_url: str, topic_arn: str, token: str) -> str:
    return (
        f"{base_url}/_overcast/sns/confirm?Action=ConfirmSubscription"
        f"&TopicArn={quote(topic_arn, safe='')}&Token={token}"
    )


def cert_url(base_url: str, topic_arn: str) -> str:
    """The topic's ARN routes the fetch to the replica that signs the topic's messages (several SNS
    replicas each have a key of their own; ``overcast_common.dispatch.partitioned``). ARN characters
    need no quoting in a query."""
    return f"{base_url}/_overcast/sns/SimpleNotificationService.pem?TopicArn={topic_arn}"


def notification(published: Published, protocol: str, subscription_arn: str, fifo: bool) -> dict[str, str]:
    """The envelope without its signature fields (``sign`` adds them): member order as AWS sends it."""
    doc: dict[str, Any] = {"Type": "Notification", "MessageId": published.message_id}
    if fifo and published.sequence_number is not None:
        doc["SequenceNumber"] = published.sequence_number
    doc["TopicArn"] = published.topic_arn
    if published.subject is not None:
        doc["Subject"] = published.subject
    doc["Message"] = published.message_for(protocol)
    doc["Timestamp"] = published.timestamp
    return doc


def finish_envelope(
    doc: dict[str, Any],
    published: Published,
    subscription_arn: str,
    signature: tuple[str, str] | None,
) -> str:
    """Signature fields, the unsubscribe URL and the attributes, then the JSON text."""
    if signature is not None:
        doc["SignatureVersion"], doc["Signature"] = signature
        doc["SigningCertURL"] = cert_url(published.base_url, published.topic_arn)
    doc["UnsubscribeURL"] = unsubscribe_url(published.base_url, subscription_arn)
    return envelope_text(doc, envelope_attributes(published.attributes) if published.attributes else None)


def envelope_text(doc: Mapping[str, Any], attributes: Mapping[str, Any] | None = None) -> str:
    """The JSON text as SNS writes it: one member a line, ``"Name" : value``, each attribute compact."""
    lines = [f"  {json.dumps(k)} : {json.dumps(v, ensure_ascii=False)}" for k, v in doc.items()]
    if attributes:
        inner = ",\n".join(
            f"    {json.dumps(n)} : {json.dumps(a, separators=(',', ':'), ensure_ascii=False)}"
            for n, a in attributes.items()
        )
        lines.append(f'  "MessageAttributes" : {{\n{inner}\n  }}')
    return "{\n" + ",\n".join(lines) + "\n}"
