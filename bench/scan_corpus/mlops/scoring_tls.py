"""TLS context for the batch-scoring listener (mutual TLS with scoring clients)."""
from __future__ import annotations

import os
import ssl

TLS_SETTINGS = {
    "certfile": os.environ.get("SCORING_TLS_CERT", "/etc/scoring/tls/tls.crt"),
    "keyfile": os.environ.get("SCORING_TLS_KEY", "/etc/scoring/tls/tls.key"),
    "client_ca": os.environ.get("SCORING_CLIENT_CA", "/etc/scoring/tls/clients-ca.crt"),
    # TLS 1.3 preferred; 1.2 kept for the JVM batch clients
    "min_version": ssl.TLSVersion.TLSv1_2,
    "ciphers": "ECDHE+AESGCM:ECDHE+CHACHA20",
}


def server_context(settings: dict = TLS_SETTINGS) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = settings["min_version"]
    ctx.set_ciphers(settings["ciphers"])
    ctx.load_cert_chain(settings["certfile"], settings["keyfile"])
    ctx.load_verify_locations(cafile=settings["client_ca"])
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.options |= ssl.OP_NO_COMPRESSION
    return ctx


def client_context(ca_file: str, settings: dict = TLS_SETTINGS) -> ssl.SSLContext:
    """Context for health probes that call the listener with a client cert."""
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = settings["min_version"]
    ctx.load_cert_chain(settings["certfile"], settings["keyfile"])
    return ctx
