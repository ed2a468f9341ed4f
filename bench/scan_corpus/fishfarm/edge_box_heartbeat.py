"""Heartbeat from the pen-side edge boxes to the fleet service.

Edge boxes run the camera recorder and the sensor collector. Every minute
they report version, uptime and disk usage so the fleet dashboard can show
which sites need attention.
"""
from __future__ import annotations

import os
import shutil
import time
from typing import Dict

import requests

FLEET_URL = os.environ["FLEET_HEARTBEAT_URL"]
REPORTED_ENV = ("SITE_CODE", "EDGE_ROLE", "RELEASE_CHANNEL", "IMAGE_VERSION")
_BOOT = time.monotonic()


def _public_env() -> Dict[str, str]:
    return {name.lower(): os.environ[name] for name in REPORTED_ENV if name in os.environ}


def _disk(path: str = "/var/lib/edge") -> Dict[str, int]:
    usage = shutil.disk_usage(path)
    return {"total": usage.total, "free": usage.free}


def heartbeat_payload() -> Dict[str, object]:
    return {
        "uptime_s": int(time.monotonic() - _BOOT),
        "disk": _disk(),
        **_public_env(),
    }


def send_heartbeat(session: requests.Session) -> bool:
    try:
        resp = session.post(FLEET_URL, json=heartbeat_payload(), timeout=10)
        return resp.ok
    except requests.RequestException:
        return False


def run_forever(interval_s: int = 60) -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['FLEET_DEVICE_TOKEN']}"
    while True:
        send_heartbeat(session)
        time.sleep(interval_s)


if __name__ == "__main__":
    run_forever()
