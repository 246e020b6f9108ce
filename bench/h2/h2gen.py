"""Pre-encode N signed SQS SendMessage requests as one HTTP/2 client's frames, pickled for h2only.py.

Each request has its own body, so each carries a new ``Authorization`` value, as from a real SDK; the
client's HPACK encoder Huffman-codes and indexes as h2 (and Netty) do.

    python bench/h2/h2gen.py N OUT.pickle
"""

import pickle
import sys

sys.path.insert(0, "bench")
import h2.config
import h2.connection
import h2.settings
import tracing_overhead as bench

QUEUE = "http://localhost:4566/000000000000/q"


def main(n: int, out: str) -> None:
    config = h2.config.H2Configuration(client_side=True, header_encoding=None)
    client = h2.connection.H2Connection(config)
    window = 2**31 - 1
    client.local_settings = h2.settings.Settings(
        client=True, initial_values={h2.settings.SettingCodes.INITIAL_WINDOW_SIZE: window}
    )
    client.initiate_connection()
    client.increment_flow_control_window(window - 65535)
    start = client.data_to_send() + b"\x00\x00\x00\x04\x01\x00\x00\x00\x00"  # + ACK of the server's SETTINGS
    client.outbound_flow_control_window = window  # the server grants 8 MiB and acknowledges as it reads
    frames = []
    for i in range(n):
        params = {"QueueUrl": QUEUE, "MessageBody": f"{i:08d}" + "x" * 248}
        headers, body = bench.signed("SendMessage", params)
        pseudo = [
            (b":method", b"POST"),
            (b":path", b"/"),
            (b":scheme", b"http"),
            (b":authority", bench.HOST.encode()),
        ]
        sid = client.get_next_available_stream_id()
        client.send_headers(sid, pseudo + [(k, v) for k, v in headers if k != b"host"])
        client.send_data(sid, body, end_stream=True)
        frames.append((sid, client.data_to_send()))
        client.streams.pop(sid)
    with open(out, "wb") as f:
        pickle.dump((start, frames), f)
    print(len(start), sum(len(f) for _, f in frames) / n, "bytes/request")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
