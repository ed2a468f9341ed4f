"""Host-to-host link to the clearing bank for payment file delivery."""
import logging
import socket
import ssl
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class H2HEndpoint:
    host: str
    port: int
    client_cert: Path
    client_key: Path
    ca_bundle: Path | None = None


def tls_context(endpoint: H2HEndpoint) -> ssl.SSLContext:
    ctx = ssl.create_default_context(
        cafile=str(endpoint.ca_bundle) if endpoint.ca_bundle else None
    )
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=str(endpoint.client_cert), keyfile=str(endpoint.client_key))
    return ctx


@contextmanager
def open_link(endpoint: H2HEndpoint, timeout: float = 30.0):
    ctx = tls_context(endpoint)
    with socket.create_connection((endpoint.host, endpoint.port), timeout=timeout) as sock:
        with ctx.wrap_socket(sock, server_hostname=endpoint.host) as tls:
            log.info("H2H link to %s negotiated %s", endpoint.host, tls.version())
            yield tls


def deliver(endpoint: H2HEndpoint, path: Path) -> str:
    with open_link(endpoint) as conn:
        conn.sendall(f"PUT {path.name} {path.stat().st_size}\n".encode("ascii"))
        with path.open("rb") as fh:
            conn.sendfile(fh)
        reply = conn.recv(1024).decode("ascii", "replace").strip()
    status, _, reference = reply.partition(" ")
    if status != "ACK":
        raise RuntimeError(f"bank rejected {path.name}: {reply}")
    return reference
