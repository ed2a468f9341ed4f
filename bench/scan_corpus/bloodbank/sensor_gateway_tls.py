"""TLS settings for the HTTPS push endpoint used by cold-chain gateways.

Gateways authenticate with client certificates issued by our device CA;
the ingest service terminates TLS itself rather than behind a proxy.
"""
import os
import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class GatewayTlsConfig:
    cert_file: str
    key_file: str
    device_ca: str
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2

    @classmethod
    def from_env(cls) -> "GatewayTlsConfig":
        return cls(
            cert_file=os.environ["INGEST_TLS_CERT"],
            key_file=os.environ["INGEST_TLS_KEY"],
            device_ca=os.environ["INGEST_DEVICE_CA"],
        )


def server_context(cfg: GatewayTlsConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=cfg.device_ca)
    ctx.minimum_version = cfg.min_version
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_cert_chain(cfg.cert_file, cfg.key_file)
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    return ctx

