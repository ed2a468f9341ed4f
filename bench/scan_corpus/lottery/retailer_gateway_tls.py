"""TLS listener for the retailer terminal gateway.

Terminals open a long-lived TLS connection to the gateway and
authenticate with a device certificate issued by the terminal PKI.
"""
from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True)
class GatewayTlsSettings:
    cert_chain: str
    private_key: str
    terminal_ca: str
    minimum_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
    ciphers: str = "ECDHE+AESGCM:ECDHE+CHACHA20"
    alpn: list[str] = field(default_factory=lambda: ["lotto-term/3"])


class GatewayContextFactory:
    def __init__(self, settings: GatewayTlsSettings) -> None:
        self.settings = settings

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = self.settings.minimum_version
        ctx.set_ciphers(self.settings.ciphers)
        ctx.load_cert_chain(self.settings.cert_chain, self.settings.private_key)
        ctx.load_verify_locations(cafile=self.settings.terminal_ca)
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.set_alpn_protocols(self.settings.alpn)
        return ctx


def terminal_id_from(conn: ssl.SSLSocket) -> str:
    cert = conn.getpeercert() or {}
    for rdn in cert.get("subject", ()):
        for key, value in rdn:
            if key == "commonName":
                return value
    raise ssl.SSLError("terminal certificate has no common name")


def serve(bind: tuple[str, int], settings: GatewayTlsSettings,
          handle: Callable[[str, ssl.SSLSocket], None]) -> None:
    context = GatewayContextFactory(settings).server_context()
    with socket.create_server(bind, reuse_port=True) as listener:
        with context.wrap_socket(listener, server_side=True) as tls_listener:
            while True:
                conn, _ = tls_listener.accept()
                with conn:
                    handle(terminal_id_from(conn), conn)
