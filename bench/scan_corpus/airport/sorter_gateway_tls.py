"""TLS settings for the sorter gateway telemetry listener.

Gateways authenticate with client certificates issued by the BHS PLC CA.
"""
import os
import ssl
from dataclasses import dataclass, field


@dataclass
class TlsSettings:
    cert_file: str = field(default_factory=lambda: os.environ.get("BHS_TLS_CERT", "/etc/bhs/tls/server.pem"))
    key_file: str = field(default_factory=lambda: os.environ.get("BHS_TLS_KEY", "/etc/bhs/tls/server.key"))
    client_ca: str = field(default_factory=lambda: os.environ.get("BHS_TLS_CA", "/etc/bhs/tls/plc-ca.pem"))
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
    ciphers: str = "ECDHE+AESGCM:ECDHE+CHACHA20"


def server_context(settings: TlsSettings | None = None) -> ssl.SSLContext:
    settings = settings or TlsSettings()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=settings.client_ca)
    ctx.minimum_version = settings.min_version
    ctx.set_ciphers(settings.ciphers)
    ctx.load_cert_chain(settings.cert_file, settings.key_file)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def client_context(ca_file: str, cert_file: str, key_file: str) -> ssl.SSLContext:
    """Used by the gateway simulator in the integration environment."""
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert_file, key_file)
    return ctx
