"""TLS transport for the Diameter Gy peer used for online charging."""
from __future__ import annotations

import os
import socket
import ssl
from dataclasses import dataclass, field


@dataclass
class DiameterPeerSettings:
    host: str = field(default_factory=lambda: os.environ["OCS_PEER_HOST"])
    port: int = 3868
    ca_file: str = field(default_factory=lambda: os.environ["OCS_PEER_CA"])
    cert_file: str = field(default_factory=lambda: os.environ["OCS_CLIENT_CERT"])
    key_file: str = field(default_factory=lambda: os.environ["OCS_CLIENT_KEY"])
    connect_timeout: float = 5.0


class DiameterTlsTransport:
    def __init__(self, settings: DiameterPeerSettings | None = None) -> None:
        self._settings = settings or DiameterPeerSettings()
        self._sock: ssl.SSLSocket | None = None

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=self._settings.ca_file)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.load_cert_chain(self._settings.cert_file, self._settings.key_file)
        return ctx

    def open(self) -> None:
        raw = socket.create_connection(
            (self._settings.host, self._settings.port), timeout=self._settings.connect_timeout
        )
        self._sock = self._context().wrap_socket(raw, server_hostname=self._settings.host)

    def send(self, message: bytes) -> None:
        if self._sock is None:
            raise ConnectionError("transport not open")
        self._sock.sendall(message)

    def receive(self) -> bytes:
        header = self._recv_exact(20)
        length = int.from_bytes(header[1:4], "big")
        return header + self._recv_exact(length - 20)

    def _recv_exact(self, n: int) -> bytes:
        buf = bytearray()
        while len(buf) < n:
            chunk = self._sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("peer closed connection")
            buf.extend(chunk)
        return bytes(buf)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
