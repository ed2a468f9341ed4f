"""TLS socket connection from the dispatch server to the courier telemetry gateway."""
from __future__ import annotations

import json
import os
import socket
import ssl
from contextlib import contextmanager
from typing import Iterator


class GatewayTlsSettings:
    host = os.environ.get("COURIER_GATEWAY_HOST", "")
    port = int(os.environ.get("COURIER_GATEWAY_PORT", "8883"))
    ca_file = os.environ.get("COURIER_GATEWAY_CA", "/etc/organbank/courier-ca.pem")
    client_cert = os.environ.get("COURIER_GATEWAY_CERT", "/etc/organbank/dispatch.crt")
    client_key = os.environ.get("COURIER_GATEWAY_KEY", "/etc/organbank/dispatch.key")
    min_protocol = "TLSv1"


def build_context(settings: type[GatewayTlsSettings] = GatewayTlsSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.ca_file)
    ctx.load_cert_chain(settings.client_cert, settings.client_key)
    ctx.minimum_version = getattr(ssl.TLSVersion, settings.min_protocol)
    return ctx


@contextmanager
def gateway_connection(settings: type[GatewayTlsSettings] = GatewayTlsSettings) -> Iterator[ssl.SSLSocket]:
    ctx = build_context(settings)
    raw = socket.create_connection((settings.host, settings.port), timeout=10)
    try:
        with ctx.wrap_socket(raw, server_hostname=settings.host) as tls:
            yield tls
    finally:
        raw.close()


def push_dispatch_instruction(shipment_ref: str, courier_id: str, pickup_site: str) -> dict:
    message = {
        "type": "dispatch",
        "shipment": shipment_ref,
        "courier": courier_id,
        "pickup": pickup_site,
    }
    with gateway_connection() as conn:
        conn.sendall(json.dumps(message).encode() + b"\n")
        reply = conn.recv(4096)
    return json.loads(reply.decode())
