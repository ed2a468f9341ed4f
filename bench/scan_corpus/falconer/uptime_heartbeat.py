"""Periodic heartbeat to the hosted uptime monitor.

The ticket kiosks and booking site each ping the monitor every minute; the
monitor pages the duty manager if a kiosk goes quiet during opening hours.
"""
import os
import socket
import time

import httpx

from falconer.config import settings

HEARTBEAT_URL = settings.UPTIME_HEARTBEAT_URL
INTERVAL_SECONDS = 60


def _identity() -> dict[str, str]:
    return {
        "node": os.environ.get("KIOSK_NAME", socket.gethostname()),
        "release": os.environ.get("RELEASE_VERSION", "dev"),
        "site": os.environ.get("SITE_CODE", "main"),
    }


def send_heartbeat(client: httpx.Client, started_at: float) -> bool:
    payload = {**_identity(), "uptime_s": int(time.monotonic() - started_at)}
    try:
        response = client.post(HEARTBEAT_URL, json=payload, timeout=5.0)
    except httpx.HTTPError:
        return False
    return response.status_code == 200


def run_forever() -> None:
    started_at = time.monotonic()
    with httpx.Client() as client:
        while True:
            send_heartbeat(client, started_at)
            time.sleep(INTERVAL_SECONDS)
