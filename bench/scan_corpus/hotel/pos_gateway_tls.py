"""TLS settings for the link between restaurant POS terminals and the PMS.

Room charges posted from the outlets travel over a mutually authenticated
TLS connection to the PMS posting gateway.
"""
import ssl
from dataclasses import dataclass

# AEAD suites only; keep legacy block ciphers out even if OpenSSL still ships them
CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5:!RC4:!3DES:!DES"


@dataclass(frozen=True)
class GatewayTLS:
    ca_file: str
    cert_file: str
    key_file: str


def server_context(cfg: GatewayTLS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=cfg.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(CIPHERS)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_cert_chain(cfg.cert_file, cfg.key_file)
    return ctx


def client_context(cfg: GatewayTLS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cfg.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(CIPHERS)
    ctx.load_cert_chain(cfg.cert_file, cfg.key_file)
    return ctx
