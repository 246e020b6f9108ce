"""A port chosen free and taken before the process binds it (another cluster on the machine chose it too):
the process must not share it, nor pass for started on the other's answers; it gets another port.

The port picker hands the first service's gRPC or health port out while a stand-in of the other cluster's
process listens there: a gRPC server with gRPC's default SO_REUSEPORT (which a second server with the same
default would silently share the port with), or an HTTP server that answers every probe 200.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent import futures
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import grpc
import pytest
from cluster_helpers import client
from overcast_common.dispatch.grpc_server import DISPATCH_SERVICE

from overcast.cluster import Cluster, ClusterConfig
from overcast.cluster.supervisor import free_ports


class _Ready(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def _foreign_dispatch_server(calls: list[str]) -> tuple[int, Any]:
    """Another cluster's service: answers every call with what CI saw, and counts them."""

    def invoke(requests: Any, context: Any) -> Any:
        calls.append("invoke")
        context.abort(grpc.StatusCode.UNAVAILABLE, "a process of another cluster")
        yield from ()

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))  # default options: SO_REUSEPORT on
    handler = grpc.stream_stream_rpc_method_handler(invoke)
    server.add_generic_rpc_handlers(
        (grpc.method_handlers_generic_handler(DISPATCH_SERVICE, {"Invoke": handler}),)
    )
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    return port, server


@pytest.fixture
def foreign() -> Iterator[dict[str, Any]]:
    calls: list[str] = []
    grpc_port, grpc_server = _foreign_dispatch_server(calls)
    http = ThreadingHTTPServer(("127.0.0.1", 0), _Ready)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    yield {"grpc": grpc_port, "health": int(http.server_address[1]), "calls": calls}
    http.shutdown()
    http.server_close()
    grpc_server.stop(None)


@pytest.mark.parametrize("taken", ["grpc", "health"])
def test_a_service_whose_port_was_taken_starts_on_another(
    tmp_path: Path, foreign: dict[str, Any], taken: str
) -> None:
    occupied = foreign[taken]
    handed: list[bool] = []

    def pick(count: int) -> list[int]:
        ports = free_ports(count)
        if count == 2 and not handed:  # the first service's (gRPC port, health port)
            handed.append(True)
            ports[0 if taken == "grpc" else 1] = occupied
        return ports

    cluster = Cluster(tmp_path / "cluster")
    cluster.pick_ports = pick
    try:
        cluster.up(ClusterConfig(cluster.data_dir, port=0, services=("sts",)))
        sts = cluster.get("sts")
        assert handed, "the picker never handed out the taken port"
        assert occupied not in (sts.port, sts.health_port)
        assert "taken by another process" in Path(sts.log).read_text()
        sts_client = client(cluster.endpoint, "sts")
        for _ in range(3):
            assert sts_client.get_caller_identity()["Account"] == "000000000000"
        assert foreign["calls"] == []
    finally:
        cluster.down(grace=5, purge=True)
