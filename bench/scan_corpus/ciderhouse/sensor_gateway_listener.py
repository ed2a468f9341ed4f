"""Accepts snapshot frames from the cellar's tank sensor gateways over TCP."""
from __future__ import annotations

import logging
import os
import pickle
import socketserver
import struct
from typing import Any, Callable

log = logging.getLogger("cellar.gateway")

HEADER = struct.Struct(">I")


class SnapshotHandler(socketserver.StreamRequestHandler):
    decoder: Callable[[bytes], Any] = staticmethod(pickle.loads)
    max_frame = 4 * 1024 * 1024

    def _read_frame(self) -> bytes | None:
        header = self.rfile.read(HEADER.size)
        if len(header) < HEADER.size:
            return None
        (length,) = HEADER.unpack(header)
        if length > self.max_frame:
            raise ValueError(f"frame of {length} bytes exceeds limit")
        return self.rfile.read(length)

    def handle(self) -> None:
        peer = self.client_address[0]
        while (frame := self._read_frame()) is not None:
            snapshot = self.decoder(frame)
            self.server.sink(peer, snapshot)
            self.wfile.write(b"ACK\n")


class GatewayServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, address: tuple[str, int], sink: Callable[[str, Any], None]) -> None:
        super().__init__(address, SnapshotHandler)
        self.sink = sink


def store_snapshot(peer: str, snapshot: dict) -> None:
    for tank, reading in snapshot.get("tanks", {}).items():
        log.info("gateway %s tank %s temp=%.1f sg=%.4f", peer, tank,
                 reading["temperature_c"], reading["gravity"])


def serve() -> None:
    bind = os.environ["GATEWAY_BIND"]
    port = int(os.environ.get("GATEWAY_PORT", "7410"))
    with GatewayServer((bind, port), store_snapshot) as server:
        server.serve_forever()
