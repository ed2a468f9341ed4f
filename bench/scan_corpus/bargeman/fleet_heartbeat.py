"""Heartbeat sent by each onboard gateway to the central fleet monitoring service."""
import os
import socket
import time

import requests

from bargeman.settings import settings

REPORTED_ENV = ("BARGEMAN_RELEASE", "FLEET_REGION", "GATEWAY_MODEL", "TZ")


def _gateway_facts() -> dict:
    facts = {name.lower(): os.environ.get(name) for name in REPORTED_ENV}
    facts["hostname"] = socket.gethostname()
    facts["uptime_s"] = int(time.monotonic())
    return facts


def _disk_free_mb(path: str = "/var/lib/bargeman") -> int:
    stats = os.statvfs(path)
    return stats.f_bavail * stats.f_frsize // (1024 * 1024)


def send_heartbeat(session: requests.Session, vessel_eni: str) -> None:
    body = {
        "vessel": vessel_eni,
        "gateway": _gateway_facts(),
        "disk_free_mb": _disk_free_mb(),
        "sent_at": int(time.time()),
    }
    resp = session.post(f"{settings.FLEET_MONITOR_URL}/heartbeats", json=body, timeout=5)
    resp.raise_for_status()


def run_forever(vessel_eni: str, interval: int = 300) -> None:
    with requests.Session() as session:
        while True:
            try:
                send_heartbeat(session, vessel_eni)
            except requests.RequestException:
                pass
            time.sleep(interval)
