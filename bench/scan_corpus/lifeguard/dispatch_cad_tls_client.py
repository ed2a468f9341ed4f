"""Client for the county computer-aided dispatch (CAD) incident feed."""

from __future__ import annotations

import json
import os
import socket
import ssl
from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class CadEndpoint:
    host: str
    port: int
    ca_bundle: str
    client_cert: str
    client_key: str

    @classmethod
    def from_env(cls) -> "CadEndpoint":
        return cls(
            host=os.environ["CAD_HOST"],
            port=int(os.environ.get("CAD_PORT", "8443")),
            ca_bundle=os.environ["CAD_CA_BUNDLE"],
            client_cert=os.environ["CAD_CLIENT_CERT"],
            client_key=os.environ["CAD_CLIENT_KEY"],
        )


class CadFeed:
    MIN_VERSION = ssl.TLSVersion.TLSv1_2

    def __init__(self, endpoint: CadEndpoint) -> None:
        self.endpoint = endpoint

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.endpoint.ca_bundle)
        ctx.minimum_version = self.MIN_VERSION
        ctx.load_cert_chain(self.endpoint.client_cert, self.endpoint.client_key)
        return ctx

    def events(self) -> Iterator[dict]:
        ctx = self._context()
        with socket.create_connection((self.endpoint.host, self.endpoint.port), timeout=30) as raw:
            with ctx.wrap_socket(raw, server_hostname=self.endpoint.host) as tls:
                buffer = b""
                while chunk := tls.recv(4096):
                    buffer += chunk
                    while b"\n" in buffer:
                        line, buffer = buffer.split(b"\n", 1)
                        if line.strip():
                            yield json.loads(line)


def water_rescues(feed: CadFeed) -> Iterator[dict]:
    for event in feed.events():
        if event.get("type") in {"water_rescue", "swimmer_distress", "missing_child_beach"}:
            yield event
