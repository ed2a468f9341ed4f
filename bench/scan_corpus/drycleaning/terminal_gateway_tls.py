"""TLS client context for the shop counter terminals' link to the payment gateway."""
from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GatewayEndpoint:
    host: str = "gw.payfront.com"
    port: int = 8443
    ca_file: Path = Path("/etc/pressandfold/payfront-ca.pem")
    client_cert: Path = Path("/etc/pressandfold/terminal-client.pem")
    client_key: Path = Path("/etc/pressandfold/terminal-client.key")


class GatewayContextFactory:
    protocol_floor = ssl.TLSVersion.TLSv1_2

    def __init__(self, endpoint: GatewayEndpoint) -> None:
        self.endpoint = endpoint

    def build(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(self.endpoint.ca_file))
        ctx.minimum_version = self.protocol_floor
        ctx.load_cert_chain(str(self.endpoint.client_cert), str(self.endpoint.client_key))
        return ctx


class GatewayLink:
    """Frames are length-prefixed ISO 8583 messages."""

    def __init__(self, endpoint: GatewayEndpoint | None = None) -> None:
        self.endpoint = endpoint or GatewayEndpoint()
        self._ctx = GatewayContextFactory(self.endpoint).build()

    def exchange(self, message: bytes, timeout: float = 25.0) -> bytes:
        with socket.create_connection((self.endpoint.host, self.endpoint.port), timeout=timeout) as raw:
            with self._ctx.wrap_socket(raw, server_hostname=self.endpoint.host) as tls:
                tls.sendall(len(message).to_bytes(2, "big") + message)
                size = int.from_bytes(self._read_exact(tls, 2), "big")
                return self._read_exact(tls, size)

    @staticmethod
    def _read_exact(sock: ssl.SSLSocket, n: int) -> bytes:
        buf = bytearray()
        while len(buf) < n:
            chunk = sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("gateway closed the connection")
            buf.extend(chunk)
        return bytes(buf)
