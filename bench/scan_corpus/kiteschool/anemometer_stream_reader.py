"""Reads live wind readings from the beach anemometer gateway over a TLS socket."""
from __future__ import annotations

import json
import os
import socket
import ssl
from typing import Iterator


class GatewayTransport:
    ca_file = os.environ.get("ANEMO_CA_FILE", "/etc/kiteschool/anemo-ca.pem")
    lowest_protocol = ssl.TLSVersion.TLSv1
    port = 8883


class AnemometerStream:
    """Yields wind speed/direction samples pushed by the gateway once per second."""

    def __init__(self, host: str, transport: type[GatewayTransport] = GatewayTransport) -> None:
        self.host = host
        self.transport = transport

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.transport.ca_file)
        ctx.minimum_version = self.transport.lowest_protocol
        return ctx

    def samples(self) -> Iterator[dict]:
        raw = socket.create_connection((self.host, self.transport.port), timeout=10)
        with self._context().wrap_socket(raw, server_hostname=self.host) as conn:
            buf = b""
            while True:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                buf += chunk
                while b"\n" in buf:
                    line, buf = buf.split(b"\n", 1)
                    if line.strip():
                        yield json.loads(line)


def latest_gust(host: str, window: int = 60) -> float:
    peak = 0.0
    for i, sample in enumerate(AnemometerStream(host).samples()):
        peak = max(peak, float(sample.get("gust_kn", 0.0)))
        if i >= window:
            break
    return peak
