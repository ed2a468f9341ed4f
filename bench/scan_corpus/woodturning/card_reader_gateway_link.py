"""TLS link from the class-booking kiosk to the card payment gateway.

The kiosk in the workshop foyer takes deposits for classes. It talks to the
acquirer's gateway over a persistent TLS socket using length-prefixed JSON.
"""
from __future__ import annotations

import json
import os
import socket
import ssl
import struct
from dataclasses import dataclass, field


@dataclass
class GatewaySettings:
    host: str = field(default_factory=lambda: os.environ["KIOSK_GATEWAY_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("KIOSK_GATEWAY_PORT", "9443")))
    client_cert: str = field(default_factory=lambda: os.environ["KIOSK_CLIENT_CERT"])
    client_key: str = field(default_factory=lambda: os.environ["KIOSK_CLIENT_KEY"])
    min_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
    timeout: float = 30.0


def make_context(settings: GatewaySettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ctx.minimum_version = settings.min_tls
    ctx.load_cert_chain(settings.client_cert, settings.client_key)
    return ctx


class GatewayLink:
    def __init__(self, settings: GatewaySettings | None = None) -> None:
        self.settings = settings or GatewaySettings()
        self.ctx = make_context(self.settings)
        self._sock: ssl.SSLSocket | None = None

    def connect(self) -> None:
        raw = socket.create_connection(
            (self.settings.host, self.settings.port), timeout=self.settings.timeout
        )
        self._sock = self.ctx.wrap_socket(raw, server_hostname=self.settings.host)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _recv_exact(self, n: int) -> bytes:
        buf = b""
        while len(buf) < n:
            chunk = self._sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("gateway closed the connection")
            buf += chunk
        return buf

    def request(self, message: dict) -> dict:
        if self._sock is None:
            self.connect()
        data = json.dumps(message).encode("utf-8")
        self._sock.sendall(struct.pack(">I", len(data)) + data)
        (length,) = struct.unpack(">I", self._recv_exact(4))
        return json.loads(self._recv_exact(length))

    def take_deposit(self, booking_ref: str, amount_pence: int) -> bool:
        reply = self.request(
            {"op": "auth", "amount": amount_pence, "currency": "GBP", "ref": booking_ref}
        )
        return reply.get("result") == "approved"
