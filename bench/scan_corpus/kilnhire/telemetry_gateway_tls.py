"""TLS settings for the gateway's connection to the telemetry ingest service.

The gateway streams newline-delimited JSON readings over a plain TLS socket
authenticated with a client certificate.
"""
from __future__ import annotations

import json
import socket
import ssl
from dataclasses import dataclass

MIN_TLS_VERSION = ssl.TLSVersion.TLSv1_2


@dataclass(frozen=True)
class IngestEndpoint:
    host: str
    port: int = 7443
    ca_file: str = "/etc/kilnhire/ingest-ca.pem"
    cert_file: str = "/etc/kilnhire/gateway.crt"
    key_file: str = "/etc/kilnhire/gateway.key"


def make_context(endpoint: IngestEndpoint) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=endpoint.ca_file)
    ctx.load_cert_chain(endpoint.cert_file, endpoint.key_file)
    ctx.minimum_version = MIN_TLS_VERSION
    return ctx


class IngestStream:
    def __init__(self, endpoint: IngestEndpoint, timeout: float = 10.0):
        self.endpoint = endpoint
        self.timeout = timeout
        self._sock: ssl.SSLSocket | None = None

    def connect(self) -> None:
        ctx = make_context(self.endpoint)
        raw = socket.create_connection((self.endpoint.host, self.endpoint.port), self.timeout)
        self._sock = ctx.wrap_socket(raw, server_hostname=self.endpoint.host)

    def send(self, kiln_id: str, reading: dict) -> None:
        if self._sock is None:
            self.connect()
        line = json.dumps({"kiln": kiln_id, **reading}, separators=(",", ":")) + "\n"
        self._sock.sendall(line.encode("utf-8"))  # type: ignore[union-attr]

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def __enter__(self) -> "IngestStream":
        self.connect()
        return self

    def __exit__(self, *exc) -> None:
        self.close()
