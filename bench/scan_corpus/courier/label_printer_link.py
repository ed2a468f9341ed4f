"""Direct TLS connection to networked label printers in the depots.

Printers are registered in the depot inventory with their hostname and the
port of their secure raw-print listener. Jobs are plain ZPL.
"""
import socket
import ssl
from contextlib import contextmanager
from dataclasses import dataclass

from courier.config import settings


@dataclass
class Printer:
    hostname: str
    port: int
    model: str


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.DEPOT_PRINTER_CA_BUNDLE)
    # ZT410s on firmware older than V75.20 cannot negotiate anything newer.
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


@contextmanager
def printer_connection(printer: Printer, timeout: float = 10.0):
    ctx = _tls_context()
    raw = socket.create_connection((printer.hostname, printer.port), timeout=timeout)
    try:
        with ctx.wrap_socket(raw, server_hostname=printer.hostname) as tls:
            yield tls
    finally:
        raw.close()


def send_zpl(printer: Printer, zpl: str) -> None:
    payload = zpl.encode("utf-8")
    with printer_connection(printer) as conn:
        conn.sendall(payload)


def print_status(printer: Printer) -> str:
    """Query ~HS host status; returns the raw three-line response."""
    with printer_connection(printer) as conn:
        conn.sendall(b"~HS")
        chunks = []
        while sum(len(c) for c in chunks) < 82:
            chunk = conn.recv(128)
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks).decode("ascii", errors="replace")
