"""SQS state behind a port (``port.SqsStore``) with an embedded and a cluster adapter."""

from overcast_sqs.store.port import (
    DeadLetterTarget,
    FifoSend,
    HandleStatus,
    MessageCounts,
    MoveTask,
    NewMessage,
    Queue,
    QueueKey,
    ReceiptRef,
    ReceiveRequest,
    ReceiveResult,
    SendOutcome,
    Signal,
    SqsStore,
    StoredMessage,
)

__all__ = [
    "DeadLetterTarget",
    "FifoSend",
    "HandleStatus",
    "MessageCounts",
    "MoveTask",
    "NewMessage",
    "Queue",
    "QueueKey",
    "ReceiptRef",
    "ReceiveRequest",
    "ReceiveResult",
    "SendOutcome",
    "Signal",
    "SqsStore",
    "StoredMessage",
]
