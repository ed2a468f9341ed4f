"""Periodic heartbeat from a rental kiosk to the fleet-monitoring service."""
from __future__ import annotations

import logging
import os
import platform
import shutil
import socket
import time

import requests

log = logging.getLogger("kiosk.heartbeat")

REPORTED_ENV_KEYS = ("KIOSK_ID", "FACILITY_ID", "KIOSK_SOFTWARE_VERSION", "KIOSK_CHANNEL", "TZ")
INTERVAL_SECONDS = 60


def _reported_environment() -> dict[str, str]:
    return {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}


def _health() -> dict:
    usage = shutil.disk_usage("/")
    load1, load5, _ = os.getloadavg()
    return {
        "disk_free_mb": usage.free // (1024 * 1024),
        "load_1m": load1,
        "load_5m": load5,
        "card_reader": os.path.exists("/dev/ttyACM0"),
        "printer": os.path.exists("/dev/usb/lp0"),
    }


def build_heartbeat() -> dict:
    return {
        "host": socket.gethostname(),
        "sent_at": int(time.time()),
        "platform": platform.platform(terse=True),
        "config": _reported_environment(),
        "health": _health(),
    }


class HeartbeatSender:
    def __init__(self, endpoint: str, device_token: str) -> None:
        self._endpoint = endpoint
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Device {device_token}"

    def send(self) -> bool:
        try:
            resp = self._session.post(self._endpoint, json=build_heartbeat(), timeout=10)
        except requests.RequestException as exc:
            log.warning("heartbeat failed: %s", type(exc).__name__)
            return False
        if resp.status_code != 204:
            log.warning("heartbeat rejected with HTTP %s", resp.status_code)
            return False
        return True

    def run(self) -> None:
        while True:
            self.send()
            time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    HeartbeatSender(
        os.environ["FLEET_HEARTBEAT_URL"],
        os.environ["KIOSK_DEVICE_TOKEN"],
    ).run()
