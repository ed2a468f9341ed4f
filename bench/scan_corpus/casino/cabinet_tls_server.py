"""TLS settings for the cabinet event collector on the gaming floor network."""
from __future__ import annotations

import os
import socketserver
import ssl
from pathlib import Path

TLS_DIR = Path(os.environ.get("COLLECTOR_TLS_DIR", "/etc/cabinet-collector/tls"))


def server_context(tls_dir: Path = TLS_DIR) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(tls_dir / "floor-ca.pem"))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_cert_chain(tls_dir / "collector.crt", tls_dir / "collector.key")
    return ctx


class CabinetEventHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        cert = self.connection.getpeercert() or {}
        cabinet = dict(x[0] for x in cert.get("subject", ())).get("commonName", "unknown")
        for raw in self.rfile:
            self.server.sink(cabinet, raw.rstrip(b"\r\n"))


class CabinetCollector(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], sink, ctx: ssl.SSLContext | None = None):
        super().__init__(address, CabinetEventHandler, bind_and_activate=False)
        self.sink = sink
        self.socket = (ctx or server_context()).wrap_socket(self.socket, server_side=True)
        self.server_bind()
        self.server_activate()
