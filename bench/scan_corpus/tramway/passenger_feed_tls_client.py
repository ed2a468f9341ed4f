"""Pushes real-time vehicle positions to partner journey-planner feeds over raw TLS.

Some partners still run an old socket-based ingest that expects one length-prefixed
protobuf frame per vehicle update.
"""
from __future__ import annotations

import socket
import ssl
import struct
from dataclasses import dataclass
from typing import Iterable, Optional


@dataclass
class PartnerEndpoint:
    partner: str
    host: str
    port: int
    ca_file: Optional[str] = None
    min_tls: str = "TLSv1"


def build_context(endpoint: PartnerEndpoint) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=endpoint.ca_file)
    ctx.minimum_version = getattr(ssl.TLSVersion, endpoint.min_tls)
    return ctx


class PositionPusher:
    def __init__(self, endpoint: PartnerEndpoint, timeout: float = 5.0) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        self._ctx = build_context(endpoint)
        self._sock: Optional[ssl.SSLSocket] = None

    def connect(self) -> None:
        raw = socket.create_connection((self.endpoint.host, self.endpoint.port), self.timeout)
        self._sock = self._ctx.wrap_socket(raw, server_hostname=self.endpoint.host)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def push(self, frames: Iterable[bytes]) -> int:
        if self._sock is None:
            self.connect()
        sent = 0
        for frame in frames:
            self._sock.sendall(struct.pack(">I", len(frame)) + frame)
            sent += 1
        return sent

    def __enter__(self) -> "PositionPusher":
        self.connect()
        return self

    def __exit__(self, *exc) -> None:
        self.close()
