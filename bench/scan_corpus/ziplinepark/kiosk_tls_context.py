"""TLS server for the self check-in kiosks in the entrance hut.

Kiosks post QR scans and waiver signatures to a small service on the local
network; it serves HTTPS with the park's internal certificate and requires
kiosk client certificates.
"""
import os
import ssl
from dataclasses import dataclass
from http.server import HTTPServer


@dataclass(frozen=True)
class KioskTlsSettings:
    cert_file: str
    key_file: str
    client_ca_file: str
    minimum_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2

    @classmethod
    def from_env(cls) -> "KioskTlsSettings":
        return cls(
            cert_file=os.environ["ZP_KIOSK_CERT"],
            key_file=os.environ["ZP_KIOSK_KEY"],
            client_ca_file=os.environ["ZP_KIOSK_CLIENT_CA"],
        )


def build_context(settings: KioskTlsSettings) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = settings.minimum_version
    ctx.load_cert_chain(settings.cert_file, settings.key_file)
    ctx.load_verify_locations(cafile=settings.client_ca_file)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    return ctx


def serve(handler_cls, settings: KioskTlsSettings | None = None) -> None:
    settings = settings or KioskTlsSettings.from_env()
    bind = os.environ.get("ZP_KIOSK_BIND", "")
    port = int(os.environ.get("ZP_KIOSK_PORT", "8443"))
    httpd = HTTPServer((bind, port), handler_cls)
    httpd.socket = build_context(settings).wrap_socket(httpd.socket, server_side=True)
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
