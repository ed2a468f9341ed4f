"""TLS link between the kiosk agent and the lane's card terminal.

The terminal listens on the store LAN; its address and CA come from the store
provisioning profile. Messages are length-prefixed frames (2-byte big endian
length followed by the payload).
"""
from __future__ import annotations

import socket
import ssl
import struct
from dataclasses import dataclass


@dataclass
class TerminalEndpoint:
    host: str
    port: int
    ca_file: str
    server_name: str


class CardTerminalLink:
    def __init__(self, endpoint: TerminalEndpoint, timeout: float = 15.0):
        self.endpoint = endpoint
        self.timeout = timeout
        self._sock: ssl.SSLSocket | None = None

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.endpoint.ca_file)
        # Lanes still running the 2017 terminal firmware cannot negotiate
        # anything newer, and store rollouts are staggered.
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        return ctx

    def connect(self) -> None:
        raw = socket.create_connection((self.endpoint.host, self.endpoint.port), timeout=self.timeout)
        self._sock = self._context().wrap_socket(raw, server_hostname=self.endpoint.server_name)

    def send(self, payload: bytes) -> None:
        if self._sock is None:
            self.connect()
        self._sock.sendall(struct.pack(">H", len(payload)) + payload)

    def receive(self) -> bytes:
        header = self._recv_exact(2)
        (length,) = struct.unpack(">H", header)
        return self._recv_exact(length)

    def _recv_exact(self, n: int) -> bytes:
        buf = bytearray()
        while len(buf) < n:
            chunk = self._sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("terminal closed the connection")
            buf.extend(chunk)
        return bytes(buf)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
