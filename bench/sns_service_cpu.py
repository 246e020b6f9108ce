"""Instructions SNS's own code spends per publish fanned out to SQS: no gateway, codec, SigV4 or tracing.

SNS and SQS start as ``overcast serve`` starts them (their ``embedded.start``: SQLite stores and log,
or ``--kafka`` for a Tansu broker started here), registered as peers; a topic gets ``--queues`` SQS
queues subscribed with raw delivery (``--envelope``: without). ``--requests`` Publish calls of 256 bytes
go to SNS's dispatch handler, ``--concurrency`` at a time, and the run waits until SQS took every
message for every queue. So the figure is SNS's Publish, the log, the delivery worker, the peer call and
SQS's ``SendMessageBatch`` (provider and store), nothing of the HTTP path.

    .venv/bin/python bench/sns_service_cpu.py [--requests 2000] [--rounds 3]       # CPU µs (noisy)
    .venv/bin/python bench/sns_service_cpu.py --callgrind [--requests 1000]        # instructions

``--callgrind`` runs this under callgrind with one and with two measured rounds (after the same warm-up)
and prints the difference per publish. ``--profile F`` writes a cProfile of the measured rounds.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from overcast_common.context import Principal, RequestContext

ACCOUNT = "000000000000"
BODY = 256


def _context(service: str, operation: str) -> RequestContext:
    return RequestContext(
        request_id="bench",
        service=service,
        operation=operation,
        protocol="query",
        principal=Principal(arn=f"arn:aws:iam::{ACCOUNT}:root", account_id=ACCOUNT, principal_id=ACCOUNT),
        host="localhost:4566",
    )


async def _run(args: argparse.Namespace) -> None:
    from overcast_common.config import Settings
    from overcast_common.peers import peers
    from overcast_sns import embedded as sns_embedded
    from overcast_sqs import embedded as sqs_embedded

    data = Path(tempfile.mkdtemp(prefix="sns-service-cpu-"))
    broker = None
    if args.kafka:
        sys.path.insert(0, str(Path(__file__).parent))
        from sns_cpu import start_tansu  # type: ignore[import-not-found]  # bench/ is on sys.path

        broker, bootstrap = start_tansu(data)
        os.environ["OVERCAST_KAFKA_BOOTSTRAP_SERVERS"] = bootstrap
    settings = Settings(data_dir=data, log_level="WARNING")
    keys = os.environ.get("SNS_BENCH_KEYS")
    if keys:
        import shutil

        target = settings.service_data_dir("sns")
        target.mkdir(parents=True, exist_ok=True)
        for item in Path(keys).iterdir():
            shutil.copy(item, target / item.name)
    sqs = await sqs_embedded.start(settings)
    sns = await sns_embedded.start(settings)
    sent = [0]

    async def counting(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        result = await sqs.handler(context, params)
        sent[0] += len(result.get("Successful", ())) if "Entries" in params else 1
        return result

    peers.register("sqs", counting)
    peers.register("sns", sns.handler)
    try:
        topic = (await sns.handler(_context("sns", "CreateTopic"), {"Name": "cpu"}))["TopicArn"]
        for i in range(args.queues):
            await sqs.handler(_context("sqs", "CreateQueue"), {"QueueName": f"cpu-{i}"})
            attributes = {} if args.envelope else {"RawMessageDelivery": "true"}
            await sns.handler(
                _context("sns", "Subscribe"),
                {
                    "TopicArn": topic,
                    "Protocol": "sqs",
                    "Endpoint": f"arn:aws:sqs:us-east-1:{ACCOUNT}:cpu-{i}",
                    "Attributes": attributes,
                    "ReturnSubscriptionArn": True,
                },
            )
        profiler = cProfile.Profile(time.thread_time) if args.profile else None
        expected = 0
        for round_ in range(args.rounds + 1):  # round 0 warms up
            if profiler is not None and round_ == 1:
                profiler.enable()
            counter = iter(range(args.requests))

            async def worker(round_: int = round_, counter: Any = counter) -> None:
                for i in counter:
                    message = f"r{round_}-{i}-".ljust(BODY, "x")
                    await sns.handler(_context("sns", "Publish"), {"TopicArn": topic, "Message": message})

            cpu0 = time.process_time()
            await asyncio.gather(*(worker() for _ in range(args.concurrency)))
            expected += args.requests * args.queues
            deadline = time.monotonic() + 300
            while sent[0] < expected:
                if time.monotonic() > deadline:
                    raise SystemExit(f"lost messages: {sent[0]} < {expected}")
                await asyncio.sleep(0.01)
            if round_:
                spent = time.process_time() - cpu0
                print(f"round {round_}: {spent * 1e6 / args.requests:.0f} µs CPU/publish", file=sys.stderr)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(args.profile)
    finally:
        await sns.close()
        await sqs.close()
        if broker is not None:
            broker.terminate()
            broker.wait()


def _callgrind(args: argparse.Namespace) -> int:
    out = Path(tempfile.mkdtemp(prefix="sns-service-cg."))
    keys = out / "keys"
    from overcast_sns.signing import Signer

    Signer.load_or_create(keys)
    flags = [
        "--requests",
        str(args.requests),
        "--queues",
        str(args.queues),
        "--concurrency",
        str(args.concurrency),
    ]
    flags += ["--kafka"] if args.kafka else []
    flags += ["--envelope"] if args.envelope else []

    def start(rounds: int) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/{rounds}.out", sys.executable,
             __file__, *flags, "--rounds", str(rounds)],
            env={**os.environ, "PYTHONHASHSEED": "0", "SNS_BENCH_KEYS": str(keys)},
            stdout=subprocess.DEVNULL, stderr=(out / f"{rounds}.log").open("wb"),
        )  # fmt: skip

    runs = [start(1), start(2)]
    for run in runs:
        if run.wait() != 0:
            raise SystemExit(f"callgrind run failed (files in {out})")

    def total(rounds: int) -> int:
        for line in (out / f"{rounds}.out").read_text().splitlines():
            if line.startswith("summary:"):
                return int(line.split()[1])
        raise SystemExit(f"no summary in {out}/{rounds}.out")

    print(f"(callgrind files in {out})", file=sys.stderr)
    return (total(2) - total(1)) // int(args.requests)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--requests", type=int, default=1000)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--queues", type=int, default=2)
    p.add_argument("--envelope", action="store_true", help="subscriptions without raw delivery")
    p.add_argument("--kafka", action="store_true", help="the log on a Tansu broker started here")
    p.add_argument("--profile", default="", help="write a cProfile of the measured rounds here")
    p.add_argument("--callgrind", action="store_true", help="count instructions under callgrind")
    args = p.parse_args()
    if args.callgrind:
        print(f"{_callgrind(args)} instructions/publish")
        return
    import uvloop

    uvloop.run(_run(args))


if __name__ == "__main__":
    main()
