"""Faults in cluster mode: SQS traffic while the SQS process is killed, and while Redis is killed.

Producers and consumers are plain boto3 clients with retries on, against the gateway. While a process
is down they must see retries (503 ``ServiceUnavailable``), never data loss and never a 500:

- the queue is FIFO with a deduplication id per message, so a send retried after the service had
  already stored it (the reply was lost in the crash) is stored once, as on AWS;
- a receive whose reply was lost leaves its messages in flight; they come back after the visibility
  timeout (3 s) and are received again: that is the "visibility handling";
- a consumer whose delete was held up by the outage past the visibility timeout may see its message
  delivered to someone else meanwhile (SQS is at-least-once per visibility timeout); such a second
  delivery is allowed only when the earlier one's delete did not finish within the visibility timeout
  of its receive;
- at the end every acknowledged send has been received and deleted, nothing else came out of the queue,
  the queue is empty, and no gateway logged a status 500.

Redis runs with its append-only file on (``appendfsync everysec``, as the chart runs it): a write Redis
acknowledged is in the OS before the reply, so it survives ``kill -9`` of redis-server.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cluster_helpers import client, gateway_statuses, gateway_trouble

from overcast.cluster import Cluster

PRODUCERS = 2
CONSUMERS = 2
MESSAGES_PER_PRODUCER = 60
SEND_PAUSE_S = 0.05
VISIBILITY_S = 3
GROUPS = 8
DEADLINE_S = 45.0


@dataclass
class Delivery:
    received_from: float
    """When the receive that returned it was sent (the service hid the message after this)."""
    deleted_by: float | None = None
    """When its delete returned successfully (the service deleted it before this); None: not deleted."""

    def deleted_within_visibility(self) -> bool:
        return self.deleted_by is not None and self.deleted_by - self.received_from < VISIBILITY_S


@dataclass
class Traffic:
    queue_url: str
    acknowledged: set[str] = field(default_factory=set)
    send_failures: list[str] = field(default_factory=list)
    deliveries: dict[str, list[Delivery]] = field(default_factory=dict)
    retries: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    producers_done: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def deleted(self) -> set[str]:
        return {body for body, got in self.deliveries.items() if any(d.deleted_by for d in got)}

    def count_retries(self, operation: str, response: dict[str, Any]) -> None:
        attempts = response.get("ResponseMetadata", {}).get("RetryAttempts", 0)
        if attempts:
            with self.lock:
                self.retries[operation] += attempts


def produce(endpoint: str, traffic: Traffic, producer: int) -> None:
    sqs = client(endpoint, attempts=12)
    for i in range(MESSAGES_PER_PRODUCER):
        body = f"p{producer}-m{i}-{uuid.uuid4().hex[:8]}"
        try:
            response = sqs.send_message(
                QueueUrl=traffic.queue_url,
                MessageBody=body,
                MessageGroupId=f"g{(producer * MESSAGES_PER_PRODUCER + i) % GROUPS}",
                MessageDeduplicationId=body,
            )
        except Exception as exc:  # an unacknowledged send may or may not be stored: never counted
            with traffic.lock:
                traffic.send_failures.append(f"{body}: {exc}")
            continue
        traffic.count_retries("SendMessage", response)
        with traffic.lock:
            traffic.acknowledged.add(body)
        time.sleep(SEND_PAUSE_S)


def consume(endpoint: str, traffic: Traffic, deadline: float) -> None:
    sqs = client(endpoint, attempts=12, read_timeout=10)
    while time.monotonic() < deadline:
        with traffic.lock:
            done = traffic.producers_done.is_set() and traffic.acknowledged <= traffic.deleted()
        if done:
            return
        asked = time.monotonic()
        try:
            response = sqs.receive_message(
                QueueUrl=traffic.queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=1
            )
        except Exception as exc:
            with traffic.lock:
                traffic.errors.append(f"ReceiveMessage: {exc}")
            continue
        traffic.count_retries("ReceiveMessage", response)
        for message in response.get("Messages", []):
            body = message["Body"]
            delivery = Delivery(asked)
            with traffic.lock:
                traffic.deliveries.setdefault(body, []).append(delivery)
            try:
                deleted = sqs.delete_message(
                    QueueUrl=traffic.queue_url, ReceiptHandle=message["ReceiptHandle"]
                )
            except Exception as exc:  # not deleted: it comes back after the visibility timeout
                with traffic.lock:
                    traffic.errors.append(f"DeleteMessage {body}: {exc}")
                continue
            traffic.count_retries("DeleteMessage", deleted)
            delivery.deleted_by = time.monotonic()


def run_traffic(cluster: Cluster, fault: Callable[[], None]) -> Traffic:
    endpoint = cluster.endpoint
    queue = client(endpoint).create_queue(
        QueueName=f"faults-{uuid.uuid4().hex[:8]}.fifo",
        Attributes={"FifoQueue": "true", "VisibilityTimeout": str(VISIBILITY_S)},
    )
    traffic = Traffic(queue["QueueUrl"])
    deadline = time.monotonic() + DEADLINE_S
    producers = [threading.Thread(target=produce, args=(endpoint, traffic, p)) for p in range(PRODUCERS)]
    consumers = [
        threading.Thread(target=consume, args=(endpoint, traffic, deadline)) for _ in range(CONSUMERS)
    ]
    for thread in producers + consumers:
        thread.start()
    time.sleep(1.0)  # traffic flowing in both directions
    fault()
    for thread in producers:
        thread.join()
    traffic.producers_done.set()
    for thread in consumers:
        thread.join()
    return traffic


def check(traffic: Traffic, cluster: Cluster) -> None:
    assert not traffic.send_failures, traffic.send_failures[:5]
    assert len(traffic.acknowledged) == PRODUCERS * MESSAGES_PER_PRODUCER
    lost = traffic.acknowledged - traffic.deleted()
    assert not lost, f"{len(lost)} acknowledged messages never received: {sorted(lost)[:5]}"
    for body, got in traffic.deliveries.items():
        # a message deleted in time never comes back: a delivery after one is a real duplicate
        for earlier in got[:-1]:
            assert not earlier.deleted_within_visibility(), f"{body} delivered again after its delete: {got}"
    unknown = set(traffic.deliveries) - traffic.acknowledged
    assert not unknown, f"messages nobody sent: {sorted(unknown)[:5]}"
    assert sum(traffic.retries.values()) > 0, "the fault was invisible: no client retried"
    attributes = client(cluster.endpoint).get_queue_attributes(
        QueueUrl=traffic.queue_url,
        AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    )["Attributes"]
    assert attributes == {"ApproximateNumberOfMessages": "0", "ApproximateNumberOfMessagesNotVisible": "0"}
    statuses = Counter(gateway_statuses(cluster))
    assert statuses[500] == 0, (
        f"the gateway answered 500: {statuses}; its log says: {gateway_trouble(cluster)}"
    )
    assert statuses[503] > 0, f"no ServiceUnavailable while a process was down: {statuses}"


def test_sqs_process_killed_and_restarted(cluster_factory: Any) -> None:
    cluster = cluster_factory(services=("sqs",))

    def crash_sqs() -> None:
        cluster.kill("sqs")  # SIGKILL: no drain, replies in flight are lost
        time.sleep(1.0)
        cluster.start("sqs")

    traffic = run_traffic(cluster, crash_sqs)
    check(traffic, cluster)


def test_redis_killed_and_restarted(cluster_factory: Any) -> None:
    cluster = cluster_factory(services=("sqs",))

    def crash_redis() -> None:
        cluster.kill("redis")
        time.sleep(1.0)
        cluster.start("redis")

    traffic = run_traffic(cluster, crash_redis)
    check(traffic, cluster)
