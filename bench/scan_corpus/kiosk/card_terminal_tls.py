"""Mutual-TLS connection to the lane card terminal (newer terminal fleet).

Terminal host, CA and the kiosk client certificate come from the store
provisioning profile.
"""
from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class TerminalTLSProfile:
    host: str
    port: int
    server_name: str
    ca_file: str
    client_cert: str
    client_key: str


def terminal_context(profile: TerminalTLSProfile) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=profile.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=profile.client_cert, keyfile=profile.client_key)
    return ctx


def open_terminal_socket(profile: TerminalTLSProfile, timeout: float = 15.0) -> ssl.SSLSocket:
    ctx = terminal_context(profile)
    raw = socket.create_connection((profile.host, profile.port), timeout=timeout)
    try:
        return ctx.wrap_socket(raw, server_hostname=profile.server_name)
    except Exception:
        raw.close()
        raise


def negotiated(sock: ssl.SSLSocket) -> dict:
    """Connection details for the lane diagnostics page."""
    name, version, bits = sock.cipher()
    return {"protocol": sock.version(), "cipher": name, "bits": bits}
