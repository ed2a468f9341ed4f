"""Opens the TLS transport for outbound FIX sessions to execution venues."""
import os
import socket
import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class VenueEndpoint:
    name: str
    host: str
    port: int
    ca_file: str


def client_context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(os.environ["FIX_CLIENT_CERT"], os.environ["FIX_CLIENT_KEY"])
    return ctx


def connect(endpoint: VenueEndpoint, timeout: float = 10.0) -> ssl.SSLSocket:
    ctx = client_context(endpoint.ca_file)
    raw = socket.create_connection((endpoint.host, endpoint.port), timeout=timeout)
    try:
        tls = ctx.wrap_socket(raw, server_hostname=endpoint.host)
    except Exception:
        raw.close()
        raise
    tls.settimeout(None)
    return tls


def endpoint_from_env(venue: str) -> VenueEndpoint:
    prefix = f"{venue.upper()}_FIX"
    return VenueEndpoint(
        name=venue,
        host=os.environ[f"{prefix}_HOST"],
        port=int(os.environ[f"{prefix}_PORT"]),
        ca_file=os.environ.get(f"{prefix}_CA", "/etc/ssl/certs/ca-certificates.crt"),
    )
