"""SeedLink client connection over TLS.

Upstream SeedLink servers are fronted by a TLS terminator that requires a
client certificate. This module only sets up the socket; protocol handling is
in seedlink_protocol.py.
"""
from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass


@dataclass
class SeedLinkEndpoint:
    host: str
    port: int = 18500
    ca_file: str = "/etc/eew/pki/upstream-ca.pem"
    client_cert: str = "/etc/eew/pki/client.crt"
    client_key: str = "/etc/eew/pki/client.key"


def make_context(ep: SeedLinkEndpoint) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ep.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=ep.client_cert, keyfile=ep.client_key)
    return ctx


def connect(ep: SeedLinkEndpoint, timeout: float = 10.0) -> ssl.SSLSocket:
    ctx = make_context(ep)
    raw = socket.create_connection((ep.host, ep.port), timeout=timeout)
    try:
        tls = ctx.wrap_socket(raw, server_hostname=ep.host)
    except (ssl.SSLError, OSError):
        raw.close()
        raise
    tls.settimeout(None)
    return tls


def hello(sock: ssl.SSLSocket) -> str:
    sock.sendall(b"HELLO\r\n")
    data = b""
    while data.count(b"\r\n") < 2:
        chunk = sock.recv(1024)
        if not chunk:
            break
        data += chunk
    return data.decode("ascii", errors="replace").strip()
