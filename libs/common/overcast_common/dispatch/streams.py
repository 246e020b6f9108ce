"""Bodies inside one ``Invoke`` call: pull-based, chunked, in both directions.

A ``Link`` is one side of one call. Bodies it sends are *exported*: the value carries only a stream id and
nothing is read until the peer pulls. Bodies it receives are *imported* as ``RemoteBodyStream``: the first
``__anext__`` grants the sender ``window`` chunk credits and every chunk taken grants one more, so at most
``window`` chunks of ``chunk_size`` bytes sit in the receiver's queue and the sender reads its source only
as fast as the consumer reads. Nothing ever holds a whole body.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import weakref
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from overcast_common._generated.overcast.dispatch.v1 import dispatch_pb2 as pb
from overcast_common.dispatch.interface import INTERNAL_FAILURE_MESSAGE
from overcast_common.dispatch.messages import decode_error, encode_error
from overcast_common.errors import InternalFailure, ServiceError, ServiceUnavailable
from overcast_common.http import BodyStream

logger = logging.getLogger("overcast.dispatch")

CHUNK_SIZE = 256 * 1024
"""Largest chunk sent in one frame; bigger chunks from a source are split."""
WINDOW = 4
"""Chunks a receiver lets the sender send ahead of the consumer."""

SendFrame = Callable[[pb.InvokeFrame], Awaitable[None]]


class Link:
    """The streams of one call, on one side."""

    def __init__(
        self,
        send: SendFrame,
        *,
        chunk_size: int = CHUNK_SIZE,
        window: int = WINDOW,
        on_abandoned: Callable[[], None] | None = None,
    ) -> None:
        self._send = send
        self._write_lock = asyncio.Lock()
        self._closed = False
        self.chunk_size = chunk_size
        self.window = window
        self._outgoing: dict[int, _Outgoing] = {}
        self._outgoing_idle = asyncio.Event()
        self._outgoing_idle.set()
        self._next_id = 1
        # weak: a body nobody holds any more must not be kept alive by the link
        self._incoming: weakref.WeakValueDictionary[int, RemoteBodyStream] = weakref.WeakValueDictionary()
        self._unfinished: set[int] = set()
        self._on_abandoned = on_abandoned

    # --- sending ---------------------------------------------------------------------------------

    async def send(self, frame: pb.InvokeFrame) -> None:
        """Write one frame; gRPC allows one write at a time per call."""
        async with self._write_lock:
            if self._closed:
                raise ServiceUnavailable("The call has ended.")
            await self._send(frame)

    def export_stream(self, stream: BodyStream) -> int:
        stream_id = self._next_id
        self._next_id += 1
        self._outgoing[stream_id] = _Outgoing(self, stream_id, stream)
        self._outgoing_idle.clear()
        return stream_id

    @property
    def has_outgoing(self) -> bool:
        return bool(self._outgoing)

    async def wait_outgoing_done(self) -> None:
        await self._outgoing_idle.wait()

    async def discard_outgoing(self) -> None:
        """Forget bodies exported for a message that will not be sent after all."""
        for outgoing in list(self._outgoing.values()):
            await outgoing.cancel()

    def _outgoing_finished(self, stream_id: int) -> None:
        self._outgoing.pop(stream_id, None)
        if not self._outgoing:
            self._outgoing_idle.set()

    # --- receiving -------------------------------------------------------------------------------

    def import_stream(self, stream_id: int) -> BodyStream:
        stream = RemoteBodyStream(self, stream_id)
        self._incoming[stream_id] = stream
        self._unfinished.add(stream_id)
        weakref.finalize(stream, self._dropped, stream_id)
        return stream

    @property
    def has_incoming(self) -> bool:
        return bool(self._unfinished)

    def _dropped(self, stream_id: int) -> None:
        if stream_id in self._unfinished:
            self._unfinished.discard(stream_id)
            if self._on_abandoned is not None and not self._closed:
                self._on_abandoned()

    def _incoming_finished(self, stream_id: int) -> None:
        self._unfinished.discard(stream_id)

    async def dispatch(self, frame: pb.InvokeFrame) -> bool:
        """Handle a stream frame; False for the frames the caller handles (call, result)."""
        kind = frame.WhichOneof("kind")
        if kind == "chunk":
            incoming = self._incoming.get(frame.chunk.stream_id)
            if incoming is not None:
                incoming._feed(frame.chunk.data)
        elif kind == "pull":
            outgoing = self._outgoing.get(frame.pull.stream_id)
            if outgoing is not None:
                outgoing.grant(frame.pull.credits)
        elif kind == "end":
            incoming = self._incoming.get(frame.end.stream_id)
            if incoming is not None:
                error = decode_error(frame.end.error) if frame.end.HasField("error") else None
                incoming._finish(error)
        elif kind == "cancel":
            outgoing = self._outgoing.get(frame.cancel.stream_id)
            if outgoing is not None:
                await outgoing.cancel()
        else:
            return False
        return True

    async def close(self, error: ServiceError | None = None) -> None:
        """End the call's streams: stop every pump and fail every body still being received."""
        self._closed = True
        for outgoing in list(self._outgoing.values()):
            await outgoing.cancel()
        for stream_id in list(self._unfinished):
            incoming = self._incoming.get(stream_id)
            if incoming is not None:
                incoming._finish(error or ServiceUnavailable("The body was interrupted."))
        self._unfinished.clear()


class RemoteBodyStream:
    """A ``BodyStream`` whose bytes come from the other side of the call, pulled chunk by chunk."""

    def __init__(self, link: Link, stream_id: int) -> None:
        self._link = link
        self._id = stream_id
        self._chunks: deque[bytes] = deque()
        self._ready = asyncio.Event()
        self._requested = False
        self._finished = False
        self._error: ServiceError | None = None

    def __aiter__(self) -> RemoteBodyStream:
        return self

    async def __anext__(self) -> bytes:
        if not self._requested:
            self._requested = True
            await self._pull(self._link.window)
        while not self._chunks:
            if self._finished:
                if self._error is not None:
                    raise self._error
                raise StopAsyncIteration
            self._ready.clear()
            await self._ready.wait()
        chunk = self._chunks.popleft()
        if not self._finished:
            await self._pull(1)
        return chunk

    async def aclose(self) -> None:
        """Stop early: the sender is told to stop reading its source."""
        if not self._finished:
            self._finish(None)
            self._chunks.clear()
            with contextlib.suppress(Exception):
                await self._link.send(pb.InvokeFrame(cancel=pb.StreamCancel(stream_id=self._id)))

    async def _pull(self, credits: int) -> None:
        # A failed pull ends nothing by itself: the sender may already have sent its last chunks and its
        # End and closed the call (those frames are still on their way here), and a call that really
        # broke fails this body through ``Link.close`` when the reader sees it end.
        with contextlib.suppress(Exception):
            await self._link.send(pb.InvokeFrame(pull=pb.StreamPull(stream_id=self._id, credits=credits)))

    def _feed(self, data: bytes) -> None:
        if not self._finished:
            self._chunks.append(data)
            self._ready.set()

    def _finish(self, error: ServiceError | None) -> None:
        if not self._finished:
            self._finished = True
            self._error = error
            self._ready.set()
            self._link._incoming_finished(self._id)


class _Outgoing:
    """A body being sent: a pump task that reads the source only when the receiver has granted credits."""

    def __init__(self, link: Link, stream_id: int, source: BodyStream) -> None:
        self._link = link
        self._id = stream_id
        self._source = source
        self._credits = 0
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._done = False

    def grant(self, credits: int) -> None:
        if self._done:
            return
        self._credits += credits
        self._wake.set()
        if self._task is None:
            self._task = asyncio.create_task(self._pump(), name=f"dispatch-body-{self._id}")

    async def cancel(self) -> None:
        if self._done:
            return
        self._done = True
        self._link._outgoing_finished(self._id)
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        await _close_source(self._source)

    async def _pump(self) -> None:
        try:
            error = await self._send_chunks()
            end = pb.InvokeFrame(end=pb.StreamEnd(stream_id=self._id))
            if error is not None:
                encode_error(error, end.end.error)
            await self._link.send(end)
        except Exception:
            pass  # the call is over (peer gone); nobody is waiting for this body
        finally:
            # only now: the server ends the call once every body is finished, End included
            if not self._done:
                self._done = True
                self._link._outgoing_finished(self._id)

    async def _send_chunks(self) -> ServiceError | None:
        """Send the source as credits allow; the error that ended it, if any."""
        size = self._link.chunk_size
        pending = memoryview(b"")
        while True:
            while self._credits <= 0:
                self._wake.clear()
                await self._wake.wait()
            if pending:
                piece, pending = bytes(pending[:size]), pending[size:]
            else:
                try:
                    chunk = await self._source.__anext__()
                except StopAsyncIteration:
                    return None
                except ServiceError as exc:  # e.g. a bad chunk signature in an S3 upload
                    return exc
                except Exception:
                    logger.exception("dispatch: reading a body failed")
                    return InternalFailure(INTERNAL_FAILURE_MESSAGE)
                if not chunk:
                    continue
                if len(chunk) <= size:
                    piece = bytes(chunk)
                else:
                    pending = memoryview(chunk)
                    piece, pending = bytes(pending[:size]), pending[size:]
            self._credits -= 1
            await self._link.send(pb.InvokeFrame(chunk=pb.StreamChunk(stream_id=self._id, data=piece)))


async def _close_source(source: Any) -> None:
    aclose = getattr(source, "aclose", None)
    if aclose is not None:
        with contextlib.suppress(Exception):
            await aclose()
