"""Heartbeat from the studio check-in kiosks to the office dashboard.

Only the kiosk's own status is reported; its settings (dashboard token,
printer password, booking API key) stay on the device.
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

STARTED = time.monotonic()


def load_kiosk_config() -> dict:
    env_file = Path(os.environ.get("KIOSK_ENV_FILE", "/opt/kiosk/.env"))
    return {**dotenv_values(env_file), **os.environ}


def heartbeat_payload(config: dict) -> dict:
    return {
        "studio": config.get("KIOSK_STUDIO", "unknown"),
        "hostname": socket.gethostname(),
        "version": config.get("KIOSK_VERSION", "unknown"),
        "uptime_s": int(time.monotonic() - STARTED),
        "printer_online": Path("/dev/usb/lp0").exists(),
    }


def send_heartbeat(client: httpx.Client, config: dict) -> None:
    resp = client.post("/kiosks/heartbeat", json=heartbeat_payload(config))
    resp.raise_for_status()


def main() -> None:
    config = load_kiosk_config()
    interval = int(config.get("KIOSK_HEARTBEAT_INTERVAL", "60"))
    with httpx.Client(
        base_url=config["KIOSK_DASHBOARD_URL"].rstrip("/"),
        headers={"Authorization": f"Bearer {config['KIOSK_DASHBOARD_TOKEN']}"},
        timeout=10.0,
    ) as client:
        while True:
            try:
                send_heartbeat(client, config)
            except httpx.HTTPError as err:
                log.warning("heartbeat failed: %s", type(err).__name__)
            time.sleep(interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
