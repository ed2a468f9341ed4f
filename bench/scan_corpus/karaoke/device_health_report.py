"""Periodic health report sent by each jukebox to the fleet monitor.

Only the non-secret build and placement variables are included so the fleet
monitor can group devices by venue, release and hardware revision.
"""
from __future__ import annotations

import os
import shutil
import socket
import time
from datetime import datetime, timezone

import httpx

REPORTED_ENV = ("JUKEBOX_VENUE_CODE", "JUKEBOX_ROOM", "JUKEBOX_RELEASE", "JUKEBOX_HW_REV", "TZ")
INTERVAL_SECONDS = 300


def _uptime_seconds() -> float:
    with open("/proc/uptime", encoding="ascii") as fh:
        return float(fh.read().split()[0])


def build_report() -> dict:
    disk = shutil.disk_usage("/var/lib/jukebox")
    return {
        "host": socket.gethostname(),
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "uptime_s": round(_uptime_seconds()),
        "disk_free_mb": disk.free // (1024 * 1024),
        "load": os.getloadavg(),
        "placement": {name: os.environ.get(name) for name in REPORTED_ENV},
    }


class FleetMonitorClient:
    def __init__(self, url: str, device_token: str) -> None:
        self._client = httpx.Client(
            timeout=15,
            headers={"Authorization": f"Bearer {device_token}"},
        )
        self._url = url

    def send(self, report: dict) -> None:
        resp = self._client.post(self._url, json=report)
        resp.raise_for_status()


def run_forever() -> None:
    client = FleetMonitorClient(os.environ["FLEET_MONITOR_URL"], os.environ["JUKEBOX_DEVICE_TOKEN"])
    while True:
        try:
            client.send(build_report())
        except httpx.HTTPError:
            pass
        time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    run_forever()
