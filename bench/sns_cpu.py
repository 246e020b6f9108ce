"""Server CPU µs per SNS publish, fan-out to two SQS queues included (awsbench's sns-publish-to-sqs).

The gateway and every service run in this process as ``overcast serve`` runs them (tracing and
auditing on, SQLite stores and log, fsync defaults), behind the gateway's own HTTP server. A topic gets
two SQS queues subscribed with raw delivery. A client in a *separate* process sends ``--requests``
SigV4-signed query-protocol ``Publish`` calls of 256 bytes, ``--concurrency`` at a time, each message
distinct; this process then waits until SQS has taken every message for both queues (counted as SNS
hands them over; the depths are checked once at the end). The figures are this process's CPU time
(all threads: SQLite writers and readers included) per publish:

- ``ack``: from the first publish until the client has every answer (delivery runs meanwhile);
- ``total``: until both queues hold all the messages — the number to compare;
- ``event loop thread``: the share of ``total`` spent on the event loop's thread.

``--kafka`` puts the durable log on a Tansu broker started for the run (as ``bench/run.py``'s
``overcast-kafka`` does): the broker's CPU per publish is reported beside this process's (issue 7 counts
the broker as part of the server).

``--queues 0`` leaves out the fan-out (the publish path alone); ``--profile`` writes a cProfile of the
event loop thread (thread CPU clock) over the measured rounds. For changes of a few percent on a shared
box, count instructions instead: ``bench/sns_callgrind.sh`` runs this under callgrind with one and two
measured rounds and prints the difference per publish (``SNS_BENCH_KEYS=<dir>``: copy the SNS signing key
from there, made once with ``Signer.load_or_create``, so start-up does not carry a key generation).

The client's CPU is not counted (other process), so the figure is the server's alone. Rounds reuse the
queues (the expected depth grows by ``--requests`` a round). On a shared box compare medians.

    .venv/bin/python bench/sns_cpu.py [--requests 3000] [--rounds 3] [--concurrency 16] [--kafka]
        [--profile out.pstats]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import logging
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from counting import pin_background
from rawhttp import exchange, raw_request

BODY = 256
ACCOUNT = "000000000000"


# --- the client (child process) -----------------------------------------------------------------


def signed(base: str, params: dict[str, str], service: str = "sns") -> bytes:
    headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
    return raw_request("POST", f"{base}/", urlencode(params).encode(), headers, service)


async def client(port: int, topic: str, total: int, concurrency: int, round_: int) -> None:
    base = f"http://127.0.0.1:{port}"
    # signed up front so signing does not slow the sending
    requests = [
        signed(base, {"Action": "Publish", "Version": "2010-03-31", "TopicArn": topic,
                      "Message": f"r{round_}-{i}-".ljust(BODY, "x")})
        for i in range(total)
    ]  # fmt: skip
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    conns = [await asyncio.open_connection("127.0.0.1", port) for _ in range(concurrency)]
    counter = iter(range(total))

    async def worker(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for i in counter:
            answer = await exchange(reader, writer, requests[i])
            if b"<MessageId>" not in answer:
                raise RuntimeError(f"no MessageId: {answer[:200]!r}")

    await asyncio.gather(*(worker(r, w) for r, w in conns))
    for _, w in conns:
        w.close()


# --- the server (this process) ------------------------------------------------------------------


def start_tansu(data: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A Tansu broker (memory storage) on a free port, as bench/run.py's ``overcast-kafka`` starts it."""
    from overcast.cluster.backends import tansu_binary

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    listener = f"tcp://127.0.0.1:{port}"
    broker = subprocess.Popen(
        [tansu_binary(), "broker", "--listener-url", listener, "--advertised-listener-url", listener,
         "--storage-engine", "memory://tansu/"],
        stdout=(data / "tansu.log").open("wb"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if time.monotonic() > deadline or broker.poll() is not None:
                broker.kill()
                raise SystemExit("tansu did not start") from None
            time.sleep(0.05)
    return broker, f"127.0.0.1:{port}"


def process_cpu(pid: int | None) -> float:
    """utime + stime of another process (all its threads), in seconds; 0 without one."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def call(service: str, operation: str, params: dict[str, object]) -> dict[str, object]:
    from overcast_common.peers import peers

    return await peers.call(
        service, operation, params, account_id=ACCOUNT, region="us-east-1", caller="bench"
    )


async def depth(url: str) -> int:
    result = await call("sqs", "GetQueueAttributes", {"QueueUrl": url, "AttributeNames": ["All"]})
    attributes = result["Attributes"]
    assert isinstance(attributes, dict)
    visible = int(attributes["ApproximateNumberOfMessages"])
    return visible + int(attributes["ApproximateNumberOfMessagesNotVisible"])


def count_deliveries() -> dict[str, int]:
    """Messages SNS handed to each queue (by name), counted on the way: asking SQS for a queue's depth
    scans the queue, a cost that would grow round by round."""
    from overcast_common.context import RequestContext
    from overcast_common.peers import peers

    sqs = peers.dispatcher("sqs")
    sent: dict[str, int] = {}

    async def counting(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        result = await sqs.invoke(context, params)
        name = str(params.get("QueueUrl", "")).rsplit("/", 1)[-1]
        sent[name] = sent.get(name, 0) + (len(result.get("Successful", ())) if "Entries" in params else 1)
        return result

    peers.register("sqs", counting)
    return sent


async def run_client(
    port: int, topic: str, args: argparse.Namespace, round_: int
) -> tuple[float, float, float, float]:
    """CPU and wall clock of this process at the go signal, and when the client is done."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--client", str(port), topic, str(args.requests), str(args.concurrency),
        str(round_), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stdin is not None
    await proc.stdout.readline()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    proc.stdin.write(b"go\n")
    await proc.stdin.drain()
    if await proc.wait() != 0:
        raise SystemExit("client failed")
    return cpu0, wall0, time.process_time(), time.perf_counter()


async def main(args: argparse.Namespace) -> int:
    from inproc import start_gateway
    from overcast_common.config import Settings

    data = Path(tempfile.mkdtemp(prefix="sns-cpu-"))
    for name in ("OVERCAST_XRAY_OTLP_HTTP_PORT", "OVERCAST_XRAY_OTLP_GRPC_PORT", "OVERCAST_XRAY_DAEMON_PORT"):
        os.environ.setdefault(name, "0")
    broker: subprocess.Popen[bytes] | None = None
    if args.kafka:
        broker, bootstrap = start_tansu(data)
        os.environ["OVERCAST_KAFKA_BOOTSTRAP_SERVERS"] = bootstrap
    broker_pid = broker.pid if broker is not None else None
    if args.counting:
        pin_background()
    settings = Settings(data_dir=data, log_level="WARNING")
    keys = os.environ.get("SNS_BENCH_KEYS")
    if keys:  # a signing key made beforehand: key generation would drown an instruction count
        target = settings.service_data_dir("sns")
        target.mkdir(parents=True, exist_ok=True)
        for item in Path(keys).iterdir():
            shutil.copy(item, target / item.name)
    logging.getLogger("overcast").setLevel(logging.WARNING)
    port, close_server = await start_gateway(settings)
    # the main thread's CPU clock: a wall-clock profile would charge it for other threads' GIL time
    profiler = cProfile.Profile(time.thread_time) if args.profile else None
    acks: list[float] = []
    totals: list[float] = []
    main_share: list[float] = []
    brokers: list[float] = []
    try:
        topic = str((await call("sns", "CreateTopic", {"Name": "cpu"}))["TopicArn"])
        urls = []
        for i in range(args.queues):
            urls.append(str((await call("sqs", "CreateQueue", {"QueueName": f"cpu-{i}"}))["QueueUrl"]))
            await call("sns", "Subscribe", {
                "TopicArn": topic, "Protocol": "sqs", "Endpoint": f"arn:aws:sqs:us-east-1:{ACCOUNT}:cpu-{i}",
                "Attributes": {"RawMessageDelivery": "true"}, "ReturnSubscriptionArn": True,
            })  # fmt: skip
        sent = count_deliveries()
        expected = 0
        for round_ in range(args.rounds + 1):  # round 0 warms up
            if profiler is not None and round_ == 1:
                profiler.enable()
            main0, broker0 = time.thread_time(), process_cpu(broker_pid)
            cpu0, wall0, ack_cpu, ack_wall = await run_client(port, topic, args, round_)
            expected += args.requests
            deadline = time.monotonic() + 120
            while urls and min(sent.get(u.rsplit("/", 1)[-1], 0) for u in urls) < expected:
                if time.monotonic() > deadline:
                    raise SystemExit(f"lost messages: delivered {sent} < {expected}")
                await asyncio.sleep(0.02)
            total = time.process_time() - cpu0
            broker_cpu = process_cpu(broker_pid) - broker0
            wall = time.perf_counter() - wall0
            if round_ == 0:
                continue
            acks.append((ack_cpu - cpu0) * 1e6 / args.requests)
            main_share.append((time.thread_time() - main0) * 1e6 / args.requests)
            totals.append(total * 1e6 / args.requests)
            brokers.append(broker_cpu * 1e6 / args.requests)
            print(
                f"round {round_}: ack {acks[-1]:6.0f} µs/publish, total {totals[-1]:6.0f} µs/publish "
                f"(event loop thread {main_share[-1]:.0f}) "
                + (f"+ broker {brokers[-1]:.0f} µs/publish " if broker is not None else "")
                + f"(publish {args.requests / (ack_wall - wall0):.0f}/s wall, all delivered after {wall:.1f} s)",
                file=sys.stderr, flush=True,
            )  # fmt: skip
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(args.profile)
        final = [await depth(u) for u in urls]
        if final != [expected] * args.queues:
            raise SystemExit(f"queue depths {final} != {expected}: lost or duplicated messages")
    finally:
        await close_server()
        if broker is not None:
            broker.terminate()
            broker.wait()
    print(
        f"sns-publish-to-sqs{' (log on Kafka)' if broker is not None else ''}: median total "
        f"{statistics.median(totals):.0f} µs server CPU/publish (ack {statistics.median(acks):.0f}), "
        f"runs {', '.join(f'{v:.0f}' for v in totals)}"
        + (f"; broker {statistics.median(brokers):.0f} µs/publish more" if broker is not None else "")
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        port_, topic_, total_, conc_, round_arg = sys.argv[2:7]
        asyncio.run(client(int(port_), topic_, int(total_), int(conc_), int(round_arg)))
        sys.exit(0)
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--requests", type=int, default=3000)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--queues", type=int, default=2, help="SQS subscriptions (0: the publish path alone)")
    p.add_argument("--kafka", action="store_true", help="the durable log on a Tansu broker started here")
    p.add_argument("--profile", default="", help="write a cProfile of the measured rounds here")
    p.add_argument(
        "--counting", action="store_true", help="pin wall-clock-driven background work (callgrind counts)"
    )
    try:
        import uvloop

        sys.exit(uvloop.run(main(p.parse_args())))
    except ImportError:
        sys.exit(asyncio.run(main(p.parse_args())))
