"""TLS setup for the check-in kiosk API that runs on each site's local server."""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass, field
from http.server import HTTPServer
from pathlib import Path


@dataclass
class KioskTlsConfig:
    cert_file: Path = field(default_factory=lambda: Path(os.environ.get("KIOSK_CERT", "/etc/jumpzone/kiosk.pem")))
    key_file: Path = field(default_factory=lambda: Path(os.environ.get("KIOSK_KEY", "/etc/jumpzone/kiosk.key")))
    client_ca: Path | None = None
    floor: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    ciphers: str = "ECDHE+AESGCM:ECDHE+CHACHA20"


class KioskServerContextFactory:
    """Builds the server-side SSLContext used by every kiosk listener."""

    def __init__(self, config: KioskTlsConfig | None = None) -> None:
        self.config = config or KioskTlsConfig()

    def build(self) -> ssl.SSLContext:
        cfg = self.config
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = cfg.floor
        ctx.set_ciphers(cfg.ciphers)
        ctx.load_cert_chain(certfile=str(cfg.cert_file), keyfile=str(cfg.key_file))
        if cfg.client_ca is not None:
            ctx.load_verify_locations(cafile=str(cfg.client_ca))
            ctx.verify_mode = ssl.CERT_REQUIRED
        return ctx


def serve_kiosk_api(handler_cls, port: int = 8443, config: KioskTlsConfig | None = None) -> None:
    factory = KioskServerContextFactory(config)
    httpd = HTTPServer(("0.0.0.0", port), handler_cls)
    httpd.socket = factory.build().wrap_socket(httpd.socket, server_side=True)
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
