"""TLS client setup for the legacy EDI socket link to the tyre and tube wholesaler."""
from __future__ import annotations

import os
import socket
import ssl
from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class EdiLinkSettings:
    host: str = os.environ.get("WHOLESALER_EDI_HOST", "edi.tyre-wholesale.example")
    port: int = int(os.environ.get("WHOLESALER_EDI_PORT", "7443"))
    ca_file: str = "/etc/bikerepair/certs/wholesaler-ca.pem"
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
    client_cert: str = "/etc/bikerepair/certs/edi-client.pem"
    client_key: str = "/etc/bikerepair/certs/edi-client.key"


class EdiContextFactory:
    def __init__(self, settings: EdiLinkSettings) -> None:
        self.settings = settings

    def build(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=self.settings.ca_file)
        ctx.minimum_version = self.settings.min_version
        ctx.load_cert_chain(self.settings.client_cert, self.settings.client_key)
        return ctx


class EdiLink:
    terminator = b"'\r\n"

    def __init__(self, settings: EdiLinkSettings | None = None) -> None:
        self.settings = settings or EdiLinkSettings()
        self.context = EdiContextFactory(self.settings).build()

    def exchange(self, messages: list[bytes]) -> Iterator[bytes]:
        with socket.create_connection((self.settings.host, self.settings.port), timeout=30) as raw:
            with self.context.wrap_socket(raw, server_hostname=self.settings.host) as tls:
                for msg in messages:
                    tls.sendall(msg + self.terminator)
                    yield self._read_reply(tls)

    def _read_reply(self, tls: ssl.SSLSocket) -> bytes:
        buf = b""
        while not buf.endswith(self.terminator):
            chunk = tls.recv(4096)
            if not chunk:
                break
            buf += chunk
        return buf.rstrip(b"\r\n")
