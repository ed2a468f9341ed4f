"""TLS settings for the inference gateway's public listener.

The gateway terminates TLS itself (no load balancer in front of it in the
on-prem clusters). Settings are kept in one dict so ops can diff them per site.
"""
from __future__ import annotations

import os
import ssl

TLS_SETTINGS = {
    "certfile": os.environ.get("GATEWAY_TLS_CERT", "/etc/gateway/tls/tls.crt"),
    "keyfile": os.environ.get("GATEWAY_TLS_KEY", "/etc/gateway/tls/tls.key"),
    "client_ca": os.environ.get("GATEWAY_CLIENT_CA"),
    # a few scoring clients still run on the old JVM batch stack
    "min_version": ssl.TLSVersion.TLSv1,
    "ciphers": "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM",
}


def server_context(settings: dict = TLS_SETTINGS) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = settings["min_version"]
    ctx.set_ciphers(settings["ciphers"])
    ctx.load_cert_chain(settings["certfile"], settings["keyfile"])
    if settings.get("client_ca"):
        ctx.load_verify_locations(cafile=settings["client_ca"])
        ctx.verify_mode = ssl.CERT_OPTIONAL
    ctx.options |= ssl.OP_NO_COMPRESSION
    return ctx


def uvicorn_ssl_kwargs(settings: dict = TLS_SETTINGS) -> dict:
    """Keyword arguments for ``uvicorn.run`` / ``uvicorn.Config``."""
    kwargs = {
        "ssl_certfile": settings["certfile"],
        "ssl_keyfile": settings["keyfile"],
        "ssl_ciphers": settings["ciphers"],
    }
    if settings.get("client_ca"):
        kwargs["ssl_ca_certs"] = settings["client_ca"]
        kwargs["ssl_cert_reqs"] = ssl.CERT_OPTIONAL
    return kwargs
