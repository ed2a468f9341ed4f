"""TLS settings for depot label printers and scale terminals."""
from __future__ import annotations

import socket
import ssl

from courier.config import settings

PRINT_PORT = 9143


def device_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(
        purpose=ssl.Purpose.SERVER_AUTH, cafile=settings.DEPOT_DEVICE_CA_BUNDLE
    )
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    # Printers present certificates issued by the depot device CA with their
    # inventory hostname as SAN, so default hostname checking applies.
    return ctx


def send_raw(hostname: str, payload: bytes, port: int = PRINT_PORT, timeout: float = 10.0) -> None:
    ctx = device_context()
    with socket.create_connection((hostname, port), timeout=timeout) as sock:
        with ctx.wrap_socket(sock, server_hostname=hostname) as tls:
            tls.sendall(payload)


def negotiated_version(hostname: str, port: int = PRINT_PORT) -> str | None:
    """Used by the depot health page to flag printers needing firmware updates."""
    ctx = device_context()
    with socket.create_connection((hostname, port), timeout=5) as sock:
        with ctx.wrap_socket(sock, server_hostname=hostname) as tls:
            return tls.version()
