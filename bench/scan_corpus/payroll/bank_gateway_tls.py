"""Host-to-host connection to the clearing bank's payment file gateway.

The gateway speaks a small line protocol over mutually authenticated TLS:
``PUT <name> <size>`` followed by the file bytes, answered by ``ACK <ref>``.
"""
import logging
import socket
import ssl
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK_SIZE = 64 * 1024


@dataclass(frozen=True)
class GatewayEndpoint:
    host: str
    port: int
    client_cert: Path
    client_key: Path
    ca_bundle: Path | None = None


def build_context(endpoint: GatewayEndpoint) -> ssl.SSLContext:
    cafile = str(endpoint.ca_bundle) if endpoint.ca_bundle else None
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.load_cert_chain(certfile=str(endpoint.client_cert), keyfile=str(endpoint.client_key))
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


@contextmanager
def gateway_connection(endpoint: GatewayEndpoint):
    ctx = build_context(endpoint)
    with socket.create_connection((endpoint.host, endpoint.port), timeout=30) as raw:
        with ctx.wrap_socket(raw, server_hostname=endpoint.host) as tls:
            log.info("connected to %s:%d using %s", endpoint.host, endpoint.port, tls.version())
            yield tls


def send_payment_file(endpoint: GatewayEndpoint, path: Path) -> str:
    header = f"PUT {path.name} {path.stat().st_size}\n".encode("ascii")
    with gateway_connection(endpoint) as conn:
        conn.sendall(header)
        with path.open("rb") as fh:
            while chunk := fh.read(CHUNK_SIZE):
                conn.sendall(chunk)
        reply = conn.recv(1024).decode("ascii", "replace").strip()
    if not reply.startswith("ACK"):
        raise RuntimeError(f"gateway rejected {path.name}: {reply}")
    reference = reply.partition(" ")[2]
    log.info("payment file %s accepted, bank reference %s", path.name, reference)
    return reference
